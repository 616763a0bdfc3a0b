using System.Globalization;
using CsvHelper;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>One <see cref="Evidence"/> as a row of an evidence CSV file: its columns, how a row is read and how it is written.</summary>
internal static class EvidenceCsvRow
{
    private const int StudentId = 0, TargetId = 1, AssessedOn = 2, Score = 3, Sequence = 4, Kind = 5, Weight = 6, Source = 7;

    /// <summary>The columns, required first, in the order the writer writes them.</summary>
    public static CsvColumns Columns { get; } = new(
        new CsvColumn("student_id", Required: true),
        new CsvColumn("target_id", Required: true),
        new CsvColumn("assessed_on", Required: true),
        new CsvColumn("score", Required: true),
        new CsvColumn("sequence", Required: false),
        new CsvColumn("kind", Required: false),
        new CsvColumn("weight", Required: false),
        new CsvColumn("source", Required: false));

    /// <summary>The header the writer writes.</summary>
    public static ImmutableArray<string> Header { get; } = [.. Columns.All.Select(c => c.Name)];

    /// <summary>Reads the current row, reporting every bad field; null when any field was bad.</summary>
    /// <param name="row">The row's fields.</param>
    /// <param name="scale">The scale the score must lie on, or null for any finite score.</param>
    public static Evidence? Parse(CsvRowFields row, ProficiencyScale? scale = null) => Parse(row, scale is null ? null : new EvidenceCsvChecks(scale));

    /// <summary>Reads the current row, reporting every bad field and every breach of <paramref name="checks"/>; null when any field was bad.</summary>
    public static Evidence? Parse(CsvRowFields row, EvidenceCsvChecks? checks)
    {
        var scale = checks?.Scale;
        bool ok = row.TryId(StudentId, out StudentId student);
        ok &= row.TryId(TargetId, out TargetId target);
        ok &= row.TryDate(AssessedOn, out var assessedOn);
        ok &= row.TryFiniteNumber(Score, out double score) && (scale is null || OnScale(row, score, scale, checks!.OnStep));
        ok &= row.TryOptionalCount(Sequence, CsvDiagnosticCodes.BadSequence, out int sequence);
        ok &= TryKind(row, out var kind);
        ok &= row.TryOptionalNonNegative(Weight, CsvDiagnosticCodes.BadWeight, out double? weight);
        if (weight is not null && checks?.MethodThatCannotWeigh is { } method)
        {
            row.Report(Weight, CsvDiagnosticCodes.WeightNotUsed,
                $"{method} cannot weigh evidence, so this weight would be ignored; leave the weight empty or use a method that weighs (mean, recent-mean).");
            ok = false;
        }
        string? source = row.OptionalText(Source);
        return ok ? new Evidence(student, target, assessedOn, score, sequence, kind, weight, source) : null;
    }

    /// <summary>Writes one piece of evidence as a complete record.</summary>
    public static void Write(CsvWriter writer, Evidence evidence)
    {
        writer.WriteField(evidence.StudentId.Value);
        writer.WriteField(evidence.TargetId.Value);
        writer.WriteField(IsoDateText.Format(evidence.AssessedOn));
        writer.WriteField(evidence.Score, default);
        writer.WriteField(evidence.Sequence, default);
        writer.WriteField(EvidenceKindText.Format(evidence.Kind));
        if (evidence.Weight is { } weight) writer.WriteField(weight, default);
        else writer.WriteField(string.Empty);
        writer.WriteField(evidence.Source ?? string.Empty);
        writer.EndRecord();
    }

    private static bool OnScale(CsvRowFields row, double score, ProficiencyScale scale, bool onStep)
    {
        if (!scale.Contains(score))
        {
            row.Report(Score, CsvDiagnosticCodes.OffScale, string.Create(CultureInfo.InvariantCulture,
                $"The score is not on the scale {scale.Name}, which runs from {scale.Minimum:R} to {scale.Maximum:R}."));
            return false;
        }
        if (!onStep || scale.IsOnStep(score)) return true;
        row.Report(Score, CsvDiagnosticCodes.OffStep, string.Create(CultureInfo.InvariantCulture,
            $"The score is not on a step of the scale {scale.Name}, whose scores go from {scale.Minimum:R} in steps of {scale.Step:R}."));
        return false;
    }

    private static bool TryKind(CsvRowFields row, out EvidenceKind kind)
    {
        var span = row.Span(Kind);
        if (span.IsEmpty)
        {
            kind = EvidenceKind.Summative;
            return true;
        }
        if (EvidenceKindText.TryParse(span, out kind)) return true;
        row.Report(Kind, CsvDiagnosticCodes.BadKind, $"The kind must be {EvidenceKindText.Accepted}, or empty for summative.");
        return false;
    }
}

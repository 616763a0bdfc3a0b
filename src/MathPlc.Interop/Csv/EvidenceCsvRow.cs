using System.Globalization;
using CsvHelper;
using MathPlc.Core;
using NodaTime;

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
    public static Evidence? Parse(CsvRowFields row, EvidenceCsvChecks? checks) =>
        TryParse(row, checks, out var f) ? new Evidence(f.StudentId, f.TargetId, f.AssessedOn, f.Score, f.Sequence, f.Kind, f.Weight, f.Source) : null;

    /// <summary>
    /// Reads the current row's fields without making an <see cref="Evidence"/> (the columnar reader keeps them in
    /// columns), reporting every bad field; false when any field was bad.
    /// </summary>
    public static bool TryParse(CsvRowFields row, ProficiencyScale? scale, out Fields fields) =>
        TryParse(row, scale is null ? null : new EvidenceCsvChecks(scale), out fields);

    /// <summary>Reads the current row's fields, reporting every bad field and every breach of <paramref name="checks"/>; false when any field was bad.</summary>
    public static bool TryParse(CsvRowFields row, EvidenceCsvChecks? checks, out Fields fields)
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
        fields = new Fields(student, target, assessedOn, score, sequence, kind, weight, source);
        return ok;
    }

    /// <summary>Whether the file has the <c>weight</c> column.</summary>
    public static bool HasWeight(CsvRowFields row) => row.Has(Weight);

    /// <summary>Whether the file has the <c>source</c> column.</summary>
    public static bool HasSource(CsvRowFields row) => row.Has(Source);

    /// <summary>The fields of one evidence row, as read.</summary>
    internal readonly record struct Fields(StudentId StudentId, TargetId TargetId, LocalDate AssessedOn, double Score, int Sequence,
        EvidenceKind Kind, double? Weight, string? Source);

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

    private static bool OnScale(CsvRowFields row, double score, ProficiencyScale scale, bool onStep) => OnScale(row, Score, score, scale, onStep);

    /// <summary>Whether <paramref name="score"/> in <paramref name="column"/> lies on <paramref name="scale"/> (and its step when <paramref name="onStep"/>); reports <c>off-scale</c> or <c>off-step</c> otherwise.</summary>
    internal static bool OnScale(CsvRowFields row, int column, double score, ProficiencyScale scale, bool onStep)
    {
        if (!scale.Contains(score))
        {
            row.Report(column, CsvDiagnosticCodes.OffScale, string.Create(CultureInfo.InvariantCulture,
                $"The score is not on the scale {scale.Name}, which runs from {scale.Minimum:R} to {scale.Maximum:R}."));
            return false;
        }
        if (!onStep || scale.IsOnStep(score)) return true;
        row.Report(column, CsvDiagnosticCodes.OffStep, string.Create(CultureInfo.InvariantCulture,
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

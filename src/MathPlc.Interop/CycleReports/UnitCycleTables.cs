using System.Globalization;
using System.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;

namespace MathPlc.Interop.CycleReports;

/// <summary>
/// A unit cycle's tables as CSV (RFC 4180, UTF-8, invariant culture), with the columns of the commands that make each
/// table alone (<c>docs/cli.md</c>), so a district's scripts read them the same way.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>proficiency.csv</c> (as <c>mathplc proficiency</c>): <c>student_id, target_id, method, score, level, status,
/// evidence_used, evidence_excluded</c>, then <c>section_id, teacher_id</c>; one row per roster student per essential target.</item>
/// <item><c>tiers.csv</c> (as <c>mathplc tiers</c>): <c>student_id, tier, targets_unmet, extension, reasons</c>; tier is
/// <c>core</c>, <c>tier2</c> or <c>tier3</c>, targets joined by <c>;</c>, reasons as <c>code: message</c> joined by <c>; </c>.</item>
/// <item><c>groups.csv</c> (as <c>mathplc tiers --groups</c>): <c>group_id, kind, target_id, student_id, reason</c>, one row
/// per student in a group; students who could not be placed have an empty <c>group_id</c> and the reason.</item>
/// </list>
/// </remarks>
public static class UnitCycleTables
{
    /// <summary>The columns of <c>proficiency.csv</c>.</summary>
    public static ImmutableArray<string> ProficiencyHeader { get; } =
        ["student_id", "target_id", "method", "score", "level", "status", "evidence_used", "evidence_excluded", "section_id", "teacher_id"];

    /// <summary>The columns of <c>tiers.csv</c>.</summary>
    public static ImmutableArray<string> TiersHeader { get; } = ["student_id", "tier", "targets_unmet", "extension", "reasons"];

    /// <summary>The columns of <c>groups.csv</c>.</summary>
    public static ImmutableArray<string> GroupsHeader { get; } = ["group_id", "kind", "target_id", "student_id", "reason"];

    /// <summary>Proficiency per roster student per essential target, with the student's section and teacher.</summary>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from, for the section and teacher columns; null leaves them empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Proficiency(UnitCycleReport report, Roster? roster = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Csv(ProficiencyHeader, report.HowWillWeKnow.Proficiency.Select(r =>
        {
            var student = roster?.Find(r.StudentId);
            return (IReadOnlyList<string?>)
            [
                r.StudentId.Value, r.TargetId.Value, r.Method, r.Score?.ToString("R", CultureInfo.InvariantCulture), r.Level?.Label,
                r.Status == ProficiencyStatus.Scored ? "scored" : "insufficient_evidence",
                r.Used.Length.ToString(CultureInfo.InvariantCulture), r.Excluded.Length.ToString(CultureInfo.InvariantCulture),
                student?.Section.Value, student?.Teacher.Value,
            ];
        }));
    }

    /// <summary>One tier decision per roster student.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Tiers(UnitCycleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Csv(TiersHeader, report.HowWillWeRespond.Decisions.Select(d => (IReadOnlyList<string?>)
        [
            d.StudentId.Value, TierText(d.Tier), string.Join(";", d.UnmetTargets.Select(t => t.Value)), d.Extension ? "true" : "false",
            string.Join("; ", d.Reasons.Select(r => $"{r.Code}: {r.Message}")),
        ]));
    }

    /// <summary>The Tier 3, Tier 2 and extension groups, one row per student, then the students who could not be placed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Groups(UnitCycleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var groups = report.HowWillWeRespond.Groups.Concat(report.HowWillWeExtend.Groups);
        var unplaced = report.HowWillWeRespond.Unplaced.Concat(report.HowWillWeExtend.Unplaced);
        return Csv(GroupsHeader,
            groups.SelectMany(g => g.Students.Select(s => (IReadOnlyList<string?>)[g.Id, Grouping.Name(g.Kind), g.Target?.Value, s.Value, g.Reason.Code]))
            .Concat(unplaced.Select(u => (IReadOnlyList<string?>)[null, Grouping.Name(u.Kind), u.Target?.Value, u.StudentId.Value, $"{u.Reason.Code}: {u.Reason.Message}"])));
    }

    /// <summary>A tier as <c>mathplc tiers</c> writes it: <c>core</c>, <c>tier2</c> or <c>tier3</c>.</summary>
    public static string TierText(Tier tier) => tier switch
    {
        Tier.Tier2 => "tier2",
        Tier.Tier3 => "tier3",
        _ => "core",
    };

    private static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        CsvTable.Write(stream, header, rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

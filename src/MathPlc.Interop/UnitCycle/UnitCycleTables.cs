using System.Globalization;
using System.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// A unit cycle's tables as CSV (RFC 4180, UTF-8, invariant culture, through <see cref="CsvTable"/> like every MathPlc
/// CSV output), with the columns <c>docs/cli.md</c> fixes, so a district's scripts read them the same way. Teachers see
/// target codes: every table that names a target by id has a code column beside it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>plan.csv</c>: <c>student_id, target_code, status, response, group_id, adult_id, starts_on, reassess_on,
/// reason</c>; one row per roster student per essential target, students in roster order, targets prerequisites first;
/// <c>status</c> is <c>proficient</c>, <c>not-yet</c> or <c>no-score</c>; <c>response</c> is <c>whole-class</c>,
/// <c>tier2</c>, <c>tier3</c>, <c>referral</c>, <c>extension</c> or <c>none</c>; <c>reason</c> is never empty.</item>
/// <item><c>proficiency.csv</c> (as <c>mathplc proficiency</c>): <c>student_id, target_id, method, score, level, status,
/// evidence_used, evidence_excluded</c>, then <c>section_id, teacher_id, target_code</c>.</item>
/// <item><c>tiers.csv</c> (as <c>mathplc tiers</c>): <c>student_id, tier, targets_unmet, extension, reasons</c>, then
/// <c>targets_unmet_codes</c>; <c>tier</c> is <c>tier3</c> (screening or non-response only), <c>tier2</c> (a Tier 2
/// group now or next cycle, or a referral), <c>core</c> (Tier 1: whole-class reteach or extension only), or
/// <c>not-assessed</c> (no score on any target); <c>extension</c> is true when proficient on every target.</item>
/// <item><c>groups.csv</c> (as <c>mathplc tiers --groups</c>): <c>group_id, kind, target_id, student_id, reason</c>, then
/// <c>target_code, adult_id, blocks</c>; one row per student in a Tier 2 or Tier 3 group; a group that did not fit has
/// an empty <c>adult_id</c> and its reason.</item>
/// </list>
/// </remarks>
public static class UnitCycleTables
{
    /// <summary>The columns of <c>plan.csv</c>.</summary>
    public static ImmutableArray<string> PlanHeader { get; } =
        ["student_id", "target_code", "status", "response", "group_id", "adult_id", "starts_on", "reassess_on", "reason"];

    /// <summary>The columns of <c>proficiency.csv</c>.</summary>
    public static ImmutableArray<string> ProficiencyHeader { get; } =
        ["student_id", "target_id", "method", "score", "level", "status", "evidence_used", "evidence_excluded", "section_id", "teacher_id", "target_code"];

    /// <summary>The columns of <c>tiers.csv</c>.</summary>
    public static ImmutableArray<string> TiersHeader { get; } = ["student_id", "tier", "targets_unmet", "extension", "reasons", "targets_unmet_codes"];

    /// <summary>The columns of <c>groups.csv</c>.</summary>
    public static ImmutableArray<string> GroupsHeader { get; } = ["group_id", "kind", "target_id", "student_id", "reason", "target_code", "adult_id", "blocks"];

    /// <summary>One response per roster student per essential target.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Plan(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WritePlan(stream, report, formulas));

    /// <summary>Writes <see cref="Plan"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WritePlan(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(report);
        Csv(stream, PlanHeader, formulas, PlanRows(report));
    }

    private static IEnumerable<IReadOnlyList<string?>> PlanRows(UnitCycleReport report) => report.HowWillWeRespond.Plan.Responses.Select(r => (IReadOnlyList<string?>)
    [
        r.Student.Value, r.TargetCode, r.Status.Name(), r.Response.Name(), r.GroupId, r.Adult?.Value,
        r.StartsOn is { } s ? Figures.Date(s) : null, r.ReassessOn is { } e ? Figures.Date(e) : null, r.Reason.Message,
    ]);

    /// <summary>Proficiency per roster student per essential target, with the student's section and teacher and the target's code.</summary>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from, for the section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Proficiency(UnitCycleReport report, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        Text(stream => WriteProficiency(stream, report, roster, formulas));

    /// <summary>Writes <see cref="Proficiency"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from, for the section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteProficiency(Stream stream, UnitCycleReport report, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(report);
        Csv(stream, ProficiencyHeader, formulas, ProficiencyRows(report, roster));
    }

    private static IEnumerable<IReadOnlyList<string?>> ProficiencyRows(UnitCycleReport report, Roster? roster)
    {
        var codes = Codes(report);
        return report.HowWillWeKnow.Proficiency.Select(r =>
        {
            var student = roster?.Find(r.StudentId);
            return (IReadOnlyList<string?>)
            [
                r.StudentId.Value, r.TargetId.Value, r.Method, r.Score?.ToString("R", CultureInfo.InvariantCulture), r.Level?.Label,
                ProficiencyCsv.StatusText(r.Status),
                r.Used.Length.ToString(CultureInfo.InvariantCulture), r.Excluded.Length.ToString(CultureInfo.InvariantCulture),
                student?.Section.Value, student?.Teacher.Value, codes(r.TargetId),
            ];
        });
    }

    /// <summary>One row per roster student: the most intensive tier of the student's responses.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Tiers(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WriteTiers(stream, report, formulas));

    /// <summary>Writes <see cref="Tiers"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteTiers(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(report);
        Csv(stream, TiersHeader, formulas, TiersRows(report));
    }

    private static IEnumerable<IReadOnlyList<string?>> TiersRows(UnitCycleReport report)
    {
        var plan = report.HowWillWeRespond.Plan;
        int targets = report.WhatToLearn.Targets.Length;
        var tier3 = plan.Tier3.Select(t => t.Student).ToHashSet();
        return plan.Responses.GroupBy(r => r.Student).Select(rows =>
        {
            var list = rows.ToList();
            var unmet = list.Where(r => r.Status == TargetStatus.NotYet).ToList();
            string tier = list.Any(r => r.Response == ResponseKind.Tier3) || tier3.Contains(rows.Key) ? "tier3"
                : list.Any(r => r.Response is ResponseKind.Tier2 or ResponseKind.Referral) ? "tier2"
                : list.All(r => r.Status == TargetStatus.NoScore) ? "not-assessed"
                : "core";
            bool extension = list.Count(r => r.Status == TargetStatus.Proficient) == targets;
            return (IReadOnlyList<string?>)
            [
                rows.Key.Value, tier, string.Join(";", unmet.Select(r => r.Target.Value)), extension ? "true" : "false",
                string.Join("; ", list.Select(r => $"{r.Response.Name()}: {r.Reason.Message}")), string.Join(";", unmet.Select(r => r.TargetCode)),
            ];
        });
    }

    /// <summary>The Tier 3 and Tier 2 groups, one row per student; a group that did not fit has no adult.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Groups(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WriteGroups(stream, report, formulas));

    /// <summary>Writes <see cref="Groups"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteGroups(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(report);
        Csv(stream, GroupsHeader, formulas, GroupsRows(report));
    }

    private static IEnumerable<IReadOnlyList<string?>> GroupsRows(UnitCycleReport report) =>
        report.HowWillWeRespond.Plan.Groups.SelectMany(g => g.Students.Select(s => (IReadOnlyList<string?>)
        [
            g.Id, g.Kind.Name(), g.Target?.Value, s.Value, g.Fits ? g.Reason.Code : $"{g.Reason.Code}: {g.Reason.Message}",
            g.TargetCode, g.Adult?.Value, string.Join(";", g.Blocks.Select(b => b.DayName)),
        ]));

    /// <summary>
    /// Writes one of a district's tables (decision 0106): each team's rows as its own table has them, teams in order, with
    /// a last column <c>team_id</c> (a group id is unique within its team, so <c>group_id, team_id</c> names a group).
    /// </summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="table">Which table.</param>
    /// <param name="district">The district's report.</param>
    /// <param name="roster">The district's roster, for <c>proficiency.csv</c>'s section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a defined table.</exception>
    public static void WriteDistrict(Stream stream, UnitCycleTable table, DistrictCycleReport district, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(district);
        Guard.Against.Unmet(Enum.IsDefined(table), nameof(table), $"{table} is not a table of the unit cycle.");
        var (header, rows) = table switch
        {
            UnitCycleTable.Plan => (PlanHeader, (Func<UnitCycleReport, IEnumerable<IReadOnlyList<string?>>>)PlanRows),
            UnitCycleTable.Proficiency => (ProficiencyHeader, r => ProficiencyRows(r, roster)),
            UnitCycleTable.Tiers => (TiersHeader, TiersRows),
            _ => (GroupsHeader, GroupsRows),
        };
        Csv(stream, [.. header, TeamColumn], formulas, district.Teams.SelectMany(t => rows(t.Report).Select(row => (IReadOnlyList<string?>)[.. row, t.TeamId])));
    }

    /// <summary>The last column of a district's tables.</summary>
    public const string TeamColumn = "team_id";

    /// <summary>A tier as <c>mathplc tiers</c> writes it: <c>core</c>, <c>tier2</c> or <c>tier3</c>.</summary>
    public static string TierText(Tier tier) => tier switch
    {
        Tier.Tier2 => "tier2",
        Tier.Tier3 => "tier3",
        _ => "core",
    };

    private static Func<TargetId, string?> Codes(UnitCycleReport report)
    {
        var codes = report.WhatToLearn.Targets.ToDictionary(t => t.Id, TargetLabel.Of);
        return id => codes.TryGetValue(id, out var code) ? code : null;
    }

    private static void Csv(Stream stream, IReadOnlyList<string> header, CsvFormulas formulas, IEnumerable<IReadOnlyList<string?>> rows)
    {
        Guard.Against.Null(stream);
        CsvTable.Write(stream, header, rows, formulas);
    }

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}

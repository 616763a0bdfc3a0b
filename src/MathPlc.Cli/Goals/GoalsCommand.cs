using System.CommandLine;
using System.Globalization;
using MathPlc.Teams.Json;
using MathPlc.Cli.Interventions;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using MathPlc.Reports;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Cli.Goals;

/// <summary>
/// <c>mathplc goals --in goals.json [--as-of DATE] [--min-measurements N] [--stretch F] [--format md|json|csv] [--out FILE]</c>:
/// each SMART goal checked on its own horizon (what is missing or unrealistic, implementation goals beside results goals)
/// and its attainment on a date (achieved, on track, at risk, missed, not enough data) with a projection kept inside the
/// measure's range. Reads through Interop, asks Teams, writes.
/// </summary>
internal static class GoalsCommand
{
    /// <summary>The CSV columns.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["goal_id", "type", "horizon", "smart", "problems", "advice", "attainment", "latest_value", "projected_at_deadline", "reasons"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The goals (JSON): one goal or an array, each with id, type (results or process) and any of statement, targetGroup, indicator, baseline, baselineDate, target, deadline, horizon (unit, quarter, semester, year), historicalChange (over one past span of the horizon), historicalChangePerYear, range {min, max}, actionSteps [{description, owner, due}], measurements [{date, value}].",
            "goals.json");
        var asOf = CommonOptions.Date("--as-of", "The date attainment is judged on. Default: the latest measurement date in the file (or, without measurements, the latest baseline date).");
        var minMeasurements = CommonOptions.PositiveWholeNumber("--min-measurements", $"Measurements after the baseline needed before projecting. Default {SmartRules.Default.MinimumMeasurements}.");
        var stretch = CommonOptions.Number("--stretch", $"A goal asking more than this many times the historical change over its horizon is unrealistic. Default {SmartRules.Default.StretchFactor.ToString(CultureInfo.InvariantCulture)}; must be above 1.", "F");
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv);
        format.Description += " md: one section per goal; json: {asOf, planProblems[{code, message}], goals[{id, type, horizon, smart, findings[{criterion, problem, code, message}], attainment{status, latestValue, latestDate, projectedAtDeadline, reason{code, message}}}]}; csv: "
            + string.Join(", ", Header) + " (smart yes/no; problems and advice as code lists; attainment achieved, on-track, at-risk, missed, not-enough-data).";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("goals",
            "SMART goals checked on their own horizon (unit, quarter, semester, year) and judged on a date, with implementation (process) goals beside results goals and projections that stay inside the measure's range.",
            "mathplc goals --in goals.json",
            "mathplc goals --in goals.json --as-of 2027-02-01 --format csv --out goals.csv")
        {
            input, asOf, minMeasurements, stretch, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            double factor = parseResult.GetValue(stretch) ?? SmartRules.Default.StretchFactor;
            if (!(factor > 1)) throw new UsageException($"--stretch {factor.ToString(CultureInfo.InvariantCulture)} must be above 1.");
            var rules = new SmartRules(factor, parseResult.GetValue(minMeasurements) ?? SmartRules.Default.MinimumMeasurements);
            var entries = InputFile.Read(parseResult.GetRequiredValue(input), SmartGoalJson.Read);
            var twice = entries.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
                throw new DataFileException([new DataDiagnostic("duplicate-id", $"The goal id \"{twice.Key}\" is used more than once.", parseResult.GetRequiredValue(input), Field: "id", Value: twice.Key)]);
            LocalDate date = parseResult.GetValue(asOf)
                ?? entries.SelectMany(e => e.Measurements).Select(m => (LocalDate?)m.Date).Max()
                ?? entries.Select(e => e.Goal.BaselineDate).Max()
                ?? throw new UsageException("Give --as-of: the file has no measurements and no baseline dates to judge attainment on.");
            var (checks, planProblems) = SmartGoals.CheckPlan(entries.Select(e => e.Goal), rules);
            var rows = entries.Select((e, i) => (e.Id, Check: checks[i], Attainment: SmartGoals.Attainment(e.Goal, e.Measurements, date, rules))).ToImmutableArray();
            return format.Chosen(parseResult) switch
            {
                OutputFormat.Csv => CsvText.Of(Header, rows.Select(r => (IReadOnlyList<string?>)
                [
                    r.Id, Name(r.Check.Goal.Type), r.Check.Goal.Horizon is { } h ? Name(h) : null, r.Check.IsSmart ? "yes" : "no",
                    string.Join(" ", r.Check.Findings.Where(f => f.IsProblem).Select(f => f.Why.Code)),
                    string.Join(" ", r.Check.Findings.Where(f => !f.IsProblem).Select(f => f.Why.Code)),
                    Status(r.Attainment.Status), Number(r.Attainment.Latest?.Value), Number(r.Attainment.ProjectedAtDeadline),
                    ReasonText.Csv(r.Check.Findings.Select(f => f.Why).Append(r.Attainment.Why)),
                ])),
                OutputFormat.Json => Json(date, planProblems, rows),
                _ => MarkdownReport.Render(Document(date, planProblems, rows)),
            };
        }));
        return command;
    }

    /// <summary>An enum value as the outputs spell it: lower case (results, process; unit, quarter, semester, year).</summary>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>An attainment status as the outputs spell it, kebab case (on-track, not-enough-data).</summary>
    // The output tokens are a contract (docs/cli.md), written out rather than derived from the member names, so a rename
    // in C# never moves them (InsufficientData keeps its first spelling, not-enough-data; decision 0137).
    public static string Status(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "achieved",
        AttainmentStatus.OnTrack => "on-track",
        AttainmentStatus.AtRisk => "at-risk",
        AttainmentStatus.Missed => "missed",
        AttainmentStatus.InsufficientData => "not-enough-data",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not an attainment status"),
    };

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static ReportDocument Document(LocalDate date, ImmutableArray<MathPlc.Core.Reason> planProblems,
        ImmutableArray<(string Id, SmartCheck Check, GoalAttainment Attainment)> rows)
    {
        var sections = new List<ReportSection>();
        if (!planProblems.IsEmpty) sections.Add(new ReportSection("The plan", [new ReportList(planProblems.Select(p => ReportText.Plain(p.Message)))]));
        foreach (var (id, check, attainment) in rows)
        {
            var goal = check.Goal;
            var facts = new List<ReportText>
            {
                ReportText.Plain($"Type: {(goal.Type == GoalType.Process ? "implementation (process)" : "results")}; horizon: {(goal.Horizon is { } h ? Name(h) : "not given (judged per year)")}"),
                ReportText.Plain($"SMART: {(check.IsSmart ? "yes" : "not yet")}"),
                ReportText.Plain($"Attainment on {IsoDate.Format(date)}: {Status(attainment.Status)} — {attainment.Why.Message}"),
            };
            if (goal.Statement is { } statement) facts.Insert(0, ReportText.Plain($"Goal: {statement}"));
            sections.Add(new ReportSection($"Goal {id}",
            [
                new ReportList(facts),
                check.Findings.IsEmpty
                    ? new ReportParagraph("No findings: every SMART part is in place.")
                    : new ReportTable(["Criterion", "Kind", "Finding"], check.Findings.Select(f => (IEnumerable<string>)[f.Criterion.ToString(), f.IsProblem ? "problem" : "advice", f.Why.Message]), "Findings"),
            ]));
        }
        return new ReportDocument("SMART goals", sections, $"Judged on {IsoDate.Format(date)}");
    }

    private static string Json(LocalDate date, ImmutableArray<MathPlc.Core.Reason> planProblems, ImmutableArray<(string Id, SmartCheck Check, GoalAttainment Attainment)> rows) =>
        CliJson.Text(GoalsOutput.Of(date, planProblems, rows), json => json.GoalsOutput);
}

using MathPlc.Core;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Teams.Json;

/// <summary>One goal as a goals file gives it: an id, the goal, and the indicator's measurements since the baseline.</summary>
/// <param name="Id">The goal's id, e.g. <c>g7-unit3-proficiency</c>.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Measurements">The measured values, in file order.</param>
public sealed record SmartGoalEntry(string Id, SmartGoal Goal, ValueArray<GoalMeasurement> Measurements);

/// <summary>
/// SMART-goal files as <c>mathplc goals --in</c> reads them: one goal object or an array, with diagnostics (file, line,
/// column, JSON path, value, reason) for anything wrong.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "id": "g7-unit3",
///   "statement": "raise proficiency on the unit 3 essential targets",
///   "targetGroup": "grade 7 students",
///   "type": "results",                      // or "process" (an implementation goal)
///   "indicator": "percent proficient on the unit 3 common assessment",
///   "baseline": 22, "baselineDate": "2027-01-04",
///   "target": 60, "deadline": "2027-03-29",
///   "horizon": "unit",                      // unit, quarter, semester or year; optional
///   "historicalChange": 25,                 // over one past span of the horizon; optional
///   "historicalChangePerYear": 8,           // optional
///   "range": { "min": 0, "max": 100 },      // optional; projections stay inside it
///   "actionSteps": [ { "description": "…", "owner": "…", "due": "2027-01-15" } ],
///   "measurements": [ { "date": "2027-01-11", "value": 30 } ]
/// }
/// </code>
/// <para>
/// <c>id</c> and <c>type</c> are required; everything else may be missing in a draft (the check says what is missing).
/// Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>, <c>unknown-property</c>, <c>missing-property</c>,
/// <c>bad-date</c>, <c>empty-id</c>, <c>not-a-number</c>, <c>unknown-type</c>, <c>unknown-horizon</c>,
/// <c>invalid-goal</c> (a deadline not after the baseline date, a baseline or target outside the range, an empty range).
/// </para>
/// </remarks>
public static class SmartGoalJson
{
    private static readonly string[] GoalMembers = ["id", "statement", "targetGroup", "type", "indicator", "baseline", "baselineDate", "target", "deadline",
        "horizon", "historicalChange", "historicalChangePerYear", "range", "actionSteps", "measurements"];
    private static readonly string[] StepMembers = ["description", "owner", "due"];
    private static readonly string[] MeasurementMembers = ["date", "value"];
    private static readonly string[] RangeMembers = ["min", "max"];
    private static readonly JsonChoice<GoalType> Types = new("unknown-type", "a goal type");
    private static readonly JsonChoice<GoalHorizon> Horizons = new("unknown-horizon", "a horizon");

    /// <summary>Reads goals from UTF-8 JSON: one object or an array. Every problem of the file is listed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid goals file.</exception>
    public static ImmutableArray<SmartGoalEntry> Read(Stream utf8Json, string fileName) =>
        TeamsJsonFile.ReadOneOrMany(utf8Json, fileName, TeamsJsonContext.Default.GoalContract, TeamsJsonContext.Default.ListGoalContract, ToEntry);

    /// <summary>Writes goals as a goals file (an array, indented) that <see cref="Read"/> reads back equal.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, IEnumerable<SmartGoalEntry> goals)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(goals);
        System.Text.Json.JsonSerializer.Serialize(utf8Json, [.. goals.Select(FromEntry)], TeamsJsonContext.Default.ListGoalContract);
    }

    private static SmartGoalEntry? ToEntry(GoalContract g, string path, JsonProblems problems)
    {
        problems.Unknown(g.Unknown, path, GoalMembers);
        bool present = problems.Present(path, ("id", g.Id is not null), ("type", g.Type is not null));
        string? id = problems.Id(g.Id, path + ".id");
        var type = Types.Parse(problems, g.Type, path + ".type");
        var horizon = Horizons.Parse(problems, g.Horizon, path + ".horizon");
        var baselineDate = problems.Date(g.BaselineDate, path + ".baselineDate");
        var deadline = problems.Date(g.Deadline, path + ".deadline");
        var range = g.Range is null ? null : ToRange(g.Range, path + ".range", problems);
        var steps = TeamsJsonFile.Each<ActionStepContract, ActionStep>(g.ActionSteps, path + ".actionSteps", problems, ToStep);
        var measurements = TeamsJsonFile.Each<MeasurementContract, GoalMeasurement?>(g.Measurements, path + ".measurements", problems, ToMeasurement);
        bool whole = present && id is not null && type is not null && (g.Horizon is null || horizon is not null)
            && (g.BaselineDate is null || baselineDate is not null) && (g.Deadline is null || deadline is not null)
            && (g.Range is null || range is not null) && steps.All && measurements.All;
        if (!whole) return null;
        var goal = problems.Build(path, "invalid-goal", GoalMembers, () => new SmartGoal(g.Statement, g.TargetGroup, type!.Value, g.Indicator, g.Baseline,
            baselineDate, g.Target, deadline, g.HistoricalChangePerYear, steps.Values, horizon, g.HistoricalChange, range));
        return goal is null ? null : new SmartGoalEntry(id!, goal, [.. measurements.Values.Select(m => m!.Value)]);
    }

    private static (double, double)? ToRange(RangeContract range, string path, JsonProblems problems)
    {
        problems.Unknown(range.Unknown, path, RangeMembers);
        return problems.Present(path, ("min", range.Min is not null), ("max", range.Max is not null)) ? (range.Min!.Value, range.Max!.Value) : null;
    }

    private static ActionStep? ToStep(ActionStepContract step, string path, JsonProblems problems)
    {
        problems.Unknown(step.Unknown, path, StepMembers);
        bool present = problems.Present(path, ("description", step.Description is not null));
        var due = problems.Date(step.Due, path + ".due");
        if (!present || (step.Due is not null && due is null)) return null;
        return problems.Build(path, "invalid-goal", StepMembers, () => new ActionStep(step.Description!, step.Owner, due));
    }

    private static GoalMeasurement? ToMeasurement(MeasurementContract m, string path, JsonProblems problems)
    {
        problems.Unknown(m.Unknown, path, MeasurementMembers);
        bool present = problems.Present(path, ("date", m.Date is not null), ("value", m.Value is not null));
        var date = problems.Date(m.Date, path + ".date");
        return present && date is { } d ? new GoalMeasurement(d, m.Value!.Value) : null;
    }

    private static GoalContract FromEntry(SmartGoalEntry entry)
    {
        var g = entry.Goal;
        return new GoalContract
        {
            Id = entry.Id, Statement = g.Statement, TargetGroup = g.TargetGroup, Type = Types.Name(g.Type), Indicator = g.Indicator,
            Baseline = g.Baseline, BaselineDate = Iso(g.BaselineDate), Target = g.Target, Deadline = Iso(g.Deadline),
            Horizon = g.Horizon is { } h ? Horizons.Name(h) : null, HistoricalChange = g.HistoricalChangePerHorizon, HistoricalChangePerYear = g.HistoricalChangePerYear,
            Range = g.MeasureRange is { } r ? new RangeContract { Min = r.Minimum, Max = r.Maximum } : null,
            ActionSteps = [.. g.ActionSteps.Select(s => (ActionStepContract?)new ActionStepContract { Description = s.Description, Owner = s.Owner, Due = Iso(s.Due) })],
            Measurements = [.. entry.Measurements.Select(m => (MeasurementContract?)new MeasurementContract { Date = Iso(m.Date), Value = m.Value })],
        };
    }

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}

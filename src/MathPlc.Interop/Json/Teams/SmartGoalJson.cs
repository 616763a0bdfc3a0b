using System.Text.Json;
using MathPlc.Teams;

namespace MathPlc.Interop.Json;

/// <summary>One goal as a goals file gives it: an id, the goal, and the indicator's measurements since the baseline.</summary>
/// <param name="Id">The goal's id, e.g. <c>g7-unit3-proficiency</c>.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Measurements">The measured values, in file order.</param>
public sealed record SmartGoalEntry(string Id, SmartGoal Goal, ImmutableArray<GoalMeasurement> Measurements)
{
    /// <inheritdoc/>
    public bool Equals(SmartGoalEntry? other) => other is not null && Id == other.Id && Goal.Equals(other.Goal) && Measurements.SequenceEqual(other.Measurements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Goal, Measurements.Length);
}

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
    private static readonly string[] GoalProperties = ["id", "statement", "targetGroup", "type", "indicator", "baseline", "baselineDate", "target", "deadline",
        "horizon", "historicalChange", "historicalChangePerYear", "range", "actionSteps", "measurements"];
    private static readonly string[] StepProperties = ["description", "owner", "due"];
    private static readonly string[] MeasurementProperties = ["date", "value"];
    private static readonly string[] RangeProperties = ["min", "max"];
    private static readonly string[] TypeNames = ["results", "process"];
    private static readonly string[] HorizonNames = ["unit", "quarter", "semester", "year"];

    /// <summary>Reads goals from UTF-8 JSON: one object or an array.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid goals file.</exception>
    public static ImmutableArray<SmartGoalEntry> Read(Stream utf8Json, string fileName) =>
        TeamsJsonFile.Read(utf8Json, fileName, ReadGoal, "the file is empty; it needs a JSON object with at least id and type.");

    /// <summary>Reads a goals file; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid goals file.</exception>
    public static ImmutableArray<SmartGoalEntry> ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static SmartGoalEntry ReadGoal(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? id = null, statement = null, group = null, indicator = null;
        GoalType? type = null;
        GoalHorizon? horizon = null;
        double? baseline = null, target = null, perHorizon = null, perYear = null;
        NodaTime.LocalDate? baselineDate = null, deadline = null;
        (double, double)? range = null;
        var steps = ImmutableArray<ActionStep>.Empty;
        var measurements = ImmutableArray<GoalMeasurement>.Empty;
        while (JsonRead.NextProperty(ref reader, path, GoalProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "id": id = TeamsJsonFile.Id(ref reader, at); break;
                case "statement": statement = JsonRead.OptionalString(ref reader, at); break;
                case "targetGroup": group = JsonRead.OptionalString(ref reader, at); break;
                case "indicator": indicator = JsonRead.OptionalString(ref reader, at); break;
                case "type": type = (GoalType)TeamsJsonFile.Choice(ref reader, at, TypeNames, "unknown-type", "goal type"); break;
                case "horizon": horizon = (GoalHorizon)TeamsJsonFile.Choice(ref reader, at, HorizonNames, "unknown-horizon", "horizon"); break;
                case "baseline": baseline = JsonRead.OptionalNumber(ref reader, at); break;
                case "target": target = JsonRead.OptionalNumber(ref reader, at); break;
                case "historicalChange": perHorizon = JsonRead.OptionalNumber(ref reader, at); break;
                case "historicalChangePerYear": perYear = JsonRead.OptionalNumber(ref reader, at); break;
                case "baselineDate": baselineDate = TeamsJsonFile.Date(ref reader, at); break;
                case "deadline": deadline = TeamsJsonFile.Date(ref reader, at); break;
                case "range": range = ReadRange(ref reader, at); break;
                case "actionSteps": steps = JsonRead.Array(ref reader, at, ReadStep); break;
                default: measurements = JsonRead.Array(ref reader, at, ReadMeasurement); break;
            }
        }
        JsonRead.Required(path, ("id", id is not null), ("type", type is not null));
        var (gid, gt) = (id!, type!.Value);
        var goal = JsonRead.Construct(path, "invalid-goal", GoalProperties, () =>
            new SmartGoal(statement, group, gt, indicator, baseline, baselineDate, target, deadline, perYear, steps, horizon, perHorizon, range));
        return new SmartGoalEntry(gid, goal, measurements);
    }

    private static (double, double) ReadRange(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        double? min = null, max = null;
        while (JsonRead.NextProperty(ref reader, path, RangeProperties, out string name))
        {
            double value = JsonRead.Number(ref reader, JsonPath.Property(path, name));
            if (name == "min") min = value;
            else max = value;
        }
        JsonRead.Required(path, ("min", min is not null), ("max", max is not null));
        return (min!.Value, max!.Value);
    }

    private static ActionStep ReadStep(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? description = null, owner = null;
        NodaTime.LocalDate? due = null;
        while (JsonRead.NextProperty(ref reader, path, StepProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "description") description = JsonRead.String(ref reader, at);
            else if (name == "owner") owner = JsonRead.OptionalString(ref reader, at);
            else due = TeamsJsonFile.Date(ref reader, at);
        }
        JsonRead.Required(path, ("description", description is not null));
        var (d, o, u) = (description!, owner, due);
        return JsonRead.Construct(path, "invalid-goal", StepProperties, () => new ActionStep(d, o, u));
    }

    private static GoalMeasurement ReadMeasurement(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        NodaTime.LocalDate? date = null;
        double? value = null;
        while (JsonRead.NextProperty(ref reader, path, MeasurementProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "date") date = TeamsJsonFile.Date(ref reader, at);
            else value = JsonRead.Number(ref reader, at);
        }
        JsonRead.Required(path, ("date", date is not null), ("value", value is not null));
        return new GoalMeasurement(date!.Value, value!.Value);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using MathPlc.Grading;
using MathPlc.Grading.Json;
using MathPlc.Interventions.Json;
using MathPlc.Standards.Json;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Unit files for <c>mathplc cycle --unit unit.json</c>: a <see cref="CycleUnitFile"/> as JSON a team writes by hand,
/// read with a <see cref="DataDiagnostic"/> naming the file, the line, the column and the JSON path of every problem,
/// and written indented. Read through a contract and one mapper (decision 0165, after 0093), like every MathPlc file.
/// </summary>
/// <remarks>
/// <para>The format (property names case-sensitive, unknown properties refused, comments and trailing commas accepted):</para>
/// <code>
/// {
///   "team": "Grade 6 mathematics",
///   "unit": { "name": "Unit 3: Ratios and rates", "teachingDays": 15, "targets": [ { "id": "6.RP.A.1", "statement": "…", "dok": 2 } ] },
///   "assessment": {
///     "name": "Unit 3 common assessment", "assessedOn": "2026-10-09",
///     "items": [ { "id": "Q1", "points": 1, "targets": ["6.RP.A.1"], "dok": 1, "demand": "proceduresWithoutConnections",
///                  "format": "selectedResponse", "minutes": 2, "rubric": false } ]
///   },
///   "calendar": { "firstDay": "2026-08-24", "lastDay": "2027-06-04" },
///   "nextCycleStart": "2026-10-13",
///   "scoring": [ { "percent": 0, "score": 1 }, { "percent": 50, "score": 2 }, { "percent": 70, "score": 3 }, { "percent": 90, "score": 4 } ],
///   "grading": { "method": { "name": "mean" }, "scale": { … } },
///   "tierRules": { "proficientCut": 3 },
///   "minimumGroupSize": 10,
///   "response": { "adults": ["ms-garcia", "mr-chen"], "blocks": [ { "day": "tuesday", "minutes": 30 } ],
///                 "wholeClassAtLeast": 0.25, "reassessAfterDays": 10 }
/// }
/// </code>
/// <para>
/// <c>unit</c> is one unit of the unit-plan format (<see cref="UnitPlanJson"/>), <c>calendar</c> the calendar format
/// (<see cref="SchoolCalendarJsonMapper"/>), <c>grading</c> the <see cref="ProficiencyOptions"/> format
/// (<see cref="GradingJson"/>) and <c>tierRules</c> the format of <see cref="TierRulesJson"/>. <c>scoring</c>, <c>grading</c>, <c>tierRules</c> and
/// <c>minimumGroupSize</c> are optional: without them the unit cycle's defaults hold. <c>response</c> is optional too,
/// and so is each of its parts (<see cref="ResponseSettings"/>): an adult or a weekday listed twice, a block on a weekday
/// the calendar does not teach, minutes outside 1–240, a whole-class line outside (0, 1] or a reassessment outside 1–60
/// instructional days is refused with its line (JSON Schema: <c>docs/schemas/unit.schema.json</c>). An item's <c>dok</c> is 1–4,
/// <c>demand</c> one of <c>memorization</c>, <c>proceduresWithoutConnections</c>, <c>proceduresWithConnections</c>,
/// <c>doingMathematics</c>, <c>format</c> one of <c>selectedResponse</c>, <c>constructedResponse</c>,
/// <c>performanceTask</c>; <c>minutes</c> defaults to 0 and <c>rubric</c> to false.
/// </para>
/// <para>
/// Diagnostic codes: <c>bad-json</c>, <c>bad-encoding</c>, <c>duplicate-property</c> and <c>wrong-type</c> (a value of
/// the wrong JSON type in the file's own parts; these stop at the first, as the parser does), then every one of
/// <c>missing-property</c>, <c>unknown-property</c>, <c>bad-number</c>, <c>bad-date</c>, <c>unknown-name</c>,
/// <c>duplicate-adult</c>, <c>duplicate-block</c>, <c>non-instructional-block</c>, the codes of the formats it contains,
/// <c>invalid-unit</c> (values that break a rule of the types, such as an item listed twice) and <c>uncovered-target</c>
/// (an essential target on no item). Every problem of the file is listed, not only the first (the unit plan, the
/// calendar, the grading options and the tier rules each with all of theirs), and each names the file, the line, the
/// column and the JSON path.
/// </para>
/// </remarks>
public static class CycleUnitJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a unit file from UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid unit file; every problem found is listed, each with its line and column.</exception>
    public static CycleUnitFile Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, CycleUnitJsonContext.Default.CycleUnitContract, (contract, problems) => CycleUnitMapper.ToFile(contract, problems)!);

    /// <summary>Reads a unit file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid unit file.</exception>
    public static CycleUnitFile ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Writes a unit file as indented UTF-8 JSON that <see cref="Read"/> reads back to an equal value.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The unit's conversion table does not count unanswered items as zero (the file cannot say otherwise).</exception>
    public static void Write(Stream utf8Json, CycleUnitFile unit)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(unit);
        var contract = CycleUnitMapper.ToContract(unit);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
            JsonSerializer.Serialize(writer, contract, CycleUnitJsonContext.Default.CycleUnitContract);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a unit file all or nothing through <see cref="OutputFile"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or names a folder.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, CycleUnitFile unit)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(unit);
        OutputFile.Write(path, stream => Write(stream, unit));
    }
}

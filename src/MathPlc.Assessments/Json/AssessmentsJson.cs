using System.Text.Json;

namespace MathPlc.Assessments.Json;

/// <summary>
/// A common assessment's blueprint as a JSON file: its name and its items, each with the points, learning targets,
/// depth of knowledge (1–4), cognitive demand, format and expected minutes.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "name": "Unit 3 common assessment",
///   "items": [
///     { "id": "q1", "points": 1, "targets": ["6.RP.A.1"], "dok": 1, "demand": "memorization",
///       "format": "selectedResponse", "expectedMinutes": 2 },
///     { "id": "q2", "points": 4, "targets": ["6.RP.A.1", "6.RP.A.3"], "dok": 3, "demand": "doingMathematics",
///       "format": "performanceTask", "expectedMinutes": 15, "hasScoringRubric": true }
///   ]
/// }
/// </code>
/// <para>
/// Every item member is required except <c>hasScoringRubric</c> (false). The demand levels are Smith and Stein's
/// (1998): <c>memorization</c>, <c>proceduresWithoutConnections</c>, <c>proceduresWithConnections</c>,
/// <c>doingMathematics</c>; the depth levels Webb's (1997). Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>,
/// <c>unknown-property</c>, <c>missing-property</c>, <c>empty-id</c>, <c>bad-number</c> (a fractional <c>dok</c>),
/// <c>not-a-number</c>, <c>unknown-cognitive-demand</c>, <c>unknown-item-format</c>, <c>invalid-blueprint-item</c>
/// (points not positive, no target, a target twice, a <c>dok</c> outside 1–4) and <c>invalid-blueprint</c> (no item,
/// an item id twice). Every problem of a file is listed, each with its line, column and JSON path.
/// </para>
/// </remarks>
public static class AssessmentBlueprintJson
{
    /// <summary>Reads a blueprint from a UTF-8 JSON file; every problem of the file is listed.</summary>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a valid blueprint; every problem is listed.</exception>
    public static AssessmentBlueprint Read(Stream utf8Json, string fileName) =>
        AssessmentsJsonFile.Read<AssessmentBlueprint, BlueprintContract, AssessmentBlueprintJsonMapper>(utf8Json, fileName);

    /// <summary>Writes a blueprint as compact UTF-8 JSON that <see cref="Read"/> reads back equal.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="blueprint">The blueprint.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, AssessmentBlueprint blueprint) =>
        AssessmentsJsonFile.Write<AssessmentBlueprint, BlueprintContract, AssessmentBlueprintJsonMapper>(utf8Json, blueprint);

    /// <summary>Reads one item, written as an element of <c>items</c> is, from a UTF-8 JSON file (an item bank's entry); every problem is listed.</summary>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a valid item; every problem is listed.</exception>
    public static BlueprintItem ReadItem(Stream utf8Json, string fileName) =>
        AssessmentsJsonFile.Read<BlueprintItem, BlueprintItemContract, BlueprintItemJsonMapper>(utf8Json, fileName);

    /// <summary>Writes one item as compact UTF-8 JSON, as an element of <c>items</c>, that <see cref="ReadItem"/> reads back equal.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteItem(Stream utf8Json, BlueprintItem item) =>
        AssessmentsJsonFile.Write<BlueprintItem, BlueprintItemContract, BlueprintItemJsonMapper>(utf8Json, item);
}

/// <summary>
/// A team's rule for turning a student's item scores on one learning target into a score on its proficiency scale,
/// as a JSON file: the scale, the percent cuts, and what a missing response counts as.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "scale": { "name": "Marzano 0–4", "minimum": 0, "maximum": 4, "step": 0.5, "levels": [ … ], "proficientLevel": "Target content" },
///   "cuts": [ { "minimumPercent": 0, "score": 1 }, { "minimumPercent": 70, "score": 3 } ],
///   "missing": "countAsZero"
/// }
/// </code>
/// <para>
/// <c>scale</c> and <c>cuts</c> are required; <c>missing</c> is <c>countAsZero</c> (the default) or <c>exclude</c>.
/// Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>, <c>unknown-property</c>, <c>missing-property</c>,
/// <c>not-a-number</c>, <c>invalid-scale</c>, <c>unknown-missing-response</c> and <c>invalid-scoring-rule</c> (cuts
/// not starting at 0 or not increasing, a score off the scale). Every problem is listed with line, column and path.
/// </para>
/// </remarks>
public static class TargetScoringRuleJson
{
    /// <summary>Reads a scoring rule from a UTF-8 JSON file; every problem of the file is listed.</summary>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a valid scoring rule; every problem is listed.</exception>
    public static TargetScoringRule Read(Stream utf8Json, string fileName) =>
        AssessmentsJsonFile.Read<TargetScoringRule, ScoringRuleContract, TargetScoringRuleJsonMapper>(utf8Json, fileName);

    /// <summary>Writes a scoring rule as compact UTF-8 JSON that <see cref="Read"/> reads back equal.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="rule">The rule.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, TargetScoringRule rule) =>
        AssessmentsJsonFile.Write<TargetScoringRule, ScoringRuleContract, TargetScoringRuleJsonMapper>(utf8Json, rule);
}

/// <summary>The whole-file read and the write of one aggregate through its mapper, shared by the Assessments files.</summary>
internal static class AssessmentsJsonFile
{
    public static TValue Read<TValue, TContract, TMapper>(Stream utf8Json, string fileName)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract> =>
        JsonContract.Read(utf8Json, fileName, TMapper.Contract, static (contract, problems) => TMapper.ToValue(contract, JsonPath.Root, problems))!;

    public static void Write<TValue, TContract, TMapper>(Stream utf8Json, TValue value)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(value);
        JsonSerializer.Serialize(utf8Json, TMapper.ToContract(value), TMapper.Contract);
    }
}

using System.Globalization;
using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interventions.Json;

/// <summary>
/// Tier-rule files (<c>mathplc tiers --rules rules.json</c>): a team's <see cref="TierRules"/> as JSON, read with a
/// <see cref="DataDiagnostic"/> (file, line, column, JSON path, value, reason) for anything wrong.
/// </summary>
/// <remarks>
/// <para>The format, every property optional (defaults as in <see cref="TierRules"/>):</para>
/// <code>
/// {
///   "proficientCut": 3,
///   "essentialTargets": ["6.RP.A.1", "6.RP.A.3"],
///   "targetCuts": { "6.RP.A.3": 2.5 },
///   "farBelowCut": 1.5,
///   "tier3WhenUnmetAtLeast": 3,
///   "screening": { "coreFrom": 40, "watchFrom": 25, "targetedFrom": 10 },
///   "tier3FromIntensiveScreening": true,
///   "tier2FromTargetedScreening": true
/// }
/// </code>
/// <para>
/// <c>farBelowCut</c>: null for none (the default); <c>tier3WhenUnmetAtLeast</c>: null for never. An unknown
/// property is refused (<c>unknown-property</c>), as are wrong types (<c>wrong-type</c>) and values that break a
/// rule of <see cref="TierRules"/> (<c>invalid-rules</c>: screening cuts out of order, a cut for a target that is
/// not essential, a far-below cut above the proficient cut); every problem of a file is listed with its line and column.
/// Comments and trailing commas are accepted. Decisions 0035 and 0093 (a contract and one mapper).
/// </para>
/// </remarks>
public static class TierRulesJson
{
    private const string Code = "invalid-rules";
    private static readonly string[] Members =
        ["proficientCut", "essentialTargets", "targetCuts", "farBelowCut", "tier3WhenUnmetAtLeast", "screening", "tier3FromIntensiveScreening", "tier2FromTargetedScreening"];
    private static readonly string[] BandMembers = ["coreFrom", "watchFrom", "targetedFrom"];
    private static readonly JsonElement Null = JsonElement.Parse("null");

    /// <summary>Reads rules from UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not valid rules; every problem found is listed.</exception>
    public static TierRules Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, InterventionsJsonContext.Default.TierRulesContract, ToRules)!;

    /// <summary>The rules as compact JSON, every property written; <see cref="Read"/> reads it back to equal rules.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static string Write(TierRules rules)
    {
        Guard.Against.Null(rules);
        return JsonSerializer.Serialize(new TierRulesContract
        {
            ProficientCut = rules.ProficientCut,
            EssentialTargets = [.. rules.EssentialTargets.Select(t => (string?)t.Value)],
            TargetCuts = rules.TargetCuts.ToDictionary(c => c.Key.Value, c => c.Value),
            FarBelowCut = rules.FarBelowCut,
            Tier3WhenUnmetAtLeast = rules.Tier3WhenUnmetAtLeast is { } many ? JsonSerializer.SerializeToElement(many, InterventionsJsonContext.Default.Int32) : Null,
            Screening = new() { CoreFrom = rules.Screening.CoreFrom, WatchFrom = rules.Screening.WatchFrom, TargetedFrom = rules.Screening.TargetedFrom },
            Tier3FromIntensiveScreening = rules.Tier3FromIntensiveScreening,
            Tier2FromTargetedScreening = rules.Tier2FromTargetedScreening,
        }, InterventionsJsonContext.Default.TierRulesContract);
    }

    private static TierRules? ToRules(TierRulesContract c, JsonProblems problems)
    {
        var d = TierRules.Default;
        problems.Unknown(c.Unknown, JsonPath.Root, Members);
        var essential = new List<TargetId>();
        for (int i = 0; i < (c.EssentialTargets?.Count ?? 0); i++)
            if (Target(c.EssentialTargets![i], JsonPath.Index("$.essentialTargets", i), problems) is { } target) essential.Add(target);
        var cuts = new List<KeyValuePair<TargetId, double>>();
        foreach (var (key, cut) in c.TargetCuts ?? [])
            if (Target(key, JsonPath.Property("$.targetCuts", key), problems) is { } target) cuts.Add(new(target, cut));
        int? many = d.Tier3WhenUnmetAtLeast;
        bool manyRead = c.Tier3WhenUnmetAtLeast.ValueKind switch
        {
            JsonValueKind.Undefined => true,
            JsonValueKind.Null => (many = null) is null,
            JsonValueKind.Number when c.Tier3WhenUnmetAtLeast.TryGetInt32(out int n) => (many = n) is not null,
            _ => false,
        };
        if (!manyRead) WrongNumber(c.Tier3WhenUnmetAtLeast, "$.tier3WhenUnmetAtLeast", problems);
        ScreeningBands? bands = c.Screening is { } s ? ToBands(s, problems) : d.Screening;
        if (problems.Any) return null;
        return problems.Build(JsonPath.Root, Code, Members, () => new TierRules(c.ProficientCut ?? d.ProficientCut, essential, cuts, c.FarBelowCut, many, bands,
            c.Tier3FromIntensiveScreening ?? d.Tier3FromIntensiveScreening, c.Tier2FromTargetedScreening ?? d.Tier2FromTargetedScreening));
    }

    private static ScreeningBands? ToBands(ScreeningBandsContract s, JsonProblems problems)
    {
        var d = ScreeningBands.Default;
        problems.Unknown(s.Unknown, "$.screening", BandMembers);
        return problems.Build("$.screening", Code, BandMembers, () => new ScreeningBands(s.CoreFrom ?? d.CoreFrom, s.WatchFrom ?? d.WatchFrom, s.TargetedFrom ?? d.TargetedFrom));
    }

    private static TargetId? Target(string? text, string path, JsonProblems problems)
    {
        if (text is null) problems.Add(JsonContract.WrongTypeCode, path, "expected a string, found null.", "null");
        else if (string.IsNullOrWhiteSpace(text)) problems.Add("empty-id", path, "a target id must not be empty.", text);
        else return new TargetId(text);
        return null;
    }

    // A value of tier3WhenUnmetAtLeast that is neither null nor a whole number, in the words of every MathPlc reader.
    private static void WrongNumber(JsonElement value, string path, JsonProblems problems)
    {
        string text = value.GetRawText();
        if (value.ValueKind == JsonValueKind.Number)
            problems.Add(JsonWrongType.NotANumberCode, path, string.Create(CultureInfo.InvariantCulture, $"{text} is not a whole number from {int.MinValue} to {int.MaxValue}."), text);
        else
        {
            var token = value.ValueKind switch
            {
                JsonValueKind.String => JsonTokenType.String,
                JsonValueKind.True => JsonTokenType.True,
                JsonValueKind.False => JsonTokenType.False,
                JsonValueKind.Array => JsonTokenType.StartArray,
                _ => JsonTokenType.StartObject,
            };
            string? shown = value.ValueKind == JsonValueKind.String ? value.GetString() : token is JsonTokenType.True or JsonTokenType.False ? text : null;
            problems.Add(JsonContract.WrongTypeCode, path, JsonWrongType.Reason("a whole number", token, shown), shown);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Interventions;

namespace MathPlc.Interop.Json;

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
/// not essential, a far-below cut above the proficient cut). Comments and trailing commas are accepted. Decision 0035.
/// </para>
/// </remarks>
public static class TierRulesJson
{
    private static readonly JsonSerializerOptions ReadOptions = new(MathPlcJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonTypeInfo<TierRules> Contract = JsonMetadataServices.CreateValueInfo<TierRules>(ReadOptions, TierRulesJsonConverter.Instance);

    /// <summary>Reads rules from UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not valid rules; its one diagnostic says where and why.</exception>
    public static TierRules Read(Stream utf8Json, string fileName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        try
        {
            return JsonSerializer.Deserialize(JsonInput.Read(utf8Json, fileName).Span, Contract)
                ?? throw new DataFileException([new DataDiagnostic("wrong-type", "tier rules must be a JSON object, not null.", fileName, Field: JsonPath.Root, Value: "null")]);
        }
        catch (JsonException e)
        {
            throw new DataFileException([CalendarJson.DiagnosticOf(e, fileName)], e);
        }
    }

    /// <summary>Reads a rules file; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not valid rules.</exception>
    public static TierRules ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>The rules as compact JSON, every property written; <see cref="Read"/> reads it back to equal rules.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static string Write(TierRules rules)
    {
        Guard.Against.Null(rules);
        return JsonSerializer.Serialize(rules, Contract);
    }
}

using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ConjunctiveRule"/>: <c>{"letter":"B","conditions":[{"kind":"shareAtOrAbove","score":3,"share":0.8},…]}</c>.
/// </summary>
/// <remarks><c>letter</c> is required; <c>conditions</c> (see <see cref="TargetConditionJsonConverter"/>) defaults to none ("otherwise") and is always written.</remarks>
internal sealed class ConjunctiveRuleJsonConverter : ObjectJsonConverter<ConjunctiveRule>
{
    private static readonly string[] Properties = ["letter", "conditions"];

    /// <summary>The one instance, for converters of rule sets.</summary>
    public static ConjunctiveRuleJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ConjunctiveRule ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? letter = null;
        ImmutableArray<TargetCondition> conditions = [];
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "letter": letter = JsonRead.String(ref reader, at); break;
                case "conditions": conditions = JsonRead.Array(ref reader, at, TargetConditionJsonConverter.Instance.ReadAt); break;
            }
        }
        JsonRead.Required(path, ("letter", letter is not null));
        return JsonRead.Construct(path, "invalid-rule", Properties, () => new ConjunctiveRule(letter!, conditions));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ConjunctiveRule value)
    {
        writer.WriteStartObject();
        writer.WriteString("letter", value.Letter);
        TargetConditionJsonConverter.Instance.WriteArray(writer, "conditions", value.Conditions);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes a <see cref="ConjunctiveRuleSet"/>: <c>{"name":"sbgrader2","rules":[…],"source":"majadirks/sbgrader2, README"}</c>,
/// all required; the rules are kept in order, and the last must have no conditions (<c>invalid-rule-set</c>).
/// See <see cref="NamedListJsonConverter{TTable, TBand}"/>.
/// </summary>
internal sealed class ConjunctiveRuleSetJsonConverter() : NamedListJsonConverter<ConjunctiveRuleSet, ConjunctiveRule>("rules", "invalid-rule-set")
{
    /// <summary>The one instance, for converters of report-card rules.</summary>
    public static ConjunctiveRuleSetJsonConverter Instance { get; } = new();

    private protected override ObjectJsonConverter<ConjunctiveRule> Item => ConjunctiveRuleJsonConverter.Instance;

    private protected override ConjunctiveRuleSet Create(string name, ImmutableArray<ConjunctiveRule> items, string source) => new(name, items, source);

    private protected override (string Name, ImmutableArray<ConjunctiveRule> Items, string Source) Parts(ConjunctiveRuleSet value) => (value.Name, value.Rules, value.Source);
}

using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ReportCardRule"/> as an object tagged by its kind:
/// <c>{"kind":"meanOfTargets","letters":{…},"rounding":{"digits":2,"mode":"awayFromZero"}}</c>,
/// <c>{"kind":"lowestTarget","letters":{…}}</c>, <c>{"kind":"conjunctiveRules","ruleSet":{…}}</c>.
/// </summary>
/// <remarks>
/// <c>letters</c> (a <see cref="LetterGradeTableJsonConverter">letter-grade table</see>) and <c>rounding</c> are
/// optional and left out when absent; <c>ruleSet</c> (see <see cref="ConjunctiveRuleSetJsonConverter"/>) is required
/// for <c>conjunctiveRules</c>. A property of another kind is refused with <c>invalid-report-card-rule</c>.
/// </remarks>
internal sealed class ReportCardRuleJsonConverter : ObjectJsonConverter<ReportCardRule>
{
    private const string Code = "invalid-report-card-rule";
    private static readonly string[] Properties = ["kind", "letters", "rounding", "ruleSet"];
    private static readonly string[] Kinds = ["meanOfTargets", "lowestTarget", "conjunctiveRules"];

    /// <summary>The one instance, for the converters of each kind.</summary>
    public static ReportCardRuleJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ReportCardRule ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? kind = null;
        LetterGradeTable? letters = null;
        ScoreRounding? rounding = null;
        ConjunctiveRuleSet? ruleSet = null;
        var present = new List<string>();
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            present.Add(property);
            switch (property)
            {
                case "kind": kind = JsonRead.String(ref reader, at); break;
                case "letters": letters = reader.TokenType == JsonTokenType.Null ? null : LetterGradeTableJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "rounding": rounding = reader.TokenType == JsonTokenType.Null ? null : ScoreRoundingJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "ruleSet": ruleSet = ConjunctiveRuleSetJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        switch (kind)
        {
            case "meanOfTargets":
                TaggedJson.Check(path, Code, kind, Kinds, present, "letters", "rounding");
                return new MeanOfTargets(letters, rounding);
            case "lowestTarget":
                TaggedJson.Check(path, Code, kind, Kinds, present, "letters");
                return new LowestTarget(letters);
            default:
                TaggedJson.Check(path, Code, kind, Kinds, present, "ruleSet");
                JsonRead.Required(path, ("ruleSet", ruleSet is not null));
                return new ConjunctiveRules(ruleSet!);
        }
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ReportCardRule value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case MeanOfTargets mean:
                writer.WriteString("kind", Kinds[0]);
                if (mean.Letters is { } meanLetters) LetterGradeTableJsonConverter.Instance.WriteProperty(writer, "letters", meanLetters);
                if (mean.Rounding is { } rounding) ScoreRoundingJsonConverter.Instance.WriteProperty(writer, "rounding", rounding);
                break;
            case LowestTarget lowest:
                writer.WriteString("kind", Kinds[1]);
                if (lowest.Letters is { } lowestLetters) LetterGradeTableJsonConverter.Instance.WriteProperty(writer, "letters", lowestLetters);
                break;
            case ConjunctiveRules rules:
                writer.WriteString("kind", Kinds[2]);
                ConjunctiveRuleSetJsonConverter.Instance.WriteProperty(writer, "ruleSet", rules.RuleSet);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The report-card rule {value.Name} has no JSON contract.");
        }
        writer.WriteEndObject();
    }
}

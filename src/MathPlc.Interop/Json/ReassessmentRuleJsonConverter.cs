using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ReassessmentRule"/> as its name, with the blend's share for the blend rule:
/// <c>{"name":"keep-all"}</c>, <c>{"name":"replace-earlier"}</c>, <c>{"name":"keep-highest"}</c>, <c>{"name":"higher-of-first-and-blend","alpha":0.8}</c>.
/// </summary>
/// <remarks>
/// <c>name</c> is required; <c>alpha</c> is required for the blend rule and refused for the others. An unknown name
/// or an alpha outside [0, 1] is refused with <c>invalid-reassessment</c>.
/// </remarks>
internal sealed class ReassessmentRuleJsonConverter : ObjectJsonConverter<ReassessmentRule>
{
    private const string Code = "invalid-reassessment";
    private static readonly string[] Properties = ["name", "alpha"];
    private static readonly string[] Names = [.. ReassessmentRule.Names];

    /// <summary>The one instance, for converters of objects that hold a rule.</summary>
    public static ReassessmentRuleJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ReassessmentRule ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null;
        double? alpha = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "name": name = JsonRead.String(ref reader, at); break;
                case "alpha": alpha = JsonRead.OptionalNumber(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("name", name is not null));
        const string blend = "higher-of-first-and-blend";
        if (name == blend)
        {
            JsonRead.Required(path, ("alpha", alpha is not null));
            return JsonRead.Construct(path, Code, Properties, () => ReassessmentRule.HigherOfFirstAndBlend(alpha!.Value));
        }
        if (!Names.Contains(name!))
            throw JsonFailure.Create(Code, JsonPath.Property(path, "name"), name, $"\"{name}\" is not a reassessment rule; use one of {JsonRead.QuotedList(Names)}.");
        if (alpha is not null)
            throw JsonFailure.Create(Code, JsonPath.Property(path, "alpha"), null, $"alpha is a parameter of {blend}, not of {name}.");
        return ReassessmentRule.Create(name!);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ReassessmentRule value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        if (value.Alpha is { } alpha) writer.WriteNumber("alpha", alpha);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ProficiencyScale"/>:
/// <c>{"name":"Marzano 0–4","minimum":0,"maximum":4,"step":0.5,"levels":[{"label":"No success even with help","cut":0},…],"proficientLevel":"Target content"}</c>.
/// </summary>
/// <remarks>
/// <c>step</c> is optional (any number) and left out when there is none; everything else is required. The
/// proficient level is written by its label, the way teachers name it, not by its position.
/// </remarks>
internal sealed class ProficiencyScaleJsonConverter : ObjectJsonConverter<ProficiencyScale>
{
    private static readonly string[] Properties = ["name", "minimum", "maximum", "step", "levels", "proficientLevel"];

    /// <summary>The one instance, for converters of objects that hold a scale.</summary>
    public static ProficiencyScaleJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ProficiencyScale ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null, proficient = null;
        double? minimum = null, maximum = null, step = null;
        ImmutableArray<ProficiencyLevel>? levels = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "name": name = JsonRead.String(ref reader, at); break;
                case "minimum": minimum = JsonRead.Number(ref reader, at); break;
                case "maximum": maximum = JsonRead.Number(ref reader, at); break;
                case "step": step = JsonRead.OptionalNumber(ref reader, at); break;
                case "levels": levels = JsonRead.Array(ref reader, at, ProficiencyLevelJsonConverter.Instance.ReadAt); break;
                case "proficientLevel": proficient = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("name", name is not null), ("minimum", minimum is not null), ("maximum", maximum is not null),
            ("levels", levels is not null), ("proficientLevel", proficient is not null));
        return JsonRead.Construct(path, "invalid-scale", Properties,
            () => new ProficiencyScale(name!, minimum!.Value, maximum!.Value, levels!.Value, proficient!, step));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ProficiencyScale value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteNumber("minimum", value.Minimum);
        writer.WriteNumber("maximum", value.Maximum);
        if (value.Step is { } step) writer.WriteNumber("step", step);
        writer.WriteStartArray("levels");
        foreach (var level in value.Levels)
            ProficiencyLevelJsonConverter.Instance.WriteValue(writer, level);
        writer.WriteEndArray();
        writer.WriteString("proficientLevel", value.ProficientLevel.Label);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="ProficiencyLevel"/>: <c>{"label":"Target content","cut":3}</c>; both are required.</summary>
internal sealed class ProficiencyLevelJsonConverter : ObjectJsonConverter<ProficiencyLevel>
{
    private static readonly string[] Properties = ["label", "cut"];

    /// <summary>The one instance, for the scale's converter.</summary>
    public static ProficiencyLevelJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ProficiencyLevel ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? label = null;
        double? cut = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "label": label = JsonRead.String(ref reader, at); break;
                case "cut": cut = JsonRead.Number(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("label", label is not null), ("cut", cut is not null));
        return JsonRead.Construct(path, "invalid-scale", Properties, () => new ProficiencyLevel(label!, cut!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ProficiencyLevel value)
    {
        writer.WriteStartObject();
        writer.WriteString("label", value.Label);
        writer.WriteNumber("cut", value.Cut);
        writer.WriteEndObject();
    }
}

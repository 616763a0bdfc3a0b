using System.Text.Json;
using MathPlc.Assessments;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes <see cref="AssessmentBlueprint"/>: <c>{"name":"Unit 3 common assessment","items":[…]}</c> (both required).</summary>
internal sealed class AssessmentBlueprintJsonConverter : ObjectJsonConverter<AssessmentBlueprint>
{
    /// <summary>The one instance.</summary>
    public static AssessmentBlueprintJsonConverter Instance { get; } = new();

    private static readonly string[] Properties = ["name", "items"];

    /// <inheritdoc/>
    public override AssessmentBlueprint ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null;
        ImmutableArray<BlueprintItem>? items = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "name": name = JsonRead.String(ref reader, at); break;
                case "items": items = JsonRead.Array(ref reader, at, BlueprintItemJsonConverter.Instance.ReadAt); break;
            }
        }
        JsonRead.Required(path, ("name", name is not null), ("items", items is not null));
        return JsonRead.Construct(path, "invalid-blueprint", Properties, () => new AssessmentBlueprint(name!, items!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, AssessmentBlueprint value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        BlueprintItemJsonConverter.Instance.WriteArray(writer, "items", value.Items);
        writer.WriteEndObject();
    }
}

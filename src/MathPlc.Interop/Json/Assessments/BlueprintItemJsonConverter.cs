using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes <see cref="BlueprintItem"/>:
/// <c>{"id":"q3","points":2,"targets":["6.RP.A.1"],"dok":2,"demand":"proceduresWithConnections","format":"constructedResponse","expectedMinutes":6,"hasScoringRubric":true}</c>.
/// </summary>
/// <remarks>
/// <c>dok</c> is the level number 1–4, as teams say "DOK 2". All properties are required except
/// <c>hasScoringRubric</c> (false).
/// </remarks>
internal sealed class BlueprintItemJsonConverter : ObjectJsonConverter<BlueprintItem>
{
    /// <summary>The one instance.</summary>
    public static BlueprintItemJsonConverter Instance { get; } = new();

    private static readonly string[] Properties = ["id", "points", "targets", "dok", "demand", "format", "expectedMinutes", "hasScoringRubric"];

    /// <inheritdoc/>
    public override BlueprintItem ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        ItemId? id = null;
        double? points = null, minutes = null;
        ImmutableArray<TargetId>? targets = null;
        int? dok = null;
        CognitiveDemand? demand = null;
        ItemFormat? format = null;
        bool rubric = false;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "id": id = IdentifierJsonConverter<ItemId>.Instance.ReadAt(ref reader, at); break;
                case "points": points = JsonRead.Number(ref reader, at); break;
                case "targets": targets = JsonRead.Array(ref reader, at, (ref Utf8JsonReader r, string p) => IdentifierJsonConverter<TargetId>.Instance.ReadAt(ref r, p)); break;
                case "dok": dok = JsonRead.Int32(ref reader, at); break;
                case "demand": demand = CognitiveDemandNameJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "format": format = ItemFormatJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "expectedMinutes": minutes = JsonRead.Number(ref reader, at); break;
                case "hasScoringRubric": rubric = JsonRead.Boolean(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("id", id is not null), ("points", points is not null), ("targets", targets is not null), ("dok", dok is not null),
            ("demand", demand is not null), ("format", format is not null), ("expectedMinutes", minutes is not null));
        return JsonRead.Construct(path, "invalid-blueprint-item", Properties,
            () => new BlueprintItem(id!.Value, points!.Value, targets!.Value, (DokLevel)dok!.Value, demand!.Value, format!.Value, minutes!.Value, rubric));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, BlueprintItem value)
    {
        writer.WriteStartObject();
        IdentifierJsonConverter<ItemId>.Instance.WriteProperty(writer, "id", value.Id);
        writer.WriteNumber("points", value.Points);
        writer.WriteStartArray("targets");
        foreach (var target in value.Targets) IdentifierJsonConverter<TargetId>.Instance.WriteValue(writer, target);
        writer.WriteEndArray();
        writer.WriteNumber("dok", (int)value.Dok);
        CognitiveDemandNameJsonConverter.Instance.WriteProperty(writer, "demand", value.Demand);
        ItemFormatJsonConverter.Instance.WriteProperty(writer, "format", value.Format);
        writer.WriteNumber("expectedMinutes", value.ExpectedMinutes);
        writer.WriteBoolean("hasScoringRubric", value.HasScoringRubric);
        writer.WriteEndObject();
    }
}

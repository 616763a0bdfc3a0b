using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a named, sourced list (a conversion table, a rule set) as its name, its items and its source:
/// <c>{"name":"marzano-2010","bands":[…],"source":"R. J. Marzano, …"}</c>. All three are required; the items are
/// written in the value's order, and its invariants (a table's tiling, a rule set's last rule) are checked on reading.
/// </summary>
/// <typeparam name="TTable">The list.</typeparam>
/// <typeparam name="TBand">Its item.</typeparam>
/// <param name="items">The name of the items' property, e.g. <c>bands</c>.</param>
/// <param name="code">The diagnostic code of a broken invariant, e.g. <c>invalid-table</c>.</param>
internal abstract class NamedListJsonConverter<TTable, TBand>(string items, string code) : ObjectJsonConverter<TTable>
{
    private readonly string[] _properties = ["name", items, "source"];

    private protected abstract ObjectJsonConverter<TBand> Item { get; }

    private protected abstract TTable Create(string name, ImmutableArray<TBand> items, string source);

    private protected abstract (string Name, ImmutableArray<TBand> Items, string Source) Parts(TTable value);

    /// <inheritdoc/>
    public sealed override TTable ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null, source = null;
        ImmutableArray<TBand>? bands = null;
        while (JsonRead.NextProperty(ref reader, path, _properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            if (property == "name") name = JsonRead.String(ref reader, at);
            else if (property == "source") source = JsonRead.String(ref reader, at);
            else bands = JsonRead.Array(ref reader, at, Item.ReadAt);
        }
        JsonRead.Required(path, ("name", name is not null), (items, bands is not null), ("source", source is not null));
        return JsonRead.Construct(path, code, _properties, () => Create(name!, bands!.Value, source!));
    }

    /// <inheritdoc/>
    public sealed override void WriteValue(Utf8JsonWriter writer, TTable value)
    {
        var (name, bands, source) = Parts(value);
        writer.WriteStartObject();
        writer.WriteString("name", name);
        Item.WriteArray(writer, items, bands);
        writer.WriteString("source", source);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="LetterGradeTable"/>, its bands as <see cref="LetterBandJsonConverter">letter bands</see>; see <see cref="NamedListJsonConverter{TTable, TBand}"/>.</summary>
internal sealed class LetterGradeTableJsonConverter() : NamedListJsonConverter<LetterGradeTable, LetterBand>("bands", "invalid-table")
{
    /// <summary>The one instance, for converters of objects that hold a table.</summary>
    public static LetterGradeTableJsonConverter Instance { get; } = new();

    private protected override ObjectJsonConverter<LetterBand> Item => LetterBandJsonConverter.Instance;

    private protected override LetterGradeTable Create(string name, ImmutableArray<LetterBand> bands, string source) => new(name, bands, source);

    private protected override (string Name, ImmutableArray<LetterBand> Items, string Source) Parts(LetterGradeTable table) => (table.Name, table.Bands, table.Source);
}

/// <summary>Reads and writes a <see cref="HundredPointTable"/>, its bands as <see cref="HundredPointBandJsonConverter">100-point bands</see>; see <see cref="NamedListJsonConverter{TTable, TBand}"/>.</summary>
internal sealed class HundredPointTableJsonConverter() : NamedListJsonConverter<HundredPointTable, HundredPointBand>("bands", "invalid-table")
{
    private protected override ObjectJsonConverter<HundredPointBand> Item => HundredPointBandJsonConverter.Instance;

    private protected override HundredPointTable Create(string name, ImmutableArray<HundredPointBand> bands, string source) => new(name, bands, source);

    private protected override (string Name, ImmutableArray<HundredPointBand> Items, string Source) Parts(HundredPointTable table) => (table.Name, table.Bands, table.Source);
}

/// <summary>Reads and writes a <see cref="LetterBand"/>: <c>{"letter":"B","low":2.5,"high":3}</c>, all required.</summary>
internal sealed class LetterBandJsonConverter : ObjectJsonConverter<LetterBand>
{
    private static readonly string[] Properties = ["letter", "low", "high"];

    /// <summary>The one instance, for converters of tables.</summary>
    public static LetterBandJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override LetterBand ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? letter = null;
        double? low = null, high = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "letter": letter = JsonRead.String(ref reader, at); break;
                case "low": low = JsonRead.Number(ref reader, at); break;
                case "high": high = JsonRead.Number(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("letter", letter is not null), ("low", low is not null), ("high", high is not null));
        return JsonRead.Construct(path, "invalid-band", Properties, () => new LetterBand(letter!, low!.Value, high!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, LetterBand value)
    {
        writer.WriteStartObject();
        writer.WriteString("letter", value.Letter);
        writer.WriteNumber("low", value.Low);
        writer.WriteNumber("high", value.High);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="HundredPointBand"/>: <c>{"low":3.26,"high":3.75,"pointsLow":93,"pointsHigh":96}</c>, all required.</summary>
internal sealed class HundredPointBandJsonConverter : ObjectJsonConverter<HundredPointBand>
{
    private static readonly string[] Properties = ["low", "high", "pointsLow", "pointsHigh"];

    /// <summary>The one instance, for converters of tables.</summary>
    public static HundredPointBandJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override HundredPointBand ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        double? low = null, high = null, pointsLow = null, pointsHigh = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "low": low = JsonRead.Number(ref reader, at); break;
                case "high": high = JsonRead.Number(ref reader, at); break;
                case "pointsLow": pointsLow = JsonRead.Number(ref reader, at); break;
                case "pointsHigh": pointsHigh = JsonRead.Number(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("low", low is not null), ("high", high is not null), ("pointsLow", pointsLow is not null), ("pointsHigh", pointsHigh is not null));
        return JsonRead.Construct(path, "invalid-band", Properties, () => new HundredPointBand(low!.Value, high!.Value, pointsLow!.Value, pointsHigh!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, HundredPointBand value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("low", value.Low);
        writer.WriteNumber("high", value.High);
        writer.WriteNumber("pointsLow", value.PointsLow);
        writer.WriteNumber("pointsHigh", value.PointsHigh);
        writer.WriteEndObject();
    }
}

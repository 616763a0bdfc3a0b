using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a named, sourced list (a rule set) as its name, its items and its source:
/// <c>{"name":"…","rules":[…],"source":"…"}</c>. All three are required; the items are
/// written in the value's order, and its invariants (a rule set's last rule) are checked on reading.
/// </summary>
/// <typeparam name="TTable">The list.</typeparam>
/// <typeparam name="TBand">Its item.</typeparam>
/// <param name="items">The name of the items' property, e.g. <c>rules</c>.</param>
/// <param name="code">The diagnostic code of a broken invariant, e.g. <c>invalid-rule-set</c>.</param>
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

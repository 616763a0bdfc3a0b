using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Interop.Json;

/// <summary>
/// A hand-written converter for a Core type written as a JSON object. It reads at a JSON path, so that a
/// converter of a larger object (a calendar holding periods) can name <c>$.nonInstructional[2]</c> in its errors.
/// It walks its object with <see cref="JsonRead.NextProperty"/>, which refuses any property it does not list.
/// </summary>
/// <typeparam name="T">The Core type.</typeparam>
internal abstract class ObjectJsonConverter<T> : JsonConverter<T>
{
    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAt(ref reader, JsonPath.Root);

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        WriteValue(writer, value);
    }

    /// <summary>Reads the value whose object the reader stands on, at <paramref name="path"/>; every failure is a <see cref="JsonException"/> naming a path below it.</summary>
    public abstract T ReadAt(ref Utf8JsonReader reader, string path);

    /// <summary>Writes the value as an object.</summary>
    public abstract void WriteValue(Utf8JsonWriter writer, T value);

    /// <summary>Writes the value as the property <paramref name="name"/> of the object being written.</summary>
    public void WriteProperty(Utf8JsonWriter writer, string name, T value)
    {
        writer.WritePropertyName(name);
        WriteValue(writer, value);
    }

    /// <summary>Writes the values as the array property <paramref name="name"/> of the object being written.</summary>
    public void WriteArray(Utf8JsonWriter writer, string name, ImmutableArray<T> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) WriteValue(writer, value);
        writer.WriteEndArray();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Interop.Json;

/// <summary>
/// A converter for a value written as one JSON string (a date, a name, an identifier), also as a dictionary
/// key: the JSON plumbing shared by MathPlc's scalar converters, which only say how to parse and format text.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>Derived converters live in this assembly: <see cref="NodaPatternJsonConverter{T}"/>, <see cref="CamelCaseEnumJsonConverter{TEnum}"/>, <see cref="IdentifierJsonConverter{T}"/>.</remarks>
public abstract class StringJsonConverter<T> : JsonConverter<T>
{
    private protected StringJsonConverter()
    {
    }

    /// <summary>Reads the value from a JSON string.</summary>
    /// <exception cref="JsonException">The token is not a string, or the text is not a valid value; the message names the text and the reason.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadAt(ref reader, null);

    /// <summary>Writes the value as a JSON string.</summary>
    /// <exception cref="ArgumentException">The value cannot be written (e.g. a date outside the ISO calendar, a default identifier).</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Reads the value from a property name (for dictionaries keyed by it).</summary>
    /// <exception cref="JsonException">The text is not a valid value.</exception>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!, null);

    /// <summary>Writes the value as a property name (for dictionaries keyed by it).</summary>
    /// <exception cref="ArgumentException">The value cannot be written.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Reads the value at a known JSON path, so the message names it.</summary>
    internal T ReadAt(ref Utf8JsonReader reader, string? path) => Parse(JsonRead.String(ref reader, path), path);

    /// <summary>Writes the value as an array element, for converters of objects that hold a list of values.</summary>
    internal void WriteValue(Utf8JsonWriter writer, T value) => writer.WriteStringValue(Format(value));

    /// <summary>Writes a property with the value, for converters of objects that hold one.</summary>
    internal void WriteProperty(Utf8JsonWriter writer, string name, T value) => writer.WriteString(name, Format(value));

    /// <summary>The value of a text; a <see cref="JsonException"/> (made by <see cref="JsonFailure"/>) when it is not valid.</summary>
    private protected abstract T Parse(string text, string? path);

    /// <summary>The text of a value; an <see cref="ArgumentException"/> when it cannot be written.</summary>
    private protected abstract string Format(T value);
}

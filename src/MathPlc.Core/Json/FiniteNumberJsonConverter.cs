using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Core.Json;

/// <summary>
/// Reads a JSON number into a <see cref="double"/> only when it is finite: <c>1e400</c> would otherwise become
/// infinity without a word and reach a rule or a mean (decision 0093). Register it in every contract context's
/// <c>Converters</c>; <see cref="JsonContract"/> turns its refusal into a <c>not-a-number</c> diagnostic.
/// </summary>
public sealed class FiniteNumberJsonConverter : JsonConverter<double>
{
    /// <summary>The diagnostic code of a number too large for a finite <see cref="double"/>.</summary>
    public const string NotANumberCode = "not-a-number";

    internal const string CodeKey = "MathPlc.Code";
    internal const string ReasonKey = "MathPlc.Reason";
    internal const string ValueKey = "MathPlc.Value";

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException(); // the serializer's wrong-type path, translated by JsonContract
        if (reader.TryGetDouble(out double value) && double.IsFinite(value)) return value;
        string text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        var refused = new JsonException($"{text} is too large for a number of MathPlc (a finite double).");
        refused.Data[CodeKey] = NotANumberCode;
        refused.Data[ReasonKey] = refused.Message;
        refused.Data[ValueKey] = text;
        throw refused;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.NotFinite(value);
        writer.WriteNumberValue(value);
    }
}

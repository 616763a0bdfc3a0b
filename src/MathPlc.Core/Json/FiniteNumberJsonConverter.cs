using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Core.Json;

/// <summary>
/// The one scalar rule MathPlc's contexts add to System.Text.Json: a number is a finite <see cref="double"/>. The
/// serializer reads <c>1e400</c> as infinity; this refuses it (and any token that is not a number), so
/// <see cref="JsonWrongType"/> reports it in MathPlc's words — <c>1e400 is too large for a number of MathPlc (a finite
/// double).</c> — with the number as written (decision 0131). Registered in each package's context for
/// <see cref="double"/> (and so <c>double?</c>).
/// </summary>
public sealed class FiniteNumberJsonConverter : JsonConverter<double>
{
    /// <summary>Reads a finite number.</summary>
    /// <exception cref="JsonException">The token is not a number, or the number is too large for a finite double.</exception>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw new JsonException();

    /// <summary>Writes the number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not finite (JSON has no such number).</exception>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        Guard.Against.Null(writer).WriteNumberValue(value);
}

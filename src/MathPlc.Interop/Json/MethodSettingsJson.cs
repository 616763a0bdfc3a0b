using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// The JSON names of a method's parameters, the same as the properties of <see cref="MethodSettings"/>:
/// <c>decay</c>, <c>count</c>, <c>masteryPoints</c>, <c>modeTies</c>, <c>zeroPolicy</c>, <c>clamp</c>,
/// <c>scaleMinimum</c>, <c>scaleMaximum</c>, <c>errorMeasure</c>; and which of them each method has.
/// </summary>
internal static class MethodSettingsJson
{
    /// <summary>Every parameter name, in the order they are written.</summary>
    public static readonly string[] Properties =
        ["decay", "count", "masteryPoints", "modeTies", "zeroPolicy", "clamp", "scaleMinimum", "scaleMaximum", "errorMeasure"];

    /// <summary>Reads the parameter <paramref name="property"/> (one of <see cref="Properties"/>) into a copy of <paramref name="settings"/>.</summary>
    public static MethodSettings ReadProperty(ref Utf8JsonReader reader, string path, string property, MethodSettings settings) => property switch
    {
        "decay" => settings with { Decay = JsonRead.OptionalNumber(ref reader, path) },
        "count" => settings with { Count = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Int32(ref reader, path) },
        "masteryPoints" => settings with { MasteryPoints = JsonRead.OptionalNumber(ref reader, path) },
        "modeTies" => settings with { ModeTies = ModeTieRuleJsonConverter.Instance.ReadAt(ref reader, path) },
        "zeroPolicy" => settings with { ZeroPolicy = reader.TokenType == JsonTokenType.Null ? null : PowerLawZeroPolicyJsonConverter.Instance.ReadAt(ref reader, path) },
        "clamp" => settings with { Clamp = JsonRead.Boolean(ref reader, path) },
        "scaleMinimum" => settings with { ScaleMinimum = JsonRead.OptionalNumber(ref reader, path) },
        "scaleMaximum" => settings with { ScaleMaximum = JsonRead.OptionalNumber(ref reader, path) },
        "errorMeasure" => settings with { ErrorMeasure = reader.TokenType == JsonTokenType.Null ? null : FitErrorMeasureJsonConverter.Instance.ReadAt(ref reader, path) },
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "Not a method parameter."),
    };

    /// <summary>Writes the parameters <paramref name="method"/> has, as properties of the object being written.</summary>
    public static void WriteParameters(Utf8JsonWriter writer, CalculationMethod method)
    {
        switch (method)
        {
            case Mean:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, $"The method {method.Name} has no JSON contract yet.");
        }
    }
}

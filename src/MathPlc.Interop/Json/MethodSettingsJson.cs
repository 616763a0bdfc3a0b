using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// The JSON names of a method's parameters, the same as the properties of <see cref="MethodSettings"/>:
/// <c>decay</c>, <c>count</c>, <c>masteryPoints</c>, <c>modeTies</c>, <c>zeroPolicy</c>, <c>clamp</c>,
/// <c>scaleMinimum</c>, <c>scaleMaximum</c>, <c>errorMeasure</c>; and which of them each method has. Canvas's whole-percent
/// weights add <c>decayPercent</c> (see <see cref="WriteParameters"/>).
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

    /// <summary>
    /// Writes the parameters <paramref name="method"/> has, as properties of the object being written: those of its
    /// row of <see cref="CalculationMethods.All"/>, in the row's order, with the values of
    /// <see cref="CalculationMethodDefinition.SettingsOf"/>, which <see cref="CalculationMethods.Create"/> reads back to
    /// an equal method. A recency weight made from a whole percent (Canvas's arithmetic,
    /// <see cref="DecayingAverage.FromPercent"/>) is written as <c>decayPercent</c>; the regression methods' clamp
    /// (<c>clamp</c>) as its bounds <c>scaleMinimum</c> and <c>scaleMaximum</c>, left out when absent.
    /// </summary>
    public static void WriteParameters(Utf8JsonWriter writer, CalculationMethod method)
    {
        if (!CalculationMethods.TryFind(method.Name, out var definition))
            throw new ArgumentOutOfRangeException(nameof(method), method, $"The method {method.Name} has no JSON contract.");
        var settings = definition.SettingsOf(method);
        foreach (var parameter in definition.Parameters)
        {
            switch (parameter.Name)
            {
                case "decay":
                    WriteWeight(writer, settings.Decay!.Value, method switch { DecayingAverage d => d.NewerPercent, WeightedLatest w => w.LatestPercent, _ => null });
                    break;
                case "count":
                    writer.WriteNumber("count", settings.Count!.Value);
                    break;
                case "masteryPoints":
                    writer.WriteNumber("masteryPoints", settings.MasteryPoints!.Value);
                    break;
                case "modeTies":
                    ModeTieRuleJsonConverter.Instance.WriteProperty(writer, "modeTies", settings.ModeTies);
                    break;
                case "zeroPolicy":
                    PowerLawZeroPolicyJsonConverter.Instance.WriteProperty(writer, "zeroPolicy", settings.ZeroPolicy!.Value);
                    break;
                case "errorMeasure":
                    FitErrorMeasureJsonConverter.Instance.WriteProperty(writer, "errorMeasure", settings.ErrorMeasure!.Value);
                    break;
                case "clamp":
                    WriteClamp(writer, settings.ScaleMinimum, settings.ScaleMaximum);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(method), method, $"The parameter {parameter.Name} of {method.Name} has no JSON contract.");
            }
        }
    }

    /// <summary>
    /// A copy of <paramref name="method"/> whose recency weight is the whole percent <paramref name="percent"/>, computed
    /// with Canvas's factors; for <c>decaying-average</c> and <c>weighted-latest</c> only.
    /// </summary>
    /// <exception cref="ArgumentException">The method has no recency weight, or the percent is not 1 to 100.</exception>
    public static CalculationMethod WithPercent(CalculationMethod method, int percent) => method switch
    {
        DecayingAverage => DecayingAverage.FromPercent(percent),
        WeightedLatest => WeightedLatest.FromPercent(percent),
        _ => throw new ArgumentException($"decayPercent is a parameter of decaying-average and weighted-latest, not of {method.Name}.", "decayPercent"),
    };

    private static void WriteWeight(Utf8JsonWriter writer, double weight, int? percent)
    {
        if (percent is { } whole) writer.WriteNumber("decayPercent", whole);
        else writer.WriteNumber("decay", weight);
    }

    private static void WriteClamp(Utf8JsonWriter writer, double? minimum, double? maximum)
    {
        if (minimum is { } low) writer.WriteNumber("scaleMinimum", low);
        if (maximum is { } high) writer.WriteNumber("scaleMaximum", high);
    }
}

using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes <see cref="MethodSettings"/>, the parameters a calculation method may take, by the names in
/// <see cref="MethodSettingsJson.Properties"/>: <c>{"decay":0.75,"count":5,"modeTies":"mostRecent","clamp":true}</c>.
/// </summary>
/// <remarks>
/// Every property is optional (null or absent takes the method's default); <c>modeTies</c> and <c>clamp</c> are always
/// written, the others only when set. The values are checked by the method that reads them
/// (<see cref="CalculationMethods.Create"/>), not here.
/// </remarks>
internal sealed class MethodSettingsJsonConverter : ObjectJsonConverter<MethodSettings>
{
    /// <inheritdoc/>
    public override MethodSettings ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        var settings = new MethodSettings();
        while (JsonRead.NextProperty(ref reader, path, MethodSettingsJson.Properties, out string property))
            settings = MethodSettingsJson.ReadProperty(ref reader, JsonPath.Property(path, property), property, settings);
        return settings;
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, MethodSettings value)
    {
        writer.WriteStartObject();
        if (value.Decay is { } decay) writer.WriteNumber("decay", decay);
        if (value.Count is { } count) writer.WriteNumber("count", count);
        if (value.MasteryPoints is { } mastery) writer.WriteNumber("masteryPoints", mastery);
        ModeTieRuleJsonConverter.Instance.WriteProperty(writer, "modeTies", value.ModeTies);
        if (value.ZeroPolicy is { } zero) PowerLawZeroPolicyJsonConverter.Instance.WriteProperty(writer, "zeroPolicy", zero);
        writer.WriteBoolean("clamp", value.Clamp);
        if (value.ScaleMinimum is { } min) writer.WriteNumber("scaleMinimum", min);
        if (value.ScaleMaximum is { } max) writer.WriteNumber("scaleMaximum", max);
        if (value.ErrorMeasure is { } measure) FitErrorMeasureJsonConverter.Instance.WriteProperty(writer, "errorMeasure", measure);
        writer.WriteEndObject();
    }
}

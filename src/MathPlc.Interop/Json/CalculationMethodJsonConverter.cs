using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="CalculationMethod"/> as its name and its parameters, spelt as the settings of
/// <see cref="CalculationMethods.Create"/>: <c>{"name":"mean"}</c>, <c>{"name":"decaying-average","decay":0.65}</c>,
/// <c>{"name":"decaying-average","decayPercent":65}</c> (Canvas's whole-percent arithmetic), <c>{"name":"n-mastery","count":5,"masteryPoints":3}</c>, <c>{"name":"mode","modeTies":"highest"}</c>,
/// <c>{"name":"power-law","zeroPolicy":"floorAt","scaleMinimum":0,"scaleMaximum":4}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>name</c> is required and must be one of <see cref="CalculationMethods.Names"/>; every other property is
/// optional on reading, with the method's documented default, and is written only when the method has that
/// parameter in <see cref="CalculationMethods.All"/> (see <see cref="MethodSettingsJson"/> for the names). A method is read through the factory, so a
/// parameter out of range (<c>"decay":1.5</c>) is refused with <c>invalid-method</c> and the method's own reason.
/// </para>
/// </remarks>
internal sealed class CalculationMethodJsonConverter : ObjectJsonConverter<CalculationMethod>
{
    private static readonly string[] Properties = ["name", "decay", "decayPercent", .. MethodSettingsJson.Properties[1..]];

    /// <summary>The one instance, for converters of objects that hold a method.</summary>
    public static CalculationMethodJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override CalculationMethod ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null;
        int? percent = null;
        var settings = new MethodSettings();
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            if (property == "name") name = JsonRead.String(ref reader, at);
            else if (property == "decayPercent") percent = JsonRead.Int32(ref reader, at);
            else settings = MethodSettingsJson.ReadProperty(ref reader, at, property, settings);
        }
        JsonRead.Required(path, ("name", name is not null));
        if (percent is not null && settings.Decay is not null)
            throw JsonFailure.Create("invalid-method", JsonPath.Property(path, "decayPercent"), null, "give the weight as decay or as decayPercent, not both.");
        try
        {
            var method = CalculationMethods.Create(name!, settings);
            return percent is { } whole ? MethodSettingsJson.WithPercent(method, whole) : method;
        }
        catch (ArgumentException e)
        {
            string at = PropertyOf(e.ParamName) is { } property ? JsonPath.Property(path, property) : path;
            string? value = JsonProblems.ValueOf(e);
            throw JsonFailure.Create("invalid-method", at, value, JsonRead.ReasonOf(e), e);
        }
    }

    // The JSON property a method's constructor parameter comes from, so a refused value is named where it was written.
    private static string? PropertyOf(string? parameter) => parameter switch
    {
        "newerWeight" or "latestWeight" => "decay",
        "newerPercent" or "latestPercent" or "decayPercent" => "decayPercent",
        "clampMinimum" => "scaleMinimum",
        "clampMaximum" => "scaleMaximum",
        "count" or "masteryPoints" or "name" => parameter,
        _ => null,
    };

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, CalculationMethod value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        MethodSettingsJson.WriteParameters(writer, value);
        writer.WriteEndObject();
    }
}

using System.Text.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// The entry point to MathPlc's JSON: the options to pass to <see cref="JsonSerializer"/> for any MathPlc
/// type, and typed shortcuts.
/// </summary>
/// <remarks>
/// <c>JsonSerializer.Serialize(calendar, MathPlcJson.Options)</c> and
/// <c>JsonSerializer.Deserialize&lt;Evidence&gt;(json, MathPlcJson.Options)</c> use the source-generated
/// <see cref="MathPlcJsonContext"/>: camelCase, invariant culture, no reflection.
/// </remarks>
public static class MathPlcJson
{
    /// <summary>
    /// Read-only options bound to <see cref="MathPlcJsonContext.Default"/>: camelCase names, nulls left out
    /// on writing, NodaTime values as ISO strings, enums as camelCase names. Copy them
    /// (<c>new JsonSerializerOptions(MathPlcJson.Options) { WriteIndented = true }</c>) to change a setting.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = MakeOptions();

    private static JsonSerializerOptions MakeOptions()
    {
        var options = new JsonSerializerOptions(MathPlcJsonContext.Default.Options);
        options.MakeReadOnly();
        return options;
    }
}

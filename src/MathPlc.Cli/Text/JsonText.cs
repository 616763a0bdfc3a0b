using System.Text.Encodings.Web;
using System.Text.Json;

namespace MathPlc.Cli.Text;

/// <summary>
/// Builds JSON output in memory with <see cref="Utf8JsonWriter"/>: indented, <c>\n</c> line ends on every
/// platform, numbers in invariant form, no reflection (the tool stays trim-safe).
/// </summary>
/// <remarks>
/// Kept only for the two intervention tables (<c>TiersTable</c>, <c>ProgressTable</c>), which another change rewrites
/// for speed; every other command writes its JSON from a contract through <see cref="CliJson"/> (decision 0150), and
/// these two move there after that rewrite lands. Do not add callers.
/// </remarks>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Names such as "Día de la Raza" stay readable; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text <paramref name="write"/> produces, ending with a line break.</summary>
    public static string Write(Action<Utf8JsonWriter> write) => Utf8Text.Of(stream =>
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        write(writer);
    }) + "\n";

    /// <summary>Writes <paramref name="items"/> as the array property <paramref name="name"/>, one object per item.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeProperties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeProperties(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

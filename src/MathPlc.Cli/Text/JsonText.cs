using System.Text.Encodings.Web;
using System.Text.Json;

namespace MathPlc.Cli.Text;

/// <summary>
/// Builds JSON output in memory with <see cref="Utf8JsonWriter"/>: indented, <c>\n</c> line ends on every
/// platform, numbers in invariant form, no reflection (the tool stays trim-safe).
/// </summary>
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

    /// <summary>Writes <paramref name="texts"/> as the array property <paramref name="name"/> of strings.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> texts)
    {
        json.WriteStartArray(name);
        foreach (string text in texts) json.WriteStringValue(text);
        json.WriteEndArray();
    }

    /// <summary>Writes a reason's <c>code</c> and <c>message</c> into the object being written.</summary>
    public static void WriteReasonProperties(this Utf8JsonWriter json, MathPlc.Core.Reason reason)
    {
        json.WriteString("code", reason.Code);
        json.WriteString("message", reason.Message);
    }

    /// <summary>Writes <paramref name="reason"/> as the object property <paramref name="name"/> <c>{code, message}</c>, or null when there is none.</summary>
    public static void WriteReason(this Utf8JsonWriter json, string name, MathPlc.Core.Reason? reason)
    {
        if (reason is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteReasonProperties(reason);
        json.WriteEndObject();
    }

    /// <summary>Writes <paramref name="reasons"/> as the array property <paramref name="name"/>, each <c>{code, message}</c>.</summary>
    public static void WriteReasons(this Utf8JsonWriter json, string name, IEnumerable<MathPlc.Core.Reason> reasons) =>
        json.WriteObjects(name, reasons, static (json, reason) => json.WriteReasonProperties(reason));
}

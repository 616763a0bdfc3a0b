using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MathPlc.Interop.EdFi;

/// <summary>Writes an Ed-Fi resource file: a JSON array of objects, indented, camelCase, as the ODS/API returns it.</summary>
internal static class EdFiJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The array of <paramref name="resources"/>, each written by <paramref name="write"/> inside its object.</summary>
    public static string Array<T>(IEnumerable<T> resources, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var resource in resources)
            {
                writer.WriteStartObject();
                write(writer, resource);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="text"/> as a number when it is a whole number as Ed-Fi keys like <c>schoolId</c> are, else as a string.</summary>
    public static void Key(Utf8JsonWriter writer, string name, string text)
    {
        if (text.Length == 0) return;
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number)) writer.WriteNumber(name, number);
        else writer.WriteString(name, text);
    }

    /// <summary>Writes a <c>sectionReference</c>.</summary>
    public static void SectionReference(Utf8JsonWriter writer, EdFiSectionKey key, string name = "sectionReference")
    {
        writer.WriteStartObject(name);
        writer.WriteString("sectionIdentifier", key.SectionIdentifier);
        Key(writer, "localCourseCode", key.LocalCourseCode);
        Key(writer, "schoolId", key.SchoolId);
        Key(writer, "schoolYear", key.SchoolYear);
        Key(writer, "sessionName", key.SessionName);
        writer.WriteEndObject();
    }

    /// <summary>Writes an object property <paramref name="name"/> with one string field.</summary>
    public static void Reference(Utf8JsonWriter writer, string name, string field, string value)
    {
        writer.WriteStartObject(name);
        writer.WriteString(field, value);
        writer.WriteEndObject();
    }

    /// <summary>Writes an <c>assessmentReference</c>-like object: the assessment's identifier and namespace.</summary>
    public static void AssessmentReference(Utf8JsonWriter writer, EdFiAssessment assessment, string name = "assessmentReference", string? code = null)
    {
        writer.WriteStartObject(name);
        writer.WriteString("assessmentIdentifier", assessment.Identifier);
        if (code is not null) writer.WriteString("identificationCode", code);
        writer.WriteString("namespace", assessment.Namespace);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>learningStandards</c>: one <c>learningStandardReference</c> per id.</summary>
    public static void LearningStandards(Utf8JsonWriter writer, IEnumerable<Core.TargetId> targets)
    {
        writer.WriteStartArray("learningStandards");
        foreach (var target in targets)
        {
            writer.WriteStartObject();
            Reference(writer, "learningStandardReference", "learningStandardId", target.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Calendar files: a <see cref="SchoolCalendar"/> as the JSON a district writes by hand, read with a
/// <see cref="DataDiagnostic"/> (file, line, column, JSON path, value, reason) for anything wrong, and written
/// indented, as UTF-8 without a byte-order mark.
/// </summary>
/// <remarks>
/// <para>The format:</para>
/// <code>
/// {
///   "firstDay": "2026-08-24",
///   "lastDay": "2027-06-04",
///   "instructionalWeekdays": ["monday", "tuesday", "wednesday", "thursday", "friday"],
///   "nonInstructional": [
///     { "name": "Labor Day", "date": "2026-09-07", "kind": "holiday" },
///     { "name": "Winter break", "start": "2026-12-21", "end": "2027-01-01", "kind": "break" }
///   ],
///   "gradingPeriods": [ { "name": "Quarter 1", "start": "2026-08-24", "end": "2026-10-23" } ]
/// }
/// </code>
/// <para>
/// <c>firstDay</c> and <c>lastDay</c> are required. <c>instructionalWeekdays</c> is optional (Monday to Friday);
/// <c>nonInstructional</c> and <c>gradingPeriods</c> are optional (none). A non-instructional entry has
/// <c>"date"</c> for one day or <c>"start"</c> and <c>"end"</c> (both included) for a range, and an optional
/// <c>"kind"</c>: <c>holiday</c>, <c>break</c>, <c>testing</c>, <c>professionalDevelopment</c>, <c>closure</c>
/// or <c>other</c> (the default). Weekday and kind names are read ignoring case. Because people write these
/// files by hand, comments (<c>//</c>, <c>/* */</c>) and trailing commas are accepted on reading.
/// </para>
/// <para>
/// Property names are case-sensitive, as written above (<c>firstDay</c>, not <c>FirstDay</c>), and a property
/// the format does not have is refused, not ignored: a misspelt <c>"gradingPeriod"</c> or a made-up
/// <c>"nonInstructionalDays"</c> would otherwise leave the year silently without its grading periods or
/// holidays, and every count wrong. The diagnostic names the property's path (<c>$.gradingPeriod</c>), lists
/// the properties allowed there and suggests the nearest (<c>did you mean "gradingPeriods"?</c>). A grading
/// period has only <c>name</c>, <c>start</c> and <c>end</c>.
/// </para>
/// <para>
/// Diagnostic codes: <c>bad-json</c> (not well-formed JSON), <c>wrong-type</c> (e.g. a number where a date
/// belongs), <c>bad-date</c>, <c>unknown-weekday</c>, <c>unknown-kind</c>, <c>unknown-property</c>, <c>missing-property</c>, and
/// <c>invalid-calendar</c> (the values break a rule of <see cref="SchoolCalendar"/>: the last day before the first,
/// a period outside the year, grading periods overlapping, a weekday listed twice).
/// </para>
/// </remarks>
public static class CalendarJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Names such as "Día de la Raza" stay readable; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a calendar from UTF-8 JSON (a byte-order mark is allowed), listing every problem of the file.</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as the user gave it, for the diagnostic (e.g. <c>calendar.json</c> or <c>&lt;stdin&gt;</c>).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">
    /// The JSON is not a valid calendar; its diagnostics say where and why, one per problem (malformed JSON and a value of
    /// the wrong JSON type stop at the first, as the parser does). The inner exception is the first problem as the
    /// <see cref="JsonException"/> <see cref="JsonFailure"/> makes, with the broken invariant inside.
    /// </exception>
    public static SchoolCalendar Read(Stream utf8Json, string fileName)
    {
        // The year is checked as it was read: a broken invariant stands at the member it names (decision 0140).
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        return JsonFormats.ReadFile(JsonInput.Read(utf8Json, fileName), fileName, SchoolCalendarJsonMapper.Contract,
            (contract, problems) => SchoolCalendarJsonMapper.ToValue(contract, JsonPath.Root, problems)!, invariantsAtMember: true);
    }

    /// <summary>Reads a calendar file.</summary>
    /// <param name="path">The file's path; it is also the diagnostic's file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file (other I/O exceptions pass through too).</exception>
    /// <exception cref="DataFileException">The file is not a valid calendar.</exception>
    public static SchoolCalendar ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Writes a calendar as indented UTF-8 JSON without a byte-order mark, ending with a new line.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="calendar">The calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, SchoolCalendar calendar)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(calendar);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
            JsonSerializer.Serialize(writer, SchoolCalendarJsonMapper.ToContract(calendar), SchoolCalendarJsonMapper.Contract);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes a calendar file all or nothing through <see cref="OutputFile"/>: a reader never sees half a file and a
    /// failure leaves any earlier file as it was.
    /// </summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="calendar">The calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or names a folder.</exception>
    /// <exception cref="OutputPathException">The path may not be written: a missing folder, a folder, device, pipe or link that does not lead to a regular file, or no permission (see <see cref="OutputTarget"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced.</exception>
    public static void WriteFile(string path, SchoolCalendar calendar)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(calendar);
        OutputFile.Write(path, stream => Write(stream, calendar));
    }

    internal static DataDiagnostic DiagnosticOf(JsonException e, string fileName)
    {
        var (code, path, value, reason) = JsonFailure.DetailsOf(e);
        return new DataDiagnostic(
            Code: code ?? "bad-json",
            Message: reason ?? JsonInput.WithoutPosition(e.Message),
            File: fileName,
            Line: e.LineNumber is { } line ? (int)line + 1 : null,
            Column: e.BytePositionInLine is { } column ? (int)column + 1 : null,
            Field: path ?? e.Path,
            Value: value);
    }
}

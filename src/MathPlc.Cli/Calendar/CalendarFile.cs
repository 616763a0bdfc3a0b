using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Json;

namespace MathPlc.Cli.Calendar;

/// <summary>Reads the <c>--calendar</c> file through Interop's <see cref="CalendarJson"/>; the CLI has no calendar parser of its own.</summary>
internal static class CalendarFile
{
    /// <summary>The school calendar in the JSON file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFileException">The file is missing or its content is not a valid school calendar.</exception>
    public static SchoolCalendar Read(string path) => InputFile.Read(path, CalendarJson.Read);
}

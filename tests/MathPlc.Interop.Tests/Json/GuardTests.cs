using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>Every null guard of the public JSON API names its parameter.</summary>
public class GuardTests
{
    private static readonly SchoolCalendar Year = new(new LocalDate(2026, 8, 24), new LocalDate(2027, 6, 4));

    [Fact] public void Read_needs_a_stream() => Assert.Throws<ArgumentNullException>("utf8Json", () => CalendarJson.Read(null!, "calendar.json"));
    [Fact] public void Read_needs_a_file_name() => Assert.Throws<ArgumentNullException>("fileName", () => CalendarJson.Read(new MemoryStream(), null!));
    [Fact] public void ReadFile_needs_a_path() => Assert.Throws<ArgumentNullException>("path", () => CalendarJson.ReadFile(null!));
    [Fact] public void Write_needs_a_stream() => Assert.Throws<ArgumentNullException>("utf8Json", () => CalendarJson.Write(null!, Year));
    [Fact] public void Write_needs_a_calendar() => Assert.Throws<ArgumentNullException>("calendar", () => CalendarJson.Write(new MemoryStream(), null!));
    [Fact] public void WriteFile_needs_a_path() => Assert.Throws<ArgumentNullException>("path", () => CalendarJson.WriteFile(null!, Year));
    [Fact] public void WriteFile_needs_a_calendar() => Assert.Throws<ArgumentNullException>("calendar", () => CalendarJson.WriteFile("calendar.json", null!));
    [Fact] public void Deserialize_needs_text() => Assert.Throws<ArgumentNullException>("json", () => MathPlcJson.Deserialize<Evidence>(null!));
}

using System.Text;
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

public class CalendarJsonTests
{
    private static SchoolCalendar ReadText(string json, string fileName = "calendar.json") =>
        CalendarJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), fileName);

    private static DataDiagnostic ReadError(string json)
    {
        var e = Assert.Throws<DataFileException>(() => ReadText(json));
        return Assert.Single(e.Diagnostics);
    }

    [Fact] // Facts counted by hand: see SampleCalendar.
    public void The_sample_year_has_180_instructional_days() =>
        Assert.Equal(180, ReadText(SampleCalendar.Json).InstructionalDays);

    [Fact] // September 2026 starts on a Tuesday: 4 weeks + Tue 29, Wed 30 = 22 weekdays, less Labor Day = 21.
    public void September_has_21_instructional_days() =>
        Assert.Equal(21, ReadText(SampleCalendar.Json).InstructionalDaysBetween(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30)));

    [Fact] // November 2026 starts on a Sunday: 4 weeks + Mon 30 = 21 weekdays, less Veterans Day and Thanksgiving Wed–Fri = 17.
    public void November_has_17_instructional_days() =>
        Assert.Equal(17, ReadText(SampleCalendar.Json).InstructionalDaysBetween(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30)));

    [Fact]
    public void The_file_reads_into_the_periods_it_declares()
    {
        var calendar = ReadText(SampleCalendar.Json);
        Assert.Equal(10, calendar.NonInstructional.Length);
        Assert.Equal(NonInstructionalPeriod.OnDate("Labor Day", new LocalDate(2026, 9, 7), NonInstructionalKind.Holiday), calendar.NonInstructional[0]);
        Assert.Equal(new NonInstructionalPeriod("Winter break", new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 1), NonInstructionalKind.Break), calendar.NonInstructional[4]);
        Assert.Equal(NonInstructionalKind.Other, calendar.NonInstructional[9].Kind); // Memorial Day has no kind: the default
        Assert.Equal(["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"], calendar.GradingPeriods.Select(p => p.Name));
        Assert.False(calendar.IsInstructionalDay(new LocalDate(2027, 4, 20)));
        Assert.True(calendar.IsInstructionalDay(new LocalDate(2027, 4, 21)));
    }

    [Fact]
    public void Weekdays_default_to_monday_to_friday() =>
        Assert.Equal<IsoDayOfWeek>([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            ReadText("""{"firstDay":"2026-08-24","lastDay":"2026-08-30"}""").InstructionalWeekdays.AsEnumerable());

    [Fact]
    public void Written_calendars_read_back_equal_and_write_the_same_bytes_again()
    {
        var calendar = ReadText(SampleCalendar.Json);
        var first = new MemoryStream();
        CalendarJson.Write(first, calendar);
        var again = ReadText(Encoding.UTF8.GetString(first.ToArray()));
        var second = new MemoryStream();
        CalendarJson.Write(second, again);
        Assert.Equal(calendar, again);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Single_days_are_written_with_date_and_ranges_with_start_and_end()
    {
        var stream = new MemoryStream();
        CalendarJson.Write(stream, ReadText(SampleCalendar.Json));
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"name\": \"Labor Day\",\n      \"date\": \"2026-09-07\",\n      \"kind\": \"holiday\"", text, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Winter break\",\n      \"start\": \"2026-12-21\",\n      \"end\": \"2027-01-01\"", text, StringComparison.Ordinal);
        Assert.Contains("\"instructionalWeekdays\": [\n    \"monday\",", text, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Presidents' Day\"", text, StringComparison.Ordinal); // relaxed escaping keeps files readable
    }

    [Fact]
    public void Files_are_written_without_a_byte_order_mark_replacing_the_old_file_and_leaving_no_temporary_file()
    {
        string folder = Directory.CreateTempSubdirectory("mathplc-calendar-").FullName;
        try
        {
            string path = Path.Combine(folder, "calendar.json");
            File.WriteAllText(path, "old content that is longer than nothing");
            var calendar = ReadText(SampleCalendar.Json);
            CalendarJson.WriteFile(path, calendar);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'{', bytes[0]);
            Assert.Equal(calendar, CalendarJson.ReadFile(path));
            Assert.Equal(["calendar.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_on_reading() =>
        Assert.Equal(180, CalendarJson.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SampleCalendar.Json)]), "bom.json").InstructionalDays);

    [Fact]
    public void A_missing_file_is_file_not_found() =>
        Assert.Throws<FileNotFoundException>(() => CalendarJson.ReadFile(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json")));

    [Fact]
    public void Malformed_json_is_bad_json_at_its_line_and_column()
    {
        var d = ReadError("{\n  \"firstDay\": \"2026-08-24\",\n  \"lastDay\": }");
        Assert.Equal("bad-json", d.Code);
        Assert.Equal("calendar.json", d.File);
        Assert.Equal(3, d.Line);
        Assert.Equal(14, d.Column);
        Assert.Contains("invalid start of a value", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_bad_date_naming_its_path_and_value()
    {
        var d = ReadError("""
            {
              "firstDay": "2026-08-24",
              "lastDay": "2027-06-04",
              "nonInstructional": [
                { "name": "Labor Day", "date": "2026-09-07" },
                { "name": "Leap day", "date": "2027-02-29" }
              ]
            }
            """);
        Assert.Equal(("bad-date", "$.nonInstructional[1].date", "2027-02-29", 6), (d.Code, d.Field, d.Value, d.Line));
        Assert.Contains("The day 29 is out of range in month 2 of year 2027", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Value being parsed", d.Message, StringComparison.Ordinal); // the value is quoted once, not echoed
        Assert.Contains("calendar.json:6:", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_weekday_is_refused_with_the_names_allowed()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","instructionalWeekdays":["monday","tuesday","funday"]}""");
        Assert.Equal(("unknown-weekday", "$.instructionalWeekdays[2]", "funday"), (d.Code, d.Field, d.Value));
        Assert.Contains("\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\", \"sunday\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_day_before_the_first_is_an_invalid_calendar_at_lastDay()
    {
        var e = Assert.Throws<DataFileException>(() => ReadText("{\n\"firstDay\":\"2026-08-24\",\n\"lastDay\":\"2026-06-04\"\n}"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("invalid-calendar", "$.lastDay", "2026-06-04", 3), (d.Code, d.Field, d.Value, d.Line));
        Assert.Contains("before the first day 2026-08-24", d.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException!.InnerException);
    }

    [Fact]
    public void A_range_outside_the_year_is_an_invalid_calendar_at_its_index_and_line()
    {
        var d = ReadError("""
            {
              "firstDay": "2026-08-24",
              "lastDay": "2027-06-04",
              "nonInstructional": [
                { "name": "Labor Day", "date": "2026-09-07" },
                { "name": "Thanksgiving break", "start": "2026-11-25", "end": "2026-11-27" },
                { "name": "Summer break", "start": "2027-06-01", "end": "2027-08-20" }
              ]
            }
            """);
        Assert.Equal(("invalid-calendar", "$.nonInstructional[2]", 7), (d.Code, d.Field, d.Line));
        Assert.Contains("\"Summer break\" (2027-06-01 to 2027-08-20) is outside the school year (2026-08-24 to 2027-06-04)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_outside_the_year_is_found_even_when_the_year_comes_last()
    {
        var d = ReadError("""{"nonInstructional":[{"name":"Labor Day","date":"2026-09-07"},{"name":"Summer","start":"2027-06-01","end":"2027-08-20"}],"firstDay":"2026-08-24","lastDay":"2027-06-04"}""");
        Assert.Equal(("invalid-calendar", "$.nonInstructional[1]"), (d.Code, d.Field));
        Assert.Contains("\"Summer\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grading_period_outside_the_year_is_named_by_its_index()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","gradingPeriods":[{"name":"Q1","start":"2026-08-24","end":"2026-10-23"},{"name":"Q5","start":"2027-06-07","end":"2027-06-30"}]}""");
        Assert.Equal(("invalid-calendar", "$.gradingPeriods[1]"), (d.Code, d.Field));
        Assert.Contains("\"Q5\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_grading_periods_are_an_invalid_calendar()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","gradingPeriods":[{"name":"Q1","start":"2026-08-24","end":"2026-10-23"},{"name":"Q2","start":"2026-10-23","end":"2027-01-15"}]}""");
        Assert.Equal(("invalid-calendar", "$.gradingPeriods"), (d.Code, d.Field));
        Assert.Contains("overlap", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_an_invalid_calendar_at_its_end()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructional":[{"name":"Winter break","start":"2027-01-01","end":"2026-12-21"}]}""");
        Assert.Equal(("invalid-calendar", "$.nonInstructional[0].end", "2026-12-21"), (d.Code, d.Field, d.Value));
        Assert.Contains("\"Winter break\" ends on 2026-12-21, before it starts on 2027-01-01", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_last_day_is_a_missing_property()
    {
        var d = ReadError("""{"firstDay":"2026-08-24"}""");
        Assert.Equal(("missing-property", "$"), (d.Code, d.Field));
        Assert.Contains("\"lastDay\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_a_date_names_the_missing_property()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructional":[{"name":"Labor Day"}]}""");
        Assert.Equal(("missing-property", "$.nonInstructional[0]"), (d.Code, d.Field));
        Assert.Contains("\"date\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_where_a_date_belongs_is_the_wrong_type()
    {
        var d = ReadError("""{"firstDay":20260824,"lastDay":"2027-06-04"}""");
        Assert.Equal(("wrong-type", "$.firstDay", "20260824"), (d.Code, d.Field, d.Value));
        Assert.Contains("expected a string, found a number", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_weekday_instead_of_a_list_is_the_wrong_type_with_the_value_as_written()
    {
        var d = ReadError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","instructionalWeekdays":"monday"}""");
        Assert.Equal(("wrong-type", "$.instructionalWeekdays", "monday"), (d.Code, d.Field, d.Value));
        Assert.Contains("expected an array, found a string (\"monday\")", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_instead_of_a_calendar_is_the_wrong_type() =>
        Assert.Equal("wrong-type", ReadError("null").Code);
}

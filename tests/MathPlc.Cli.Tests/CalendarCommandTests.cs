using System.Text.Json;

using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary><c>mathplc calendar</c> on a real file, in each format, checked against <see cref="FiveWeekCalendar"/>'s hand-counted facts.</summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _calendar;

    public CalendarCommandTests() => _calendar = _folder.Write("calendar.json", FiveWeekCalendar.Json);

    public void Dispose() => _folder.Dispose();

    private CliResult Calendar(params string[] options) => Succeeds(CliRun.Run(["calendar", "--calendar", _calendar, .. options]));

    private static CliResult Succeeds(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        return result;
    }

    [Fact]
    public void Markdown_is_the_default_and_reports_counts_weeks_and_closed_dates()
    {
        string report = Calendar().Stdout;

        Assert.StartsWith("# School calendar, 2026-08-31 to 2026-10-02\n", report, StringComparison.Ordinal);
        Assert.Contains("- Instructional days: 21\n", report, StringComparison.Ordinal);
        Assert.Contains("- Instructional weeks: 5\n", report, StringComparison.Ordinal);
        string[] rows = report.Split('\n');
        Assert.Equal(FiveWeekCalendar.Weeks.Select(w => $"| {w.Monday} | {w.Days} |"), rows.Where(r => r.StartsWith("| 2026-", StringComparison.Ordinal) && r.Count(c => c == '|') == 3));
        Assert.Equal(FiveWeekCalendar.Closed.Select(c => $"| {c.Date} | {c.Weekday} | {c.Name} |"), rows.Where(r => r.StartsWith("| 2026-", StringComparison.Ordinal) && r.Count(c => c == '|') == 4));
    }

    [Fact]
    public void Json_has_the_documented_camel_case_shape_and_the_hand_counted_facts()
    {
        using var json = JsonDocument.Parse(Calendar("--format", "json").Stdout);
        var root = json.RootElement;

        Assert.Equal(["from", "to", "instructionalDays", "instructionalWeekCount", "weeks", "nonInstructionalDates"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-08-31", root.GetProperty("from").GetString());
        Assert.Equal("2026-10-02", root.GetProperty("to").GetString());
        Assert.Equal(21, root.GetProperty("instructionalDays").GetInt32());
        Assert.Equal(5, root.GetProperty("instructionalWeekCount").GetInt32());
        Assert.Equal(FiveWeekCalendar.Weeks, root.GetProperty("weeks").EnumerateArray()
            .Select(w => (w.GetProperty("monday").GetString()!, w.GetProperty("instructionalDays").GetInt32())));
        Assert.Equal(FiveWeekCalendar.Closed.Select(c => (c.Date, c.Name)), root.GetProperty("nonInstructionalDates").EnumerateArray()
            .Select(d => (d.GetProperty("date").GetString()!, d.GetProperty("name").GetString()!)));
    }

    [Fact]
    public void Csv_has_one_row_per_date_with_weekday_instruction_and_name()
    {
        string csv = Calendar("--format", "csv").Stdout;
        string[] lines = csv.Split("\r\n");

        Assert.Equal("date,weekday,instructional,name", lines[0]);
        Assert.Equal("", lines[^1]); // the last record ends with a line break
        Assert.DoesNotContain('\n', csv.Replace("\r\n", "", StringComparison.Ordinal)); // RFC 4180: CRLF, never a bare LF
        var rows = lines[1..^1];
        Assert.Equal(33, rows.Length);
        var closed = FiveWeekCalendar.Closed.ToDictionary(c => c.Date, c => c.Name);
        for (int i = 0; i < rows.Length; i++)
        {
            var date = new DateOnly(2026, 8, 31).AddDays(i);  // the BCL's calendar, independent of NodaTime
            string iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            bool weekday = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            string name = !closed.TryGetValue(iso, out var n) ? ""
                : n == FiveWeekCalendar.FallBreak ? "\"Fall break, \"\"long\"\" weekend\"" // RFC 4180: quoted, quotes doubled
                : n;
            Assert.Equal($"{iso},{date.DayOfWeek},{(weekday && name == "" ? "true" : "false")},{name}", rows[i]);
        }
    }

    [Fact]
    public void From_and_to_limit_every_part_of_the_report()
    {
        // 09-14..09-30: Mon–Fri 14–18 (5), Mon–Wed 21–23 (3), Tue–Wed 29–30 (2) = 10 in three weeks.
        using var json = JsonDocument.Parse(Calendar("--from", "2026-09-14", "--to", "2026-09-30", "--format", "json").Stdout);
        var root = json.RootElement;

        Assert.Equal("2026-09-14", root.GetProperty("from").GetString());
        Assert.Equal("2026-09-30", root.GetProperty("to").GetString());
        Assert.Equal(10, root.GetProperty("instructionalDays").GetInt32());
        Assert.Equal(3, root.GetProperty("instructionalWeekCount").GetInt32());
        Assert.Equal([("2026-09-14", 5), ("2026-09-21", 3), ("2026-09-28", 2)], root.GetProperty("weeks").EnumerateArray()
            .Select(w => (w.GetProperty("monday").GetString()!, w.GetProperty("instructionalDays").GetInt32())));
        Assert.Equal(["2026-09-24", "2026-09-25", "2026-09-28"], root.GetProperty("nonInstructionalDates").EnumerateArray()
            .Select(d => d.GetProperty("date").GetString()!));
    }

    [Fact]
    public void A_csv_range_spells_out_a_long_weekend_day_by_day()
    {
        string expected = """
            date,weekday,instructional,name
            2026-09-24,Thursday,false,"Fall break, ""long"" weekend"
            2026-09-25,Friday,false,"Fall break, ""long"" weekend"
            2026-09-26,Saturday,false,
            2026-09-27,Sunday,false,
            2026-09-28,Monday,false,"Fall break, ""long"" weekend"
            2026-09-29,Tuesday,true,

            """.ReplaceLineEndings("\r\n"); // CSV lines end with CRLF (RFC 4180), as every CSV MathPlc writes

        Assert.Equal(expected, Calendar("--from", "2026-09-24", "--to", "2026-09-29", "--format", "csv").Stdout);
    }

    [Fact]
    public void A_range_reaching_past_the_year_counts_only_the_year_but_lists_every_date()
    {
        // One week before and one after the year add dates, not instructional days.
        using var json = JsonDocument.Parse(Calendar("--from", "2026-08-24", "--to", "2026-10-09", "--format", "json").Stdout);
        Assert.Equal(21, json.RootElement.GetProperty("instructionalDays").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("instructionalWeekCount").GetInt32());

        string[] rows = Calendar("--from", "2026-08-24", "--to", "2026-10-09", "--format", "csv").Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(47, rows.Length);
        Assert.Equal(21, rows.Count(r => r.Contains(",true,", StringComparison.Ordinal)));
        Assert.Equal("2026-08-24,Monday,false,", rows[0]);
    }

    [Theory]
    [InlineData(1, null, "2026-08-31")]
    [InlineData(5, null, "2026-09-04")]
    [InlineData(6, null, "2026-09-08")]  // Labor Day is skipped
    [InlineData(14, null, "2026-09-18")]
    [InlineData(17, null, "2026-09-23")]
    [InlineData(18, null, "2026-09-29")] // the fall break is skipped
    [InlineData(21, null, "2026-10-02")]
    [InlineData(1, "2026-09-05", "2026-09-08")] // from a Saturday before a holiday Monday
    [InlineData(1, "2026-09-24", "2026-09-29")]
    [InlineData(3, "2026-08-01", "2026-09-02")] // from before the year
    public void Nth_prints_the_date_of_the_nth_instructional_day_from_the_start(int n, string? from, string expected)
    {
        string[] range = from is null ? [] : ["--from", from];
        string[] nth = ["--nth", n.ToString(System.Globalization.CultureInfo.InvariantCulture), .. range];

        Assert.Equal(expected + "\n", Calendar(nth).Stdout);
        Assert.Equal(expected + "\n", Calendar([.. nth, "--format", "csv"]).Stdout);
        using var json = JsonDocument.Parse(Calendar([.. nth, "--format", "json"]).Stdout);
        Assert.Equal(["n", "date"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(n, json.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(expected, json.RootElement.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("there are only 21 instructional days from 2026-08-31 to 2026-10-02", "--nth", "22")]
    [InlineData("there are only 10 instructional days from 2026-09-14 to 2026-09-30", "--nth", "11", "--from", "2026-09-14", "--to", "2026-09-30")]
    [InlineData("there are only 0 instructional days from 2026-09-26 to 2026-09-28", "--nth", "1", "--from", "2026-09-26", "--to", "2026-09-28")]
    [InlineData("--to 2026-10-02 (the calendar's last day) is before --from 2026-10-05", "--from", "2026-10-05")]
    [InlineData("--to 2026-08-01 is before --from 2026-08-31 (the calendar's first day)", "--to", "2026-08-01")]
    public void Asking_past_the_calendar_is_a_usage_error_that_says_what_there_is(string reason, params string[] options)
    {
        string output = _folder.PathOf("out.txt");

        var result = CliRun.Run(["calendar", "--calendar", _calendar, .. options, "--out", output]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Out_writes_to_the_file_what_stdout_would_have_shown_and_nothing_to_stdout(string format)
    {
        string shown = Calendar("--format", format).Stdout;
        string output = _folder.Write("year." + format, "an older file that must be replaced whole, not overwritten in part");

        var result = Calendar("--format", format, "--out", output);

        Assert.Equal("", result.Stdout);
        Assert.Equal(shown, File.ReadAllText(output));
        Assert.Equal(["calendar.json", "year." + format], _folder.FileNames());
    }

    [Fact]
    public void Output_does_not_depend_on_the_machine_culture()
    {
        foreach (string format in new[] { "md", "json", "csv" })
        {
            var invariant = CliRun.RunIn("", "calendar", "--calendar", _calendar, "--format", format);
            foreach (string culture in new[] { "de-DE", "ar-SA", "th-TH", "fr-FR" })
                Assert.Equal(invariant, CliRun.RunIn(culture, "calendar", "--calendar", _calendar, "--format", format));
        }
    }

    [Fact]
    public void A_range_without_instruction_says_so_in_every_format()
    {
        // Sat 09-26 to Mon 09-28: a weekend and a fall-break Monday.
        string[] range = ["--from", "2026-09-26", "--to", "2026-09-28"];

        string report = Calendar(range).Stdout;
        Assert.Contains("- Instructional days: 0\n", report, StringComparison.Ordinal);
        Assert.Contains("## Instructional weeks\n\nNone.\n", report, StringComparison.Ordinal);
        Assert.Contains("| 2026-09-28 | Monday | " + FiveWeekCalendar.FallBreak + " |", report, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Calendar([.. range, "--format", "json"]).Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("instructionalDays").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("instructionalWeekCount").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("weeks").GetArrayLength());

        Assert.Equal(4, Calendar([.. range, "--format", "csv"]).Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

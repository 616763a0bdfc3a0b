using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>mathplc calendar</c> on random calendars and ranges, against a naive day-by-day count written here with
/// the BCL's <see cref="DateOnly"/> (Monday to Friday, inside the year, not a holiday).
/// </summary>
public sealed class CalendarCommandProperties : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A school year, single-day holidays inside it (offsets from the first day), and a range that may reach past it.</summary>
    private sealed record Case(DateOnly First, int Length, int[] Holidays, int FromOffset, int RangeLength)
    {
        public DateOnly Last => First.AddDays(Length);
        public DateOnly From => First.AddDays(FromOffset);
        public DateOnly To => From.AddDays(RangeLength);

        public IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
        {
            for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
        }

        public bool Taught(DateOnly d) => d >= First && d <= Last && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

        public bool Holiday(DateOnly d) => Holidays.Any(h => First.AddDays(h) == d);

        public string Json() =>
            $$"""
            { "firstDay": "{{Iso(First)}}", "lastDay": "{{Iso(Last)}}",
              "nonInstructional": [{{string.Join(",", Holidays.Select((h, i) => $$"""{ "name": "Holiday {{i}}", "date": "{{Iso(First.AddDays(h))}}" }"""))}}] }
            """;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly Arbitrary<Case> Cases =
        (from start in Gen.Choose(0, 3000)
         from length in Gen.Choose(0, 120)
         from holidays in Gen.Choose(0, length).ArrayOf().Select(a => a.Take(8).ToArray())
         from fromOffset in Gen.Choose(-10, length + 10)
         from rangeLength in Gen.Choose(0, length + 20)
         select new Case(new DateOnly(2020, 1, 1).AddDays(start), length, holidays, fromOffset, rangeLength)).ToArbitrary();

    private JsonElement RunJson(Case c, params string[] options)
    {
        string calendar = _folder.Write("calendar.json", c.Json());
        var result = CliRun.Run(["calendar", "--calendar", calendar, "--from", Iso(c.From), "--to", Iso(c.To), "--format", "json", .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public void Counts_weeks_and_closed_dates_match_a_day_by_day_count() =>
        Prop.ForAll(Cases, c =>
        {
            var days = c.Dates(c.From, c.To).ToArray();
            var instructional = days.Where(d => c.Taught(d) && !c.Holiday(d)).ToArray();
            var closed = days.Where(d => c.Taught(d) && c.Holiday(d)).Select(Iso).ToArray();
            int weeks = instructional.Select(d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7))).Distinct().Count();

            var json = RunJson(c);

            Assert.Equal(instructional.Length, json.GetProperty("instructionalDays").GetInt32());
            Assert.Equal(weeks, json.GetProperty("instructionalWeekCount").GetInt32());
            Assert.Equal(instructional.Length, json.GetProperty("weeks").EnumerateArray().Sum(w => w.GetProperty("instructionalDays").GetInt32()));
            Assert.Equal(closed, json.GetProperty("nonInstructionalDates").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        }).Check(maxTest: 150);

    [Fact]
    public void Nth_is_the_nth_date_of_a_day_by_day_walk() =>
        Prop.ForAll(Cases, Gen.Choose(1, 200).ToArbitrary(), (c, pick) =>
        {
            var instructional = c.Dates(c.From, c.To).Where(d => c.Taught(d) && !c.Holiday(d)).ToArray();
            if (instructional.Length == 0) return;
            int n = 1 + (pick - 1) % instructional.Length;

            var json = RunJson(c, "--nth", n.ToString(CultureInfo.InvariantCulture));

            Assert.Equal(Iso(instructional[n - 1]), json.GetProperty("date").GetString());
        }).Check(maxTest: 150);
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>
/// Collaboration minutes for each scheduling model on a real-shaped 2026–27 calendar. The expected counts were computed
/// independently in Python with <c>datetime</c>: 182 instructional days in 38 instructional weeks.
/// </summary>
public class CollaborationTimeTests
{
    // A US district calendar shape: Aug 24 to Jun 4, Labor Day, a PD Wednesday, Thanksgiving, two weeks of winter break,
    // MLK, Presidents' Day, spring break, Memorial Day.
    internal static readonly SchoolCalendar Year = new(new LocalDate(2026, 8, 24), new LocalDate(2027, 6, 4), null,
    [
        NonInstructionalPeriod.OnDate("Labor Day", new LocalDate(2026, 9, 7), NonInstructionalKind.Holiday),
        NonInstructionalPeriod.OnDate("Professional development", new LocalDate(2026, 10, 14), NonInstructionalKind.ProfessionalDevelopment),
        new NonInstructionalPeriod("Thanksgiving break", new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 27), NonInstructionalKind.Break),
        new NonInstructionalPeriod("Winter break", new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 1), NonInstructionalKind.Break),
        NonInstructionalPeriod.OnDate("Martin Luther King Jr. Day", new LocalDate(2027, 1, 18), NonInstructionalKind.Holiday),
        NonInstructionalPeriod.OnDate("Presidents' Day", new LocalDate(2027, 2, 15), NonInstructionalKind.Holiday),
        new NonInstructionalPeriod("Spring break", new LocalDate(2027, 3, 22), new LocalDate(2027, 3, 26), NonInstructionalKind.Break),
        NonInstructionalPeriod.OnDate("Memorial Day", new LocalDate(2027, 5, 31), NonInstructionalKind.Holiday),
    ]);

    internal static readonly BellSchedule Bells = new(
    [
        new BellPeriod("1", new LocalTime(8, 0), new LocalTime(8, 50)),
        new BellPeriod("2", new LocalTime(8, 55), new LocalTime(9, 45)),
        new BellPeriod("3", new LocalTime(9, 50), new LocalTime(10, 45)),
        new BellPeriod("Lunch", new LocalTime(10, 50), new LocalTime(11, 20)),
        new BellPeriod("4", new LocalTime(11, 25), new LocalTime(12, 15)),
        new BellPeriod("5", new LocalTime(12, 20), new LocalTime(13, 10)),
        new BellPeriod("6", new LocalTime(13, 15), new LocalTime(14, 5)),
        new BellPeriod("7", new LocalTime(14, 10), new LocalTime(15, 0)),
    ]);

    private static readonly RotatingReleaseDays ReleaseDays = new("Release day per unit",
        [new LocalDate(2026, 9, 30), new LocalDate(2026, 11, 10), new LocalDate(2027, 1, 18), new LocalDate(2027, 2, 24), new LocalDate(2027, 4, 14), new LocalDate(2027, 5, 12)], 360);

    public static TheoryData<string, int, int> Models => new()
    {
        { "Common planning, period 3", 182 * 55, 182 },      // 10,010
        { "Wednesday late start", 36 * 60, 36 },             // 2,160: 36 instructional Wednesdays
        { "Alternate-Friday early release", 19 * 90, 19 },   // 1,710
        { "Release day per unit", 5 * 360, 5 },              // 1,800: MLK Day gives nothing
    };

    private static SchedulingModel ModelNamed(string name) => name switch
    {
        "Common planning, period 3" => new CommonPlanningPeriod(name, "3"),
        "Wednesday late start" => new LateStart(name, IsoDayOfWeek.Wednesday, 60),
        "Alternate-Friday early release" => new EarlyRelease(name, IsoDayOfWeek.Friday, 90, everyNthWeek: 2),
        _ => ReleaseDays,
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_model_gives_its_minutes_on_a_real_shaped_year(string name, int minutesPerYear, int days)
    {
        var minutes = CollaborationTime.Evaluate(ModelNamed(name), Year, Bells);
        Assert.Equal(minutesPerYear, minutes.MinutesPerYear);
        Assert.Equal(days, minutes.Days.Length);
        Assert.Equal(38, minutes.Weeks.Length);
        Assert.Equal(minutesPerYear / 38.0, minutes.AverageMinutesPerWeek, 12);
    }

    [Fact]
    public void Models_compare_side_by_side_in_the_order_given()
    {
        var compared = CollaborationTime.Compare([ModelNamed("Wednesday late start"), ModelNamed("Common planning, period 3")], Year, Bells);
        Assert.Equal([2160, 10010], compared.Select(c => c.MinutesPerYear).ToArray());
    }

    [Fact]
    public void A_late_start_in_a_week_with_a_holiday_wednesday_gives_nothing_that_week()
    {
        var minutes = CollaborationTime.Evaluate(ModelNamed("Wednesday late start"), Year, Bells);
        Assert.Equal(0, minutes.Weeks.Single(w => w.Monday == new LocalDate(2026, 10, 12)).Minutes); // PD day on the 14th
        Assert.Equal(0, minutes.Weeks.Single(w => w.Monday == new LocalDate(2026, 11, 23)).Minutes); // Thanksgiving
    }

    [Fact]
    public void Each_team_gets_the_minutes_of_its_model()
    {
        var teams = new Dictionary<TeamId, SchedulingModel> { [new TeamId("grade6-math")] = ModelNamed("Wednesday late start"), [new TeamId("algebra")] = ReleaseDays };
        var byTeam = CollaborationTime.ForTeams(teams, Year, Bells);
        Assert.Equal(1800, byTeam[new TeamId("algebra")].MinutesPerYear);
        Assert.Equal(2160, byTeam[new TeamId("grade6-math")].MinutesPerYear);
    }

    [Fact]
    public void Collaborative_minutes_never_count_a_non_instructional_day() =>
        Prop.ForAll(Gen.Choose(0, 6).ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), Gen.Choose(0, 280).ArrayOf().ToArbitrary(), (weekday, every, offsets) =>
        {
            var day = (IsoDayOfWeek)(weekday + 1);
            SchedulingModel[] models =
            [
                new LateStart("late", day, 45, every), new EarlyRelease("early", day, 90, every), new CommonPlanningPeriod("common", "5", [day]),
                new RotatingReleaseDays("release", offsets.Distinct().Select(o => Year.FirstDay.PlusDays(o)), 300),
            ];
            foreach (var model in models)
            {
                var minutes = CollaborationTime.Evaluate(model, Year, Bells);
                Assert.All(minutes.Days, d => Assert.True(Year.IsInstructionalDay(d.Date)));
                Assert.Equal(minutes.MinutesPerYear, minutes.Weeks.Sum(w => w.Minutes));
            }
        }).Check(100);

    [Fact]
    public void A_bell_schedule_whose_periods_overlap_is_refused()
    {
        var e = Assert.Throws<ArgumentException>("periods", () => new BellSchedule([
            new BellPeriod("1", new LocalTime(8, 0), new LocalTime(8, 50)),
            new BellPeriod("2", new LocalTime(8, 45), new LocalTime(9, 35)),
        ]));
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("end", () => new BellPeriod("1", new LocalTime(9, 0), new LocalTime(8, 0)));

    [Fact]
    public void A_common_period_the_bells_lack_is_refused() =>
        Assert.Throws<ArgumentException>("name", () => CollaborationTime.Evaluate(new CommonPlanningPeriod("x", "9"), Year, Bells));

    [Fact]
    public void A_late_start_needs_positive_minutes() =>
        Assert.Throws<ArgumentOutOfRangeException>("minutes", () => new LateStart("x", IsoDayOfWeek.Monday, 0));

    [Fact]
    public void An_early_release_needs_a_week_interval_of_one_or_more() =>
        Assert.Throws<ArgumentOutOfRangeException>("everyNthWeek", () => new EarlyRelease("x", IsoDayOfWeek.Monday, 60, 0));

    [Fact]
    public void Release_days_refuse_a_repeated_date() =>
        Assert.Throws<ArgumentException>("dates", () => new RotatingReleaseDays("x", [Year.FirstDay, Year.FirstDay], 300));
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>Observation tools: the math-talk and TRU instruments, prevalence of levels, and observer calibration.</summary>
public class ObservationTests
{
    private static readonly SchoolId Lincoln = new("lincoln");
    private static readonly SchoolId Adams = new("adams");

    private static ClassroomVisit Visit(string lesson, string teacher, SchoolId school, LocalDate date, string observer, int questioning) =>
        new(lesson, new TeacherId(teacher), school, date, observer, new Dictionary<string, int> { ["Questioning"] = questioning });

    private static readonly ClassroomVisit[] Visits =
    [
        Visit("L1", "ortiz", Lincoln, new LocalDate(2026, 10, 6), "coach", 1),
        Visit("L2", "ortiz", Lincoln, new LocalDate(2026, 11, 3), "coach", 2),
        Visit("L3", "lee", Adams, new LocalDate(2026, 10, 20), "coach", 0),
        Visit("L1", "ortiz", Lincoln, new LocalDate(2026, 10, 6), "principal", 1),
        Visit("L2", "ortiz", Lincoln, new LocalDate(2026, 11, 3), "principal", 2),
        Visit("L3", "lee", Adams, new LocalDate(2026, 10, 20), "principal", 1),
    ];

    [Fact]
    public void The_built_in_instruments_follow_their_sources()
    {
        Assert.Equal(4, ObservationInstrument.MathTalk.Dimensions.Length); // Hufferd-Ackles, Fuson & Sherin (2004)
        Assert.Equal((0, 3), (ObservationInstrument.MathTalk.LowestLevel, ObservationInstrument.MathTalk.HighestLevel));
        Assert.Equal(5, ObservationInstrument.Tru.Dimensions.Length); // TRU Math (Schoenfeld et al. 2014)
    }

    [Fact]
    public void Prevalence_counts_levels_by_teacher()
    {
        var byTeacher = Observations.Prevalence(ObservationInstrument.MathTalk, Visits, VisitGrouping.Teacher);
        var ortiz = byTeacher.Single(p => p.Group == "ortiz" && p.Dimension == "Questioning");
        Assert.Equal([0, 2, 2, 0], ortiz.Counts.ToArray());
        Assert.Equal([0, 0.5, 0.5, 0], ortiz.Shares.ToArray());
        var unscored = byTeacher.Single(p => p.Group == "ortiz" && p.Dimension == "ResponsibilityForLearning");
        Assert.Equal(0, unscored.Visits);
    }

    [Fact]
    public void Prevalence_groups_by_school_and_month()
    {
        Assert.Equal(["adams", "lincoln"], Observations.Prevalence(ObservationInstrument.MathTalk, Visits, VisitGrouping.School).Select(p => p.Group).Distinct().ToArray());
        var october = Observations.Prevalence(ObservationInstrument.MathTalk, Visits, VisitGrouping.Month).Single(p => p.Group == "2026-10" && p.Dimension == "Questioning");
        Assert.Equal([1, 3, 0, 0], october.Counts.ToArray());
    }

    // Two observers, three lessons: (1,1), (2,2), (0,1). Exact agreement 2/3; Cohen's kappa: p_o = 2/3,
    // p_e = 1/3·2/3 + 1/3·1/3 = 1/3, kappa = (2/3 − 1/3)/(1 − 1/3) = 0.5.
    [Fact]
    public void Co_observers_are_calibrated_with_the_assessments_statistics()
    {
        var questioning = Assert.Single(Observations.Calibration(ObservationInstrument.MathTalk, Visits));
        Assert.Equal(2.0 / 3, questioning.Agreement.ExactAgreement.Value!.Value, 12);
        Assert.Equal(0.5, questioning.Agreement.CohenKappa.Value!.Value, 12);
    }

    [Fact]
    public void A_level_off_the_instrument_is_refused() =>
        Assert.Throws<ArgumentException>("visits", () => Observations.Prevalence(ObservationInstrument.MathTalk, [Visit("L9", "lee", Adams, new LocalDate(2026, 10, 1), "coach", 4)], VisitGrouping.Teacher));

    [Fact]
    public void A_dimension_off_the_instrument_is_refused() =>
        Assert.Throws<ArgumentException>("visits", () => Observations.Prevalence(ObservationInstrument.Tru,
            [new ClassroomVisit("L1", new TeacherId("lee"), Adams, new LocalDate(2026, 10, 1), "coach", new Dictionary<string, int> { ["Questioning"] = 2 })], VisitGrouping.Teacher));

    [Fact]
    public void An_observer_scoring_a_lesson_twice_is_refused() =>
        Assert.Throws<ArgumentException>("visits", () => Observations.Calibration(ObservationInstrument.MathTalk, [Visits[0], Visits[0]]));

    [Fact]
    public void An_instrument_needs_more_than_one_level() =>
        Assert.Throws<ArgumentOutOfRangeException>("highestLevel", () => new ObservationInstrument("x", ["a"], 1, 1));
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>Improvement cycles: driver diagrams, measures and PDSA cycles (Langley et al.; Bryk et al. 2015).</summary>
public class ImprovementTests
{
    private static readonly DriverDiagram Diagram = new("Raise grade 6 proficiency on ratio reasoning from 48% to 65% by May",
        [new PrimaryDriver("Tier 1 instruction", ["Higher-demand tasks", "Student discourse"]), new PrimaryDriver("Timely response", ["Weekly checks by target"])],
        [new ChangeIdea("Number talks three times a week", ["Student discourse"]), new ChangeIdea("Friday regrouping by target", ["Weekly checks by target"])]);

    [Fact]
    public void A_diagram_names_secondary_drivers_without_change_ideas() =>
        Assert.Equal(["Higher-demand tasks"], Diagram.SecondaryDriversWithoutChangeIdeas.ToArray());

    [Fact]
    public void A_change_idea_must_act_on_a_secondary_driver_of_the_diagram() =>
        Assert.Throws<ArgumentException>("changeIdeas", () => new DriverDiagram("aim", [new PrimaryDriver("p", ["s"])], [new ChangeIdea("c", ["elsewhere"])]));

    [Fact]
    public void A_pdsa_cycle_moves_through_its_phases()
    {
        var start = new LocalDate(2026, 10, 5);
        Assert.Equal(PdsaPhase.Plan, new PdsaCycle("Number talks three times a week", "Explaining scores rise by one level", start).Phase);
        Assert.Equal(PdsaPhase.Do, new PdsaCycle("Number talks three times a week", "p", start, "Ran six talks").Phase);
        Assert.Equal(PdsaPhase.Study, new PdsaCycle("Number talks three times a week", "p", start, "Ran six talks", "Rose in two of three classes").Phase);
        Assert.Equal(PdsaPhase.Act, new PdsaCycle("Number talks three times a week", "p", start, "d", "l", PdsaDecision.Adapt, start.PlusWeeks(3)).Phase);
    }

    [Fact]
    public void A_decision_needs_what_was_learned() =>
        Assert.Throws<ArgumentException>("decision", () => new PdsaCycle("c", "p", new LocalDate(2026, 10, 5), "d", null, PdsaDecision.Adopt));

    [Fact]
    public void A_cycle_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentOutOfRangeException>("ended", () => new PdsaCycle("c", "p", new LocalDate(2026, 10, 5), ended: new LocalDate(2026, 10, 1)));

    [Fact]
    public void An_effort_knows_whether_its_measures_are_balanced_and_analyses_each()
    {
        var outcome = new ImprovementMeasure("Percent proficient on weekly checks", MeasureType.Outcome, Series.Weekly(40, 42, 41, 45, 47, 50, 52, 55, 56, 58));
        var cycle = new ImprovementCycle(new TeamId("grade6-math"), Diagram,
            [outcome, new ImprovementMeasure("Number talks held", MeasureType.Process), new ImprovementMeasure("Minutes of core instruction lost", MeasureType.Balancing)],
            [new PdsaCycle("Friday regrouping by target", "More students reach proficiency on reassessment", new LocalDate(2026, 10, 9))]);
        Assert.True(cycle.HasBalancedMeasures);
        Assert.Equal(RunChartStatus.Analyzed, cycle.Measures[0].Analyze(RunChartRules.Ihi).Status);
    }

    [Fact]
    public void A_cycle_must_test_a_change_idea_of_the_diagram() =>
        Assert.Throws<ArgumentException>("cycles", () => new ImprovementCycle(new TeamId("t"), Diagram, [], [new PdsaCycle("Something else", "p", new LocalDate(2026, 10, 5))]));
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>One test per guard not covered by the topic tests: the exception type and the parameter it names.</summary>
public class GuardTests
{
    private static readonly LocalDate Day = new(2026, 10, 1);

    [Fact] public void A_step_needs_a_description() => Assert.Throws<ArgumentException>("description", () => new ActionStep(" "));
    [Fact] public void A_goal_type_must_be_defined() => Assert.Throws<ArgumentOutOfRangeException>("type", () => new SmartGoal("s", "g", (GoalType)5, "i", 1, Day, 2, Day.PlusDays(30)));
    [Fact] public void A_goal_refuses_a_null_step() => Assert.Throws<ArgumentException>("actionSteps", () => new SmartGoal("s", "g", GoalType.Results, "i", 1, Day, 2, Day.PlusDays(30), null, [null!]));
    [Fact] public void A_goal_history_must_be_finite() => Assert.Throws<ArgumentOutOfRangeException>("historicalChangePerYear", () => new SmartGoal("s", "g", GoalType.Results, "i", 1, Day, 2, Day.PlusDays(30), double.PositiveInfinity));
    [Fact] public void A_measurement_must_be_finite() => Assert.Throws<ArgumentOutOfRangeException>("value", () => new GoalMeasurement(Day, double.NaN));
    [Fact] public void Attainment_refuses_null() => Assert.Throws<ArgumentNullException>("measurements", () => SmartGoals.Attainment(new SmartGoal(null, null, GoalType.Results, null, null, null, null, null), null!, Day));
    [Fact] public void A_check_refuses_null() => Assert.Throws<ArgumentNullException>("goal", () => SmartGoals.Check(null!));
    [Fact] public void Smart_rules_need_one_measurement() => Assert.Throws<ArgumentOutOfRangeException>("minimumMeasurements", () => new SmartRules(minimumMeasurements: 0));

    [Fact] public void A_bell_schedule_needs_a_period() => Assert.Throws<ArgumentException>("periods", () => new BellSchedule([]));
    [Fact] public void A_bell_schedule_refuses_two_periods_with_one_name() =>
        Assert.Throws<ArgumentException>("periods", () => new BellSchedule([new BellPeriod("1", new LocalTime(8, 0), new LocalTime(8, 50)), new BellPeriod("1", new LocalTime(9, 0), new LocalTime(9, 50))]));
    [Fact] public void A_period_needs_a_name() => Assert.Throws<ArgumentException>("name", () => new BellPeriod(" ", new LocalTime(8, 0), new LocalTime(9, 0)));
    [Fact] public void A_model_needs_a_name() => Assert.Throws<ArgumentException>("name", () => new LateStart(" ", IsoDayOfWeek.Monday, 30));
    [Fact] public void A_common_period_refuses_a_repeated_weekday() => Assert.Throws<ArgumentException>("weekdays", () => new CommonPlanningPeriod("x", "3", [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday]));
    [Fact] public void A_common_period_refuses_an_undefined_weekday() => Assert.Throws<ArgumentOutOfRangeException>("weekdays", () => new CommonPlanningPeriod("x", "3", [(IsoDayOfWeek)9]));
    [Fact] public void Minutes_cannot_exceed_a_day() => Assert.Throws<ArgumentOutOfRangeException>("minutesPerDay", () => new RotatingReleaseDays("x", [], 1441));
    [Fact] public void A_late_start_needs_a_weekday() => Assert.Throws<ArgumentOutOfRangeException>("weekday", () => new LateStart("x", IsoDayOfWeek.None, 30));
    [Fact] public void Evaluation_refuses_null() => Assert.Throws<ArgumentNullException>("calendar", () => CollaborationTime.Evaluate(new LateStart("x", IsoDayOfWeek.Monday, 30), null!, CollaborationTimeTests.Bells));
    [Fact] public void Team_assignment_refuses_a_missing_model() =>
        Assert.Throws<ArgumentNullException>("teams", () => CollaborationTime.ForTeams(new Dictionary<TeamId, SchedulingModel> { [new TeamId("t")] = null! }, CollaborationTimeTests.Year, CollaborationTimeTests.Bells));

    [Fact] public void A_commitment_needs_an_id() => Assert.Throws<ArgumentException>("id", () => new Commitment(" ", "t", new Dictionary<LeadershipLevel, string>()));
    [Fact] public void A_commitment_refuses_an_undefined_level() => Assert.Throws<ArgumentOutOfRangeException>("roles", () => new Commitment("x", "t", new Dictionary<LeadershipLevel, string> { [(LeadershipLevel)7] = "r" }));
    [Fact] public void An_entry_refuses_a_blank_next_step() => Assert.Throws<ArgumentException>("nextSteps", () => new CommitmentEntry("x", LeadershipLevel.Team, CommitmentStatus.Emerging, nextSteps: [" "]));
    [Fact] public void An_entry_refuses_an_undefined_level() => Assert.Throws<ArgumentOutOfRangeException>("level", () => new CommitmentEntry("x", (LeadershipLevel)7, CommitmentStatus.Emerging));
    [Fact] public void Gaps_refuse_null() => Assert.Throws<ArgumentNullException>("commitments", () => LeadershipCommitments.Gaps(null!, []));

    [Fact] public void A_measure_needs_a_name() => Assert.Throws<ArgumentException>("name", () => new ImprovementMeasure(" ", MeasureType.Outcome));
    [Fact] public void A_measure_type_must_be_defined() => Assert.Throws<ArgumentOutOfRangeException>("type", () => new ImprovementMeasure("m", (MeasureType)9));
    [Fact] public void A_diagram_refuses_two_primary_drivers_with_one_name() =>
        Assert.Throws<ArgumentException>("primaryDrivers", () => new DriverDiagram("aim", [new PrimaryDriver("p", ["s"]), new PrimaryDriver("p", ["t"])], []));
    [Fact] public void A_change_idea_needs_a_driver() => Assert.Throws<ArgumentException>("changeIdeas", () => new DriverDiagram("aim", [new PrimaryDriver("p", ["s"])], [new ChangeIdea("c", [])]));
    [Fact] public void A_pdsa_cycle_needs_a_prediction() => Assert.Throws<ArgumentException>("prediction", () => new PdsaCycle("c", " ", Day));
    [Fact] public void An_effort_refuses_two_measures_with_one_name() =>
        Assert.Throws<ArgumentException>("measures", () => new ImprovementCycle(new TeamId("t"), new DriverDiagram("a", [], []), [new ImprovementMeasure("m", MeasureType.Outcome), new ImprovementMeasure("m", MeasureType.Process)]));

    [Fact] public void A_rating_needs_a_rater() => Assert.Throws<ArgumentException>("rater", () => new RubricRating("c", "s", " ", Day, 1));
    [Fact] public void A_rating_must_be_finite() => Assert.Throws<ArgumentOutOfRangeException>("score", () => new RubricRating("c", "s", "r", Day, double.NaN));
    [Fact] public void A_level_needs_a_descriptor() => Assert.Throws<ArgumentException>("levels", () => new RubricCriterion("c", [new RubricLevel(1, "a"), new RubricLevel(2, " ")]));
    [Fact] public void A_level_score_must_not_repeat() => Assert.Throws<ArgumentException>("levels", () => new RubricCriterion("c", [new RubricLevel(1, "a"), new RubricLevel(1, "b")]));
    [Fact] public void A_rubric_needs_a_criterion() => Assert.Throws<ArgumentException>("criteria", () => new Rubric("r", []));
    [Fact] public void A_rubric_names_the_criterion_it_lacks() => Assert.Throws<ArgumentException>("name", () => CalibrationTests.SelfAssessment.Criterion("equity"));
    [Fact] public void The_noise_multiplier_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>("z", () => RubricCalibration.Changes(CalibrationTests.SelfAssessment, [], Day, Day.PlusDays(1), 0));
    [Fact] public void A_visit_needs_an_observer() =>
        Assert.Throws<ArgumentException>("observer", () => new ClassroomVisit("L1", new TeacherId("t"), new SchoolId("s"), Day, " ", new Dictionary<string, int>()));
    [Fact] public void A_visit_needs_a_school() =>
        Assert.Throws<ArgumentException>("school", () => new ClassroomVisit("L1", new TeacherId("t"), default, Day, "o", new Dictionary<string, int>()));
    [Fact] public void An_instrument_refuses_a_repeated_dimension() => Assert.Throws<ArgumentException>("dimensions", () => new ObservationInstrument("x", ["a", "A"], 0, 3));
    [Fact] public void Prevalence_refuses_an_undefined_grouping() => Assert.Throws<ArgumentOutOfRangeException>("grouping", () => Observations.Prevalence(ObservationInstrument.Tru, [], (VisitGrouping)9));

    [Fact] public void A_site_view_needs_a_scope() => Assert.Throws<ArgumentException>("scope", () => StageOverview.Between(" ", [], Day, Day));
    [Fact] public void A_history_needs_a_diagnosis() => Assert.Throws<ArgumentException>("diagnoses", () => new StageHistory([]));
    [Fact] public void A_self_view_gap_must_be_one_to_six() => Assert.Throws<ArgumentOutOfRangeException>("selfViewGap", () => new StageDiagnosisRules(selfViewGap: 7));
    [Fact] public void The_model_refuses_an_undefined_indicator() => Assert.Throws<ArgumentOutOfRangeException>("indicator", () => StageModel.StageOf((StageIndicator)42));
    [Fact] public void A_finding_needs_points() => Assert.Throws<ArgumentException>("points", () => new RunChartFinding(RunChartSignal.Shift, [], new Reason("x", "y")));
    [Fact] public void A_finding_needs_points_in_order() => Assert.Throws<ArgumentException>("points", () => new RunChartFinding(RunChartSignal.Shift, [2, 1], new Reason("x", "y")));
    [Fact] public void Rules_need_a_defined_method() => Assert.Throws<ArgumentOutOfRangeException>("method", () => new RunChartRules((RunChartMethod)4));
}

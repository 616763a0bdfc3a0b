using MathPlc.Assessments;
using MathPlc.Core;
using static MathPlc.Assessments.Tests.Blueprints.UnitThreeBlueprint;

namespace MathPlc.Assessments.Tests.Blueprints;

public class BlueprintQualityTests
{
    [Fact]
    public void A_well_built_blueprint_meets_every_criterion()
    {
        var evaluation = BlueprintQuality.Evaluate(Good(), [Rp1, Rp3]);
        Assert.True(evaluation.MeetsAll, string.Join("; ", evaluation.Concerns.Select(c => c.Reason)));
        Assert.Equal(10, evaluation.TotalPoints);
        Assert.Equal(28, evaluation.TotalMinutes);
        Assert.Equal(0.6, evaluation.HigherLevelShare, 12); // q3 (2) + q5 (4) of 10 points
        Assert.Equal([ItemFormat.SelectedResponse, ItemFormat.ConstructedResponse, ItemFormat.PerformanceTask], evaluation.Formats.ToArray());
        Assert.Equal(new TargetCoverage(Rp1, true, 3, 4, 0.4), evaluation.Coverage[0]);
    }

    [Fact]
    public void An_essential_target_without_items_is_a_concern()
    {
        var missing = new TargetId("6.RP.2");
        var concern = Assert.Single(BlueprintQuality.Evaluate(Good(), [Rp1, missing, Rp3]).Concerns);
        Assert.Equal("target-not-assessed", concern.Reason.Code);
        Assert.Equal("6.RP.2", concern.Reason.Data["target"]);
    }

    [Fact]
    public void Too_few_items_or_points_on_a_target_are_concerns()
    {
        var evaluation = BlueprintQuality.Evaluate(Good(), [Rp1, Rp3], new BlueprintRules(minimumItemsPerTarget: 3, minimumPointsPerTarget: 5));
        Assert.Equal(["target-too-few-points", "target-too-few-items"], evaluation.Concerns.Select(c => c.Reason.Code).ToArray());
    }

    [Fact]
    public void An_item_on_two_targets_shares_its_points()
    {
        var blueprint = new AssessmentBlueprint("Shared", [Item("q1", 3, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 2, false, Rp1, Rp3)]);
        var coverage = BlueprintQuality.Evaluate(blueprint, [Rp1, Rp3]).Coverage;
        Assert.All(coverage, c => Assert.Equal(1.5, c.Points));
    }

    [Fact]
    public void Unbalanced_demand_is_a_concern()
    {
        var lowOnly = new AssessmentBlueprint("Low", [Item("q1", 4, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 5, false, Rp1)]);
        var evaluation = BlueprintQuality.Evaluate(lowOnly, [Rp1]);
        Assert.Contains(evaluation.Concerns, c => c.Reason.Code == "demand-too-low");
        Assert.Contains(evaluation.Concerns, c => c.Reason.Code == "too-few-formats");
    }

    [Fact]
    public void Running_over_the_class_period_is_a_concern()
    {
        var evaluation = BlueprintQuality.Evaluate(Good(), [Rp1, Rp3], new BlueprintRules(classPeriodMinutes: 30));
        Assert.Equal("over-time", Assert.Single(evaluation.Concerns).Reason.Code); // 28 > 30 × 0.9
    }

    [Fact]
    public void A_constructed_response_item_without_a_rubric_is_a_concern()
    {
        var blueprint = new AssessmentBlueprint("No rubric", [.. Good().Items.Select(i => i.Id.Value == "q5"
            ? Item("q5", 4, CognitiveDemand.DoingMathematics, ItemFormat.PerformanceTask, 15, false, Rp3) : i)]);
        var concern = Assert.Single(BlueprintQuality.Evaluate(blueprint, [Rp1, Rp3]).Concerns);
        Assert.Equal("missing-rubric", concern.Reason.Code);
        Assert.Equal("q5", concern.Reason.Data["items"]);
    }

    [Fact]
    public void Invalid_items_and_blueprints_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("points", () => Item("q1", 0, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 1, false, Rp1));
        Assert.Throws<ArgumentException>("targets", () => Item("q1", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 1, false));
        Assert.Throws<ArgumentException>("targets", () => Item("q1", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 1, false, Rp1, Rp1));
        Assert.Throws<ArgumentOutOfRangeException>("expectedMinutes", () => Item("q1", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, -1, false, Rp1));
        var q1 = Item("q1", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 1, false, Rp1);
        Assert.Throws<ArgumentException>("items", () => new AssessmentBlueprint("Twice", [q1, q1]));
        Assert.Throws<ArgumentException>("items", () => new AssessmentBlueprint("Empty", []));
        Assert.Throws<ArgumentException>("essentialTargets", () => BlueprintQuality.Evaluate(Good(), [Rp1, Rp1]));
        Assert.Throws<ArgumentOutOfRangeException>("maximumHigherLevelShare", () => new BlueprintRules(minimumHigherLevelShare: 0.5, maximumHigherLevelShare: 0.4));
    }
}

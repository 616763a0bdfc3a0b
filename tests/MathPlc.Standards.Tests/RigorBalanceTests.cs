using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Standards.Tests;

public class RigorBalanceTests
{
    private static TaggedTask Task(int n, CognitiveDemand? demand, DokLevel? depth = null, params RigorAspect[] aspects) =>
        new($"Q{n}", new RigorTags(depth, demand, aspects));

    // Ten tasks sorted with Smith and Stein's Task Analysis Guide: 1 memorization, 6 procedures without connections,
    // 2 procedures with connections, 1 doing mathematics → 3 of 10 higher level = 30 %, the team's expectation.
    private static readonly TaggedTask[] Assessment =
    [
        Task(1, CognitiveDemand.Memorization, DokLevel.Recall, RigorAspect.ProceduralSkillAndFluency),
        .. Enumerable.Range(2, 6).Select(n => Task(n, CognitiveDemand.ProceduresWithoutConnections, DokLevel.SkillsAndConcepts, RigorAspect.ProceduralSkillAndFluency)),
        Task(8, CognitiveDemand.ProceduresWithConnections, DokLevel.SkillsAndConcepts, RigorAspect.ConceptualUnderstanding),
        Task(9, CognitiveDemand.ProceduresWithConnections, DokLevel.StrategicThinking, RigorAspect.ConceptualUnderstanding),
        Task(10, CognitiveDemand.DoingMathematics, DokLevel.ExtendedThinking, RigorAspect.Application, RigorAspect.ConceptualUnderstanding),
    ];

    [Fact]
    public void Thirty_percent_higher_level_meets_a_thirty_percent_expectation()
    {
        var balance = RigorBalance.Of(Assessment, new RigorExpectation(0.30));
        Assert.Equal(0.3, balance.HigherLevelShare);
        Assert.Equal([0.1, 0.6, 0.2, 0.1], balance.DemandShares.ToArray());
        Assert.Equal([0.1, 0.7, 0.1, 0.1], balance.DepthShares.ToArray());
        Assert.Empty(balance.AspectsMissing.ToArray());
        Assert.True(balance.MeetsExpectation);
        Assert.Equal("higher-level-share-met", Assert.Single(balance.Reasons).Code);
    }

    [Fact]
    public void A_higher_expectation_is_not_met_and_says_why()
    {
        var balance = RigorBalance.Of(Assessment, new RigorExpectation(0.40));
        Assert.False(balance.MeetsExpectation);
        var reason = Assert.Single(balance.Reasons);
        Assert.Equal("higher-level-share-low", reason.Code);
        Assert.Equal("3", reason.Data["higher"]);
        Assert.Equal("10", reason.Data["tagged"]);
    }

    [Fact]
    public void Untagged_tasks_are_left_out_of_the_shares_and_named()
    {
        var balance = RigorBalance.Of([.. Assessment, Task(11, null)]);
        Assert.Equal(0.3, balance.HigherLevelShare);
        Assert.Equal(1, balance.UntaggedDemand);
        Assert.Contains(balance.Reasons, r => r.Code == "untagged-tasks" && r.Data["tasks"] == "Q11");
    }

    [Fact]
    public void Missing_aspects_are_named_in_teachers_words()
    {
        var balance = RigorBalance.Of([Task(1, CognitiveDemand.Memorization, null, RigorAspect.ProceduralSkillAndFluency)]);
        var reason = Assert.Single(balance.Reasons, r => r.Code == "aspects-missing");
        Assert.Contains("conceptual understanding, application", reason.Message, StringComparison.Ordinal);
        Assert.Equal("ConceptualUnderstanding,Application", reason.Data["missing"]);
    }

    [Fact]
    public void Tasks_without_aspect_tags_leave_the_aspects_unknown_rather_than_missing()
    {
        var untagged = new[] { Task(1, CognitiveDemand.DoingMathematics), Task(2, CognitiveDemand.Memorization) };
        var required = RigorBalance.Of(untagged, new RigorExpectation(0, requireAllAspects: true));
        Assert.Contains(required.Reasons, r => r.Code == "no-aspect-tags");
        Assert.DoesNotContain(required.Reasons, r => r.Code == "aspects-missing");
        Assert.False(required.MeetsExpectation);
        Assert.True(RigorBalance.Of(untagged, new RigorExpectation(0, requireAllAspects: false)).MeetsExpectation);
    }

    [Fact]
    public void A_missing_aspect_fails_when_all_aspects_are_required()
    {
        var procedural = Assessment.Take(7).ToArray(); // only procedural skill and fluency, all lower level
        var balance = RigorBalance.Of(procedural, new RigorExpectation(0, requireAllAspects: true));
        Assert.Equal([RigorAspect.ConceptualUnderstanding, RigorAspect.Application], balance.AspectsMissing.ToArray());
        Assert.False(balance.MeetsExpectation);
        Assert.True(RigorBalance.Of(procedural, new RigorExpectation(0, requireAllAspects: false)).MeetsExpectation);
    }

    [Fact]
    public void No_tasks_or_no_demand_tags_is_unknown_not_zero()
    {
        var none = RigorBalance.Of([]);
        Assert.Null(none.HigherLevelShare);
        Assert.False(none.MeetsExpectation);
        Assert.Equal("no-tasks", Assert.Single(none.Reasons).Code);
        var untagged = RigorBalance.Of([Task(1, null, DokLevel.Recall)]);
        Assert.Null(untagged.HigherLevelShare);
        Assert.Contains(untagged.Reasons, r => r.Code == "no-demand-tags");
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Equal("minimumHigherLevelShare", Assert.Throws<ArgumentOutOfRangeException>(() => new RigorExpectation(1.5)).ParamName);
        Assert.Equal("depth", Assert.Throws<ArgumentOutOfRangeException>(() => new RigorTags((DokLevel)5)).ParamName);
        Assert.Equal("demand", Assert.Throws<ArgumentOutOfRangeException>(() => new RigorTags(demand: (CognitiveDemand)0)).ParamName);
        Assert.Equal("aspects", Assert.Throws<ArgumentOutOfRangeException>(() => new RigorTags(aspects: [(RigorAspect)9])).ParamName);
        Assert.Equal("tasks", Assert.Throws<ArgumentNullException>(() => RigorBalance.Of(null!)).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => new TaggedTask(" ", RigorTags.None)).ParamName);
        Assert.Equal("Statement", Assert.Throws<ArgumentException>(() => new LearningTarget(new TargetId("t"), new TargetId("s"), "", RigorTags.None)).ParamName);
        Assert.Equal("Target", Assert.Throws<ArgumentException>(() => new ScaleDescriptors("simpler", "", "complex")).ParamName);
    }

    [Fact] // A learning target unpacked from 6.RP.A.3 with its Marzano descriptors (paraphrased by the team).
    public void A_learning_target_carries_its_scale_and_rigor()
    {
        var target = new LearningTarget(new TargetId("6.RP.A.3-1"), new TargetId("6.RP.A.3"), "I can use a table of equivalent ratios to solve a problem.",
            new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, [RigorAspect.Application, RigorAspect.ConceptualUnderstanding]),
            new ScaleDescriptors("I can complete a table of equivalent ratios.", "I can solve a problem with a table of equivalent ratios.", "I can compare two strategies and say when a table is the better one."));
        Assert.Equal([RigorAspect.ConceptualUnderstanding, RigorAspect.Application], target.Rigor.Aspects.ToArray());
        Assert.Equal(target, target with { });
    }
}

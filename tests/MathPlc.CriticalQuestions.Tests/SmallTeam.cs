using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>
/// A five-student team small enough to work by hand: two targets, four items, two sections. The expected figures in
/// the tests are worked out in the comments from the team's conversion table (0 % → 1, 50 % → 2, 70 % → 3, 90 % → 4).
/// </summary>
internal static class SmallTeam
{
    public static readonly TargetId T1 = new("t1"), T2 = new("t2");
    public static readonly LocalDate AssessedOn = new(2026, 10, 14), NextCycle = new(2026, 10, 19);

    public static SchoolCalendar Calendar { get; } = new(new LocalDate(2026, 8, 17), new LocalDate(2027, 6, 4));

    public static UnitPlan Unit { get; } = new("Unit 2: Ratios", 20,
    [
        new EssentialTarget(T1, "6.RP.A.1", "Ratio language", new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections),
            new ScaleDescriptors("Vocabulary", "Describe ratios", "Compare ratio relationships")),
        new EssentialTarget(T2, "6.RP.A.2", "Unit rates", new RigorTags(DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections)),
    ]);

    public static AssessmentBlueprint Blueprint { get; } = new("Unit 2 common assessment",
    [
        new BlueprintItem(new ItemId("i1"), 2, [T1], DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 3),
        new BlueprintItem(new ItemId("i2"), 2, [T1], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 5, hasScoringRubric: true),
        new BlueprintItem(new ItemId("i3"), 4, [T2], DokLevel.StrategicThinking, CognitiveDemand.DoingMathematics, ItemFormat.ConstructedResponse, 10, hasScoringRubric: true),
        new BlueprintItem(new ItemId("i4"), 2, [T2], DokLevel.Recall, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 3),
    ]);

    public static Roster TeamRoster { get; } = new(
    [
        Student("s1", "A", "ms-a", "no"), Student("s2", "A", "ms-a", "yes"),
        Student("s3", "B", "mr-b", "yes"), Student("s4", "B", "mr-b", "no"), Student("s5", "B", "mr-b", "no"),
    ]);

    // s1: t1 4/4 = 100 % → 4, t2 6/6 → 4: extension.
    // s2: t1 3/4 = 75 % → 3, t2 3/6 = 50 % → 2: Tier 2 on t2.
    // s3: t1 1/4 = 25 % → 1, t2 1/6 = 16.7 % → 1: Tier 2 (two unmet, Tier 3 needs three), first unmet t1.
    // s4: t1 3/4 = 75 % → 3, t2 5/6 = 83.3 % → 3: extension.
    // s5: absent, no scores: no evidence on either target, not assessed (never "core").
    public static ImmutableArray<ItemScore> Scores { get; } =
    [
        .. Row("s1", 2, 2, 4, 2), .. Row("s2", 2, 1, 2, 1), .. Row("s3", 0, 1, 1, 0), .. Row("s4", 2, 1, 3, 2),
    ];

    public static UnitCycleInput Input() => new("Grade 6 team", TeamRoster, Unit, Blueprint, Scores, AssessedOn, Calendar, NextCycle);

    /// <summary>The team with a whole-class line of 60 %, so t1 (1 of 4 not yet) and t2 (2 of 4) are grouped, not retaught whole.</summary>
    public static UnitCycleInput WithSmallGroups() => Input() with
    {
        Response = new ResponseRules(wholeClassAtLeast: 0.6),
        TeamData = new TeamDataOptions(minimumGroupSize: 2),
        Discussion = new DiscussionRules(mostMissedShare: 0.4),
    };

    private static RosterStudent Student(string id, string section, string teacher, string ell) =>
        new(new StudentId(id), new SectionId(section), new TeacherId(teacher), [new("ell", ell)]);

    private static IEnumerable<ItemScore> Row(string student, params double[] scores) =>
        scores.Select((s, i) => new ItemScore(new StudentId(student), new ItemId($"i{i + 1}"), s));
}

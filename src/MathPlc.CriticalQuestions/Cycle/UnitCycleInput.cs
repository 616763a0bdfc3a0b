using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Everything the unit cycle needs for one team and one unit: the team's roster, the unit plan with its essential
/// targets, the common assessment's blueprint and item scores, how scores become proficiency (the conversion table,
/// the grading method and policy, the cut), how the team responds (its adults and weekly blocks, its response rules,
/// universal screening and documented Tier 2 non-response), the school calendar with the start of the next cycle, and
/// how the team reads its data (the minimum group size).
/// </summary>
/// <remarks>
/// <para>
/// The required parts are constructor parameters; every rule has a documented default and is set with an
/// <c>init</c> property (<c>input with { TierRules = … }</c>). The rules' defaults: conversion table 0 % → 1,
/// 50 % → 2, 70 % → 3, 90 % → 4 on Marzano's 0–4 scale (the example of <see cref="TargetScoringRule"/>); the mean
/// of the evidence, summative only (<see cref="GradingPolicy.Default"/>); the cut and the screening bands of
/// <see cref="TierRules.Default"/> (cut 3; Star Math's 40 / 25 / 10), with the unit's targets as the essential targets
/// (its Tier 3 rules from one assessment do not apply: <see cref="ResponsePlanning"/>); <see cref="ResponseRules.Default"/>;
/// the team's teachers as the adults with <see cref="ResponseCapacity.DefaultBlocks"/>; no screening and no
/// non-response; a minimum group size of 10 (<see cref="TeamDataOptions"/>).
/// </para>
/// <para>
/// What the constructor checks is what each part guarantees alone; what depends on several parts (a unit target the
/// assessment does not cover, a score for a student not on the roster) is checked by <see cref="UnitCycle.Run"/>.
/// Two inputs with the same content are equal.
/// </para>
/// </remarks>
public sealed record UnitCycleInput
{
    private TargetScoringRule _scoring = DefaultScoring;
    private ProficiencyOptions _grading = DefaultGrading;
    private TierRules _tierRules = TierRules.Default;
    private ResponseRules _response = ResponseRules.Default;
    private ResponseCapacity? _capacity;
    private ValueArray<ScreeningScore> _screening = [];
    private ValueArray<NonResponse> _nonResponse = [];
    private TeamDataOptions _teamData = new();
    private BlueprintRules _blueprintRules = new();
    private ItemAnalysisOptions _itemAnalysis = new();
    private RigorExpectation _rigor = new(requireAllAspects: false);
    private DiscussionRules _discussion = DiscussionRules.Default;
    private ValueArray<Evidence> _additionalEvidence = [];
    private ValueArray<HighLeverageTeamAction> _reportedActions = [];

    /// <summary>Creates the input.</summary>
    /// <param name="team">The team's name, e.g. "Grade 6 mathematics".</param>
    /// <param name="roster">The team's students, sections and teachers, with group attributes.</param>
    /// <param name="unit">The unit plan; its targets are the essential targets.</param>
    /// <param name="blueprint">The common assessment's blueprint.</param>
    /// <param name="itemScores">The students' scores on its items (none is allowed: then only <see cref="AdditionalEvidence"/> is graded and there is no item analysis).</param>
    /// <param name="assessedOn">The date of the common assessment.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="nextCycleStart">The first day of the next intervention cycle (inside the calendar).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="team"/> is blank, the unit has no targets, a date is not an ISO date, or the next cycle starts before the assessment.</exception>
    public UnitCycleInput(string team, Roster roster, UnitPlan unit, AssessmentBlueprint blueprint, IEnumerable<ItemScore> itemScores,
        LocalDate assessedOn, SchoolCalendar calendar, LocalDate nextCycleStart)
    {
        Guard.Against.NullOrWhiteSpace(team);
        Guard.Against.Null(roster);
        Guard.Against.Null(unit);
        Guard.Against.Null(blueprint);
        Guard.Against.Null(itemScores);
        Guard.Against.Null(calendar);
        Guard.Against.Unmet(!unit.Targets.IsEmpty, nameof(unit), $"The unit \"{unit.Name}\" has no essential targets, so there is nothing to answer the questions about.");
        Guard.Against.NotIsoCalendar(assessedOn, nameof(assessedOn));
        Guard.Against.NotIsoCalendar(nextCycleStart, nameof(nextCycleStart));
        Guard.Against.Unmet(nextCycleStart >= assessedOn, nameof(nextCycleStart),
            $"The next intervention cycle starts on {nextCycleStart:uuuu-MM-dd}, before the assessment on {assessedOn:uuuu-MM-dd}.");
        Team = team.Trim();
        Roster = roster;
        Unit = unit;
        Blueprint = blueprint;
        ItemScores = itemScores is ValueArray<ItemScore> scores ? scores : [.. itemScores];   // an immutable array is kept, not copied (a district's million scores, decision 0230)
        AssessedOn = assessedOn;
        Calendar = calendar;
        NextCycleStart = nextCycleStart;
    }

    /// <summary>The default conversion table: 0 % → 1, 50 % → 2, 70 % → 3, 90 % → 4 on Marzano's 0–4 scale, an unanswered item counting zero.</summary>
    public static TargetScoringRule DefaultScoring { get; } =
        new(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(50, 2), new PercentCut(70, 3), new PercentCut(90, 4)]);

    /// <summary>The default grading: the mean of the summative evidence on Marzano's 0–4 scale.</summary>
    public static ProficiencyOptions DefaultGrading { get; } = new(new Mean(), ProficiencyScale.Marzano);

    /// <summary>The team's name.</summary>
    public string Team { get; }

    /// <summary>The team's roster.</summary>
    public Roster Roster { get; }

    /// <summary>The unit plan.</summary>
    public UnitPlan Unit { get; }

    /// <summary>The common assessment's blueprint.</summary>
    public AssessmentBlueprint Blueprint { get; }

    /// <summary>The item scores, in the order given.</summary>
    public ValueArray<ItemScore> ItemScores { get; }

    /// <summary>The date of the common assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The school calendar.</summary>
    public SchoolCalendar Calendar { get; }

    /// <summary>The first day of the next intervention cycle.</summary>
    public LocalDate NextCycleStart { get; }

    /// <summary>How a student's item scores on a target become a score on the scale; <see cref="DefaultScoring"/> by default. Its scale must be the grading scale.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TargetScoringRule Scoring { get => _scoring; init => _scoring = value ?? throw new ArgumentNullException(nameof(Scoring)); }

    /// <summary>The grading method, scale and policy; <see cref="DefaultGrading"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ProficiencyOptions Grading { get => _grading; init => _grading = value ?? throw new ArgumentNullException(nameof(Grading)); }

    /// <summary>The tiering rules; when they list no essential targets, the unit's targets are used. <see cref="TierRules.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TierRules TierRules { get => _tierRules; init => _tierRules = value ?? throw new ArgumentNullException(nameof(TierRules)); }

    /// <summary>How the team responds: the whole-class line, the reassessment, referrals, group sizes; <see cref="ResponseRules.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ResponseRules Response { get => _response; init => _response = value ?? throw new ArgumentNullException(nameof(Response)); }

    /// <summary>The adults who lead groups and the weekly blocks; null (the default) for the roster's teachers and <see cref="ResponseCapacity.DefaultBlocks"/>.</summary>
    public ResponseCapacity? Capacity { get => _capacity; init => _capacity = value; }

    /// <summary>The capacity the cycle uses: <see cref="Capacity"/>, or the roster's teachers with the default blocks.</summary>
    public ResponseCapacity EffectiveCapacity => _capacity ?? new ResponseCapacity(Roster.Teachers, ResponseCapacity.DefaultBlocks);

    /// <summary>Universal-screening percentiles of roster students (one route into Tier 3); none by default.</summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public ValueArray<ScreeningScore> Screening
    {
        get => _screening;
        init => _screening = Guard.Against.NullOrNullElements(value, nameof(Screening));
    }

    /// <summary>Documented Tier 2 non-response of roster students (the other route into Tier 3); none by default.</summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public ValueArray<NonResponse> NonResponse
    {
        get => _nonResponse;
        init => _nonResponse = Guard.Against.NullOrNullElements(value, nameof(NonResponse));
    }

    /// <summary>How the team reads its data: the minimum group size (default 10) and the confidence level (default 95 %).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TeamDataOptions TeamData { get => _teamData; init => _teamData = value ?? throw new ArgumentNullException(nameof(TeamData)); }

    /// <summary>The thresholds of the blueprint's quality evaluation; the defaults of <see cref="Assessments.BlueprintRules"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public BlueprintRules BlueprintRules { get => _blueprintRules; init => _blueprintRules = value ?? throw new ArgumentNullException(nameof(BlueprintRules)); }

    /// <summary>The settings of the item analysis; the defaults of <see cref="ItemAnalysisOptions"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ItemAnalysisOptions ItemAnalysis { get => _itemAnalysis; init => _itemAnalysis = value ?? throw new ArgumentNullException(nameof(ItemAnalysis)); }

    /// <summary>What the team expects of the rigor of its targets; a 30 % higher-level share, aspects not required, by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RigorExpectation Rigor { get => _rigor; init => _rigor = value ?? throw new ArgumentNullException(nameof(Rigor)); }

    /// <summary>When the data raises a discussion prompt; <see cref="DiscussionRules.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DiscussionRules Discussion { get => _discussion; init => _discussion = value ?? throw new ArgumentNullException(nameof(Discussion)); }

    /// <summary>
    /// Other evidence on the unit's targets (earlier checks, formative tasks), graded with the assessment's evidence
    /// under the grading policy; none by default. Evidence on other targets is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public ValueArray<Evidence> AdditionalEvidence
    {
        get => _additionalEvidence;
        init => _additionalEvidence = Guard.Against.NullOrNullElements(value, nameof(AdditionalEvidence));
    }

    /// <summary>High-leverage team actions the team reports done that the unit's data cannot show (homework, lesson design); none by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not one of the ten actions.</exception>
    public ValueArray<HighLeverageTeamAction> ReportedActions
    {
        get => _reportedActions;
        init
        {
            var list = value;
            foreach (var action in list)
                if (!Enum.IsDefined(action)) throw new ArgumentOutOfRangeException(nameof(ReportedActions), action, $"{(int)action} is not one of the ten high-leverage team actions.");
            _reportedActions = [.. list.Distinct().Order()];
        }
    }
}

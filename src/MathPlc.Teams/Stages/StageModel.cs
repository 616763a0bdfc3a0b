namespace MathPlc.Teams;

/// <summary>
/// What marks each of the seven stages and what moves a team on, after Graham &amp; Ferriter (2008), "One Step at a
/// Time", and their "What Leaders Can Do To Help Collaborative Teams" (paraphrased, not quoted).
/// </summary>
/// <remarks>
/// The stages are a developmental continuum, not a ladder of gates (decision record 0045): <see cref="TeamStages"/> places a
/// team by how many stages' worth of indicators its work shows, so one missing indicator moves it by at most one stage, and
/// names each gap at the stage where it matters.
/// </remarks>
public static class StageModel
{
    private static readonly ImmutableArray<StageIndicator>[] Indicators =
    [
        [],
        [StageIndicator.NormsAndAgendas, StageIndicator.PracticesShared],
        [StageIndicator.SharedPlanning],
        [StageIndicator.CommonAssessmentsGiven],
        [StageIndicator.ResultsAnalyzedByTarget],
        [StageIndicator.InterventionsDifferentiatedByTarget],
        [StageIndicator.InstructionComparedWithResults],
    ];

    private static readonly string[] TeamActions =
    [
        "Agree on norms and a standing agenda; share one lesson or task each member uses.",
        "Choose the unit's essential standards together and plan it on a common pacing.",
        "Write one common assessment for the unit and agree what proficiency looks like.",
        "Give the common assessment and analyse the results by learning target and student.",
        "Group students by learning target for re-teaching and extension, and reassess.",
        "Compare each member's instruction against the results; observe one another and adopt what worked.",
        "Keep the cycle going: set the next SMART goal from this unit's results and test a change in a PDSA cycle.",
    ];

    private static readonly string[] LeaderActions =
    [
        "Give clear expectations and a specific task (essential outcomes, a common assessment); provide agendas, norms and team roles.",
        "Require collaborative decisions on curriculum, assessment and instruction; set collective goals and agreed team products.",
        "Bring achievement data into planning and refocus the talk from teaching to learning; offer consensus tools.",
        "Support the difficult conversations about proficiency; model consensus strategies.",
        "Support the analysis of data and build a safe, trusting climate for looking at results.",
        "Protect time and staff for differentiated follow-up; hold the team collectively responsible for every student.",
        "Ask provocative questions that build ownership and give time to observe and learn together.",
    ];

    /// <summary>The indicators a team must show to reach <paramref name="stage"/> from the stage before (none for stage 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage.</exception>
    public static ImmutableArray<StageIndicator> IndicatorsOf(TeamStage stage) => Indicators[Index(stage)];

    /// <summary>Every indicator a team must show to be at <paramref name="stage"/> (those of stages 2 to it).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage.</exception>
    public static ImmutableArray<StageIndicator> IndicatorsThrough(TeamStage stage) => [.. Indicators.Take(Index(stage) + 1).SelectMany(i => i)];

    /// <summary>The stage an indicator marks.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not an indicator.</exception>
    public static TeamStage StageOf(StageIndicator indicator)
    {
        for (int i = 0; i < Indicators.Length; i++)
            if (Indicators[i].Contains(indicator)) return (TeamStage)(i + 1);
        throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not a stage indicator.");
    }

    /// <summary>What a team does to show <paramref name="indicator"/>: the team action that leads into the indicator's stage.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not an indicator.</exception>
    public static string ActionFor(StageIndicator indicator) => TeamActions[Index(StageOf(indicator)) - 1];

    /// <summary>Where a stage sits on the cooperation–coordination–collaboration continuum (decision record 0045).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage.</exception>
    public static CollaborationLevel LevelOf(TeamStage stage) => Index(stage) switch
    {
        <= 1 => CollaborationLevel.Cooperation,
        2 => CollaborationLevel.Coordination,
        _ => CollaborationLevel.Collaboration,
    };

    /// <summary>What a team at <paramref name="stage"/> can do next to move on.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage.</exception>
    public static string NextTeamAction(TeamStage stage) => TeamActions[Index(stage)];

    /// <summary>What leaders can do for a team at <paramref name="stage"/> (Graham &amp; Ferriter's leader moves, paraphrased).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a stage.</exception>
    public static string NextLeaderAction(TeamStage stage) => LeaderActions[Index(stage)];

    /// <summary>An indicator in teachers' words, e.g. <c>norms and agendas</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not an indicator.</exception>
    public static string Describe(StageIndicator indicator) => indicator switch
    {
        StageIndicator.NormsAndAgendas => "norms and agendas",
        StageIndicator.PracticesShared => "practices shared",
        StageIndicator.SharedPlanning => "shared planning",
        StageIndicator.CommonAssessmentsGiven => "common assessments given",
        StageIndicator.ResultsAnalyzedByTarget => "results analyzed by target",
        StageIndicator.InterventionsDifferentiatedByTarget => "interventions differentiated by target",
        StageIndicator.InstructionComparedWithResults => "instruction compared with results",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not a stage indicator."),
    };

    private static int Index(TeamStage stage)
    {
        if (stage is < TeamStage.FillingTheTime or > TeamStage.ReflectingOnInstruction)
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "A stage runs from 1 (filling the time) to 7 (reflecting on instruction).");
        return (int)stage - 1;
    }
}

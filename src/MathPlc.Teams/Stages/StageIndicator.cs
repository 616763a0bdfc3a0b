namespace MathPlc.Teams;

/// <summary>
/// Observable evidence of a team's work, each the mark of one of the seven stages (Graham &amp; Ferriter 2008): what a
/// leader can see in the team's agendas, minutes and products, not how members feel about it.
/// </summary>
public enum StageIndicator
{
    /// <summary>The team has written norms and works from agendas (the leader moves that end stage 1).</summary>
    NormsAndAgendas,

    /// <summary>Members share their classroom practices and materials with one another (stage 2).</summary>
    PracticesShared,

    /// <summary>The team plans units together on a common pacing, dividing the work of lessons (stage 3).</summary>
    SharedPlanning,

    /// <summary>The team has written and given a common assessment with an agreed picture of proficiency (stage 4).</summary>
    CommonAssessmentsGiven,

    /// <summary>The team has analysed the common assessment's results by learning target and student (stage 5).</summary>
    ResultsAnalyzedByTarget,

    /// <summary>The team has grouped students for intervention and extension by learning target (stage 6).</summary>
    InterventionsDifferentiatedByTarget,

    /// <summary>Members have compared their instruction against the results and changed practice in consequence (stage 7).</summary>
    InstructionComparedWithResults,
}

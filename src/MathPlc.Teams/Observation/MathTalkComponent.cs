namespace MathPlc.Teams;

/// <summary>
/// The four components of a math-talk learning community, each observed at levels 0–3 (Hufferd-Ackles, Fuson &amp;
/// Sherin 2004, "Describing levels and components of a math-talk learning community", <i>JRME</i> 35(2), 81–116).
/// </summary>
public enum MathTalkComponent
{
    /// <summary>Who asks the questions and what kind.</summary>
    Questioning,

    /// <summary>Who explains mathematical thinking, and how fully.</summary>
    ExplainingMathematicalThinking,

    /// <summary>Whose ideas the mathematics is built on.</summary>
    SourceOfMathematicalIdeas,

    /// <summary>Who is responsible for learning and evaluating ideas.</summary>
    ResponsibilityForLearning,
}

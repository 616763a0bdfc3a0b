namespace MathPlc.CriticalQuestions;

/// <summary>What in the data a discussion prompt points the team to, in the order the meeting agenda takes them.</summary>
public enum PromptKind
{
    /// <summary>A target most students have not yet learned, or retaught to every class: a question about first (Tier 1) instruction.</summary>
    TargetMostMissed,

    /// <summary>Tier 2 groups that do not fit the team's adults and blocks: add capacity, or reteach in class.</summary>
    DoesNotFit,

    /// <summary>A section well above the team's other sections on a target: whose students learned this best, and how.</summary>
    SectionWellAbove,

    /// <summary>A student group clearly below the rest of the team on a target (the interval for the gap lies below 0).</summary>
    GroupGap,

    /// <summary>An item on which students who did better overall did worse: check its key and wording.</summary>
    NegativeDiscrimination,

    /// <summary>Students referred to the intervention team: who brings their screening and diagnostic data.</summary>
    Referrals,
}

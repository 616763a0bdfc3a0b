namespace MathPlc.CriticalQuestions;

/// <summary>When the unit's data raises a discussion prompt: the thresholds, as data.</summary>
/// <remarks>
/// Teams read common-assessment results by target and by teacher to decide what to reteach and whose practice to
/// learn from (DuFour et al., <i>Learning by Doing</i>; Kanold et al., <i>Mathematics Assessment and Intervention in a
/// PLC at Work</i>, team data analysis). The sources give no numbers; the defaults are MathPlc's starting points:
/// a target is "most missed" when more than half the students with a score are below the cut, and a section is
/// "well above" when its rate is at least 20 percentage points above the other sections' students together.
/// Groups below the team's minimum group size never raise a prompt.
/// </remarks>
public sealed record DiscussionRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="mostMissedShare">A target is most missed when the share of scored students below the cut is above this (default 0.5).</param>
    /// <param name="sectionAboveBy">A section is well above when its rate exceeds the other sections' by at least this (default 0.20).</param>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside [0, 1].</exception>
    public DiscussionRules(double mostMissedShare = 0.5, double sectionAboveBy = 0.20)
    {
        Guard.Against.OutsideRange(mostMissedShare, 0, 1, nameof(mostMissedShare));
        Guard.Against.OutsideRange(sectionAboveBy, 0, 1, nameof(sectionAboveBy));
        MostMissedShare = mostMissedShare;
        SectionAboveBy = sectionAboveBy;
    }

    /// <summary>The defaults.</summary>
    public static DiscussionRules Default { get; } = new();

    /// <summary>Share of scored students below the cut above which a target is most missed.</summary>
    public double MostMissedShare { get; }

    /// <summary>Least difference in rate by which a section is well above the others.</summary>
    public double SectionAboveBy { get; }
}

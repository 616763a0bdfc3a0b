namespace MathPlc.Interventions;

/// <summary>
/// How a team responds to one student on one essential target after a common assessment (critical questions 3 and 4,
/// RTI at Work): the values of <c>plan.csv</c>'s <c>response</c> column.
/// </summary>
/// <remarks>
/// Buffum, Mattos and Malone, <i>Taking Action</i> (2018): Tier 1 is core instruction on the essential grade-level
/// standards for every student, Tier 2 targeted help by essential standard, Tier 3 intensive help on foundational
/// skills, decided by the intervention team on screening and progress-monitoring evidence. See
/// <see cref="ResponsePlanning"/> for when each applies.
/// </remarks>
public enum ResponseKind
{
    /// <summary>Tier 1: the target is retaught to the whole class in core instruction (<c>whole-class</c>).</summary>
    WholeClass,

    /// <summary>Tier 2: a short reteach-and-reassess group on this target in the team's intervention blocks (<c>tier2</c>).</summary>
    Tier2,

    /// <summary>Tier 3: intensive help on foundational skills, only from universal screening or documented non-response (<c>tier3</c>).</summary>
    Tier3,

    /// <summary>The team asks the intervention team to look at screening and diagnostic data (<c>referral</c>).</summary>
    Referral,

    /// <summary>Question 4: a proficient student extends on this target at its 4.0 level (<c>extension</c>).</summary>
    Extension,

    /// <summary>No response this cycle, with the reason: the student was not assessed on the target (<c>none</c>).</summary>
    None,
}

/// <summary>Whether a student has shown proficiency on one target: the values of <c>plan.csv</c>'s <c>status</c> column.</summary>
public enum TargetStatus
{
    /// <summary>At or above the team's cut (<c>proficient</c>).</summary>
    Proficient,

    /// <summary>Below the cut (<c>not-yet</c>).</summary>
    NotYet,

    /// <summary>No score: absent, or the target's items not answered (<c>no-score</c>); never counted as proficient or not.</summary>
    NoScore,
}

/// <summary>The stable names of responses and statuses, as <c>plan.csv</c> writes them.</summary>
public static class ResponseText
{
    /// <summary><c>whole-class</c>, <c>tier2</c>, <c>tier3</c>, <c>referral</c>, <c>extension</c> or <c>none</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Name(this ResponseKind kind) => kind switch
    {
        ResponseKind.WholeClass => "whole-class",
        ResponseKind.Tier2 => "tier2",
        ResponseKind.Tier3 => "tier3",
        ResponseKind.Referral => "referral",
        ResponseKind.Extension => "extension",
        ResponseKind.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a response."),
    };

    /// <summary><c>proficient</c>, <c>not-yet</c> or <c>no-score</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string Name(this TargetStatus status) => status switch
    {
        TargetStatus.Proficient => "proficient",
        TargetStatus.NotYet => "not-yet",
        TargetStatus.NoScore => "no-score",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"{(int)status} is not a status."),
    };
}

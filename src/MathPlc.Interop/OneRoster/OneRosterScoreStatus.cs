namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Where a student's result on a line item stands, as OneRoster's <c>scoreStatus</c> says it (the same five values in
/// OneRoster 1.1 and 1.2: <c>exempt</c>, <c>fully graded</c>, <c>not submitted</c>, <c>partially graded</c>,
/// <c>submitted</c>).
/// </summary>
/// <remarks>Source: 1EdTech OneRoster 1.2 gradebook model, <c>ScoreStatusEnum</c>; see <c>reference/interop.md</c> §2.3.</remarks>
public enum OneRosterScoreStatus
{
    /// <summary><c>exempt</c>: the student does not take this assessment.</summary>
    Exempt,

    /// <summary><c>fully graded</c>: the score is final.</summary>
    FullyGraded,

    /// <summary><c>not submitted</c>: nothing handed in yet.</summary>
    NotSubmitted,

    /// <summary><c>partially graded</c>: some parts are scored.</summary>
    PartiallyGraded,

    /// <summary><c>submitted</c>: handed in, not scored yet.</summary>
    Submitted,
}

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// The four yes/no columns a OneRoster 1.2 result carries beside its <c>scoreStatus</c>: <c>inProgress</c>,
/// <c>incomplete</c>, <c>late</c> and <c>missing</c> (results.csv; empty means false).
/// </summary>
/// <remarks>
/// <para>
/// Source: 1EdTech OneRoster 1.2 gradebook model (Result: <c>inProgress</c>, <c>incomplete</c>, <c>late</c>,
/// <c>missing</c>, each a boolean that "indicates whether" the work is so; <c>reference/interop.md</c> §2.3–2.4).
/// </para>
/// <para>
/// How MathPlc reads them (<see cref="OneRosterEvidence"/>, the unit cycle): a <c>missing</c>, <c>incomplete</c> or
/// <c>inProgress</c> result is no evidence of what the student knows — whatever its score, often a 0 a gradebook
/// fills in — so it gives none, never a zero. <c>late</c> says when the work came, not what it shows: the score
/// counts as it is (standards-based grading keeps behaviour such as lateness out of the achievement mark; O'Connor,
/// <i>A Repair Kit for Grading</i>, fix 2).
/// </para>
/// </remarks>
[Flags]
public enum OneRosterResultFlags
{
    /// <summary>None of the four.</summary>
    None = 0,

    /// <summary><c>inProgress</c>: the student is still working.</summary>
    InProgress = 1,

    /// <summary><c>incomplete</c>: the work is not complete.</summary>
    Incomplete = 2,

    /// <summary><c>late</c>: handed in after the due date.</summary>
    Late = 4,

    /// <summary><c>missing</c>: not handed in.</summary>
    Missing = 8,
}

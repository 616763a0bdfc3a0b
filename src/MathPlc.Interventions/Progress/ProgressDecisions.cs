namespace MathPlc.Interventions;

/// <summary>
/// Every student's progress report from <see cref="ProgressMonitoring.DecideAll"/>, kept in columns (issue 18; decision
/// 0155): the numbers of each report, and its reasons as shared instances or, for the three reasons that state the
/// student's own numbers (<c>trend-rule</c>, <c>trend-misses-goal</c>, <c>median-of-three-rule</c>), as those numbers,
/// so a writer composes those sentences once, straight into its output, and a district's run makes no
/// <see cref="Reason"/> per student.
/// </summary>
/// <remarks>
/// <see cref="Report"/> gives student <c>s</c>'s report as
/// <see cref="ProgressMonitoring.Decide(IEnumerable{Probe}, ProgressGoal, ProgressRules?, SchoolCalendar?)"/> gives it, equal
/// in every number and reason (tested); <see cref="ReasonCode"/> and <see cref="ReasonMessage"/> are that report's
/// reasons' code and message.
/// </remarks>
public sealed class ProgressDecisions
{
    private readonly ProgressReport[] _withoutReasons;
    private readonly int[] _reasonStarts;
    private readonly ProgressReasons.Entry[] _reasons;
    private readonly double _tolerance;

    internal ProgressDecisions(ProgressReport[] withoutReasons, int[] reasonStarts, ProgressReasons.Entry[] reasons, double tolerance)
    {
        _withoutReasons = withoutReasons;
        _reasonStarts = reasonStarts;
        _reasons = reasons;
        _tolerance = tolerance;
    }

    /// <summary>How many students there are.</summary>
    public int Count => _withoutReasons.Length;

    /// <summary>Student <paramref name="student"/>'s report with its reasons, as the object form gives it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="student"/> is not a student's number.</exception>
    public ProgressReport Report(int student)
    {
        var bare = WithoutReasons(student);
        var reasons = new Reason[ReasonCount(student)];
        for (int k = 0; k < reasons.Length; k++) reasons[k] = _reasons[_reasonStarts[student] + k].ToReason(_tolerance);
        return bare with { Reasons = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(reasons) };
    }

    /// <summary>Student <paramref name="student"/>'s report without its reasons (<see cref="ProgressReport.Reasons"/> empty): the numbers, decision and rule, for a writer that takes the reasons one by one.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="student"/> is not a student's number.</exception>
    public ProgressReport WithoutReasons(int student)
    {
        Guard.Against.OutsideRange(student, 0, Count - 1);
        return _withoutReasons[student];
    }

    /// <summary>How many reasons student <paramref name="student"/>'s report gives.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="student"/> is not a student's number.</exception>
    public int ReasonCount(int student)
    {
        Guard.Against.OutsideRange(student, 0, Count - 1);
        return _reasonStarts[student + 1] - _reasonStarts[student];
    }

    /// <summary>
    /// The reason at <paramref name="index"/> of student <paramref name="student"/>'s report when it is one that students
    /// share (the same instance for every student with the same facts, so a writer may encode it once), or null when it states
    /// the student's own numbers (then read <see cref="ReasonCode"/> and <see cref="ReasonMessage"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The student or the index is out of range.</exception>
    public Reason? SharedReason(int student, int index) => Entry(student, index).Shared;

    /// <summary>The code of the reason at <paramref name="index"/> of student <paramref name="student"/>'s report.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The student or the index is out of range.</exception>
    public string ReasonCode(int student, int index) => Entry(student, index).Code;

    /// <summary>The message of the reason at <paramref name="index"/> of student <paramref name="student"/>'s report, composed from its numbers when it is the student's own.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The student or the index is out of range.</exception>
    public string ReasonMessage(int student, int index) => Entry(student, index).Message;

    private ref readonly ProgressReasons.Entry Entry(int student, int index)
    {
        Guard.Against.OutsideRange(index, 0, ReasonCount(student) - 1);
        return ref _reasons[_reasonStarts[student] + index];
    }
}

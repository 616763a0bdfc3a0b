namespace MathPlc.Interventions;

/// <summary>
/// Proficiency scores in columns, for <see cref="Tiering.Decide(TierScoreTable, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/>
/// on district files (issue 18): each student and target once, and per row only their numbers and the score — no
/// object per row. A reader that interns identifiers (MathPlc.Interop's <c>ColumnarProficiencyCsv</c>) fills it.
/// </summary>
/// <remarks>
/// Row <c>i</c> is student <c>Students[StudentOf[i]]</c>'s score <c>Scores[i]</c> on target
/// <c>Targets[TargetOf[i]]</c>; NaN stands for no score (insufficient evidence), as null does in <see cref="TargetScore"/>.
/// </remarks>
public sealed class TierScoreTable
{
    /// <summary>Creates a table; the arrays are kept, not copied, so the caller must not change them afterwards.</summary>
    /// <param name="students">The students the rows refer to by number.</param>
    /// <param name="targets">The targets the rows refer to by number.</param>
    /// <param name="studentOf">Each row's student number.</param>
    /// <param name="targetOf">Each row's target number.</param>
    /// <param name="scores">Each row's score: finite, or NaN for none.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The row arrays differ in length, a student or target is empty (default), or a score is infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row's student or target number is outside its list.</exception>
    public TierScoreTable(StudentId[] students, TargetId[] targets, int[] studentOf, int[] targetOf, double[] scores)
        : this(students, targets, studentOf, targetOf, scores, RowCount(studentOf, targetOf, scores))
    {
    }

    /// <summary>
    /// Creates a table of the first <paramref name="count"/> rows of the row arrays, which may be longer (a reader that
    /// sized its columns from the file's length hands them over without a trimming copy; issue 18, decision 0235). The
    /// arrays are kept, not copied, so the caller must not change them afterwards.
    /// </summary>
    /// <param name="students">The students the rows refer to by number.</param>
    /// <param name="targets">The targets the rows refer to by number.</param>
    /// <param name="studentOf">Each row's student number; at least <paramref name="count"/> long.</param>
    /// <param name="targetOf">Each row's target number; at least <paramref name="count"/> long.</param>
    /// <param name="scores">Each row's score: finite, or NaN for none; at least <paramref name="count"/> long.</param>
    /// <param name="count">How many rows there are.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">A row array is shorter than <paramref name="count"/>, a student or target is empty (default), or a score is infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or a row's student or target number is outside its list.</exception>
    public TierScoreTable(StudentId[] students, TargetId[] targets, int[] studentOf, int[] targetOf, double[] scores, int count)
    {
        Guard.Against.Null(students);
        Guard.Against.Null(targets);
        Guard.Against.Null(studentOf);
        Guard.Against.Null(targetOf);
        Guard.Against.Null(scores);
        Guard.Against.Below(count, 0);
        Guard.Against.Unmet(studentOf.Length >= count && targetOf.Length >= count && scores.Length >= count, nameof(scores),
            $"Every row needs a student, a target and a score: {studentOf.Length} students, {targetOf.Length} targets, {scores.Length} scores for {count} rows.");
        Guard.Against.Unmet(Array.TrueForAll(students, s => s.Value is not null), nameof(students), "A student is empty (a default identifier).");
        Guard.Against.Unmet(Array.TrueForAll(targets, t => t.Value is not null), nameof(targets), "A target is empty (a default identifier).");
        // Issue 18 (decision 0255): every row is checked with two unsigned comparisons and a test of the score's bits;
        // only a row that fails goes through the guards, which throw with their messages.
        uint studentCount = (uint)students.Length, targetCount = (uint)targets.Length;
        for (int i = 0; i < count; i++)
        {
            if ((uint)studentOf[i] < studentCount && (uint)targetOf[i] < targetCount && !double.IsInfinity(scores[i])) continue;
            Guard.Against.OutsideRange(studentOf[i], 0, students.Length - 1, nameof(studentOf));
            Guard.Against.OutsideRange(targetOf[i], 0, targets.Length - 1, nameof(targetOf));
            Guard.Against.Unmet(!double.IsInfinity(scores[i]), nameof(scores), $"Row {i}'s score is {scores[i]}; a score is finite, or NaN for none.");
        }
        Students = students;
        Targets = targets;
        StudentOf = studentOf.AsMemory(0, count);
        TargetOf = targetOf.AsMemory(0, count);
        Scores = scores.AsMemory(0, count);
    }

    /// <summary>The rows of equal-length row arrays (the first constructor's check, with its message).</summary>
    private static int RowCount(int[] studentOf, int[] targetOf, double[] scores)
    {
        Guard.Against.Null(studentOf);
        Guard.Against.Null(targetOf);
        Guard.Against.Null(scores);
        Guard.Against.Unmet(studentOf.Length == scores.Length && targetOf.Length == scores.Length, nameof(scores),
            $"Every row needs a student, a target and a score: {studentOf.Length} students, {targetOf.Length} targets, {scores.Length} scores.");
        return scores.Length;
    }

    /// <summary>The students, by number.</summary>
    public ReadOnlyMemory<StudentId> Students { get; }

    /// <summary>The targets, by number.</summary>
    public ReadOnlyMemory<TargetId> Targets { get; }

    /// <summary>Each row's student number.</summary>
    public ReadOnlyMemory<int> StudentOf { get; }

    /// <summary>Each row's target number.</summary>
    public ReadOnlyMemory<int> TargetOf { get; }

    /// <summary>Each row's score, NaN for none.</summary>
    public ReadOnlyMemory<double> Scores { get; }

    /// <summary>How many rows there are.</summary>
    public int Count => Scores.Length;

    /// <summary>The answer of <see cref="FirstDuplicate"/> once found (-2 until then): the reader and the decisions both ask.</summary>
    private int _firstDuplicate = -2;

    /// <summary>The first row (in row order) whose student already has a row on its target, or -1 when there is none.</summary>
    /// <remarks>Found once and kept (the table does not change): the reader asks before it vouches for the file and the decisions ask again (issue 18, decision 0255).</remarks>
    public int FirstDuplicate()
    {
        if (_firstDuplicate == -2) _firstDuplicate = FindFirstDuplicate();
        return _firstDuplicate;
    }

    private int FindFirstDuplicate()
    {
        var studentOf = StudentOf.Span;
        var targetOf = TargetOf.Span;
        long cells = (long)Students.Length * Targets.Length;
        if (cells <= Math.Max(1L << 20, 64L * Count))
        {
            var seen = new System.Collections.BitArray((int)Math.Max(1, cells));
            for (int i = 0; i < studentOf.Length; i++)
            {
                int cell = studentOf[i] * Targets.Length + targetOf[i];
                if (seen[cell]) return i;
                seen[cell] = true;
            }
            return -1;
        }
        var pairs = new HashSet<long>();
        for (int i = 0; i < studentOf.Length; i++)
            if (!pairs.Add((long)studentOf[i] * Targets.Length + targetOf[i])) return i;
        return -1;
    }
}

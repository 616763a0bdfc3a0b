namespace MathPlc.Interventions;

/// <summary>
/// Universal-screening percentiles in columns, for <see cref="Tiering.DecideAll"/> on district files (issue 18,
/// decision 0235): result <c>i</c> is student <c>Students[i]</c>'s percentile <c>Percentiles[i]</c>, in the file's
/// order. <see cref="Tiering.DecideAll"/> reads the columns, with no <see cref="ScreeningScore"/> per student; anything
/// else that takes screening results gets them as objects, made as it enumerates. A reader that shares the proficiency
/// file's student ids (MathPlc.Interop's <c>ColumnarScreeningCsv</c>) fills it.
/// </summary>
public sealed class ScreeningTable : IReadOnlyList<ScreeningScore>
{
    /// <summary>Creates a table of the first <paramref name="count"/> results; the arrays are kept, not copied, so the caller must not change them afterwards.</summary>
    /// <param name="students">Each result's student; at least <paramref name="count"/> long.</param>
    /// <param name="percentiles">Each result's percentile rank, 0–100; at least <paramref name="count"/> long.</param>
    /// <param name="count">How many results there are.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array is shorter than <paramref name="count"/>, or a student is empty (default).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or a percentile is outside 0–100 or not finite.</exception>
    public ScreeningTable(StudentId[] students, double[] percentiles, int count)
    {
        Guard.Against.Null(students);
        Guard.Against.Null(percentiles);
        Guard.Against.Below(count, 0);
        Guard.Against.Unmet(students.Length >= count && percentiles.Length >= count, nameof(percentiles),
            $"Every result needs a student and a percentile: {students.Length} students, {percentiles.Length} percentiles for {count} results.");
        for (int i = 0; i < count; i++)
        {
            Guard.Against.Unmet(students[i].Value is not null, nameof(students), $"Result {i}'s student is empty (a default identifier).");
            Guard.Against.OutsideRange(percentiles[i], 0, 100, nameof(percentiles));
        }
        Students = students.AsMemory(0, count);
        Percentiles = percentiles.AsMemory(0, count);
    }

    /// <summary>Each result's student, in the file's order.</summary>
    public ReadOnlyMemory<StudentId> Students { get; }

    /// <summary>Each result's percentile rank, 0–100.</summary>
    public ReadOnlyMemory<double> Percentiles { get; }

    /// <summary>How many results there are.</summary>
    public int Count => Percentiles.Length;

    /// <summary>Result <paramref name="index"/> as an object (made when asked for).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a result's.</exception>
    public ScreeningScore this[int index]
    {
        get
        {
            Guard.Against.OutsideRange(index, 0, Count - 1, nameof(index));
            return new ScreeningScore(Students.Span[index], Percentiles.Span[index]);
        }
    }

    /// <summary>The results as objects, in order.</summary>
    public IEnumerator<ScreeningScore> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

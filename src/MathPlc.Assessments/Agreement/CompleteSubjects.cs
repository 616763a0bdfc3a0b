namespace MathPlc.Assessments;

/// <summary>Listwise selection: the subjects every rater scored, as a dense subjects × raters array.</summary>
internal readonly struct CompleteSubjects
{
    private CompleteSubjects(double[] scores, int subjects, int raters, int dropped)
    {
        Scores = scores;
        Count = subjects;
        Raters = raters;
        Dropped = dropped;
    }

    /// <summary>Row-major scores of the complete subjects.</summary>
    public double[] Scores { get; }

    /// <summary>The number of complete subjects.</summary>
    public int Count { get; }

    /// <summary>The number of raters (columns).</summary>
    public int Raters { get; }

    /// <summary>The number of subjects left out because a rating was missing.</summary>
    public int Dropped { get; }

    public ReadOnlySpan<double> Row(int subject) => Scores.AsSpan(subject * Raters, Raters);

    public static CompleteSubjects Of(RatingMatrix ratings)
    {
        var cells = ratings.Cells;
        int k = ratings.RaterCount;
        var kept = new List<double>(cells.Length);
        int count = 0;
        for (int i = 0; i < ratings.SubjectCount; i++)
        {
            var row = cells.Slice(i * k, k);
            if (HasNaN(row)) continue;
            foreach (var x in row) kept.Add(x);
            count++;
        }
        return new CompleteSubjects([.. kept], count, k, ratings.SubjectCount - count);
    }

    private static bool HasNaN(ReadOnlySpan<double> row)
    {
        foreach (var x in row) if (double.IsNaN(x)) return true;
        return false;
    }
}

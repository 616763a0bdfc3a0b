namespace MathPlc.Grading;

/// <summary>The highest score.</summary>
/// <remarks>
/// Canvas "Highest Score" (also what Canvas uses when an outcome has no method), MasteryConnect "Maximum",
/// Schoology, Otus, SchoolWise, Rediker, Moodle "Highest grade". Order does not matter. Weight 1 on the highest score
/// (the most recent of equal highest scores).
/// Source: reference/grading.md §2 and §3.3; Canvas LMS <c>app/models/rollup_score.rb</c>.
/// </remarks>
public sealed record Highest : CalculationMethod
{
    /// <inheritdoc/>
    public override string Name => "highest";

    /// <inheritdoc/>
    public override bool IsOrderFree => true;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        double max = oldestFirst[0];
        foreach (double s in oldestFirst) if (s > max) max = s;
        return MethodOutcome.Scored(max);
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        weights.Clear();
        int at = 0;
        for (int i = 1; i < oldestFirst.Length; i++) if (oldestFirst[i] >= oldestFirst[at]) at = i;
        weights[at] = 1;
    }

    internal override string Describe(int count) => $"The highest of {SeriesMath.Scores(count)}.";
}

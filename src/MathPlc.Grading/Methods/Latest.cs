namespace MathPlc.Grading;

/// <summary>The most recent score.</summary>
/// <remarks>
/// Canvas "Most Recent Score", MasteryConnect "Most Recent" (its default), PowerSchool Learning, Otus, SchoolWise,
/// Rediker, Educate. Which score is most recent depends on the ordering key (MathPlc: date, then sequence, then
/// input order). Weight 1 on the newest score.
/// Source: reference/grading.md §2, §3.2 and §5; Canvas LMS <c>app/models/rollup_score.rb</c>.
/// </remarks>
public sealed record Latest : CalculationMethod
{
    /// <inheritdoc/>
    public override string Name => "latest";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) =>
        oldestFirst.IsEmpty ? MethodOutcome.Insufficient(Shortfall.NoEvidence) : MethodOutcome.Scored(oldestFirst[^1]);

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        weights.Clear();
        weights[^1] = 1;
    }

    internal override string Describe(int count) => $"The most recent of {SeriesMath.Scores(count)}.";
}

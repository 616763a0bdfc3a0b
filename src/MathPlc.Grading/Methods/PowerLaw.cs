namespace MathPlc.Grading;

/// <summary>
/// Marzano's power law: a learning curve ŝ = a·iᵇ fitted by least squares to the logarithms of the scores
/// (ln i, ln sᵢ for assessments i = 1..n, oldest first), read at the latest assessment, i = n. It answers "based on
/// the evidence, where is the student now?", rewarding steady growth without letting one early low score count
/// for ever.
/// </summary>
/// <remarks>
/// <para>
/// b = Σ(ln i − mean ln i)(ln sᵢ − mean ln s) / Σ(ln i − mean ln i)²; ln a = mean ln s − b·mean ln i;
/// estimate = a·nᵇ. It is read at i = n, not n + 1: that reproduces JumpRope's and mrmathman's published values,
/// and "predicts the next score" in some vendors' help is not meant literally. One score, or scores that are all
/// equal, give that score.
/// </para>
/// <para>
/// A zero has no logarithm; <see cref="ZeroPolicy"/> says what happens (default
/// <see cref="PowerLawZeroPolicy.FloorAt"/>: a zero counts as <see cref="ScoreFloor"/>). The estimate can leave the
/// range of the scores (PowerSchool Learning shows an improving student estimated above every score received); it
/// is held to [<see cref="ClampMinimum"/>, <see cref="ClampMaximum"/>] when they are given (the command line
/// passes the scale's ends unless told <c>--no-clamp</c>).
/// </para>
/// <para>
/// The weight of each score (<see cref="WeightedEvidence"/>) is its exponent cᵢ in ŝ = Π sᵢ^cᵢ, a weighted
/// geometric mean: cᵢ = 1/m + (ln n − mean ln i)(ln i − mean ln i)/Σ(ln i − mean ln i)² over the m scores in the
/// fit. The exponents sum to 1, grow with recency and are negative for the earliest scores when n ≥ 3, which is
/// why raising an early score can lower the estimate: the power law is not monotone in early scores. A score left
/// out by <see cref="PowerLawZeroPolicy.Exclude"/> has weight 0; weights are those of the estimate before clamping.
/// </para>
/// <para>
/// Used by JumpRope, PowerSchool Learning, MasteryConnect, Aspen ("Trend"), Rediker, SchoolWise, Educate, Ascender,
/// Common Goal, Easy Grade Pro, NHA and Empower. Sources: R. J. Marzano, <i>Transforming Classroom Grading</i>
/// (ASCD 2000); JumpRope, "The power of the Power Law" (support.jumpro.pe); mrmathman.com, "Power failure" (2014);
/// reference/grading.md §4.1–4.2.
/// </para>
/// </remarks>
public sealed record PowerLaw : CalculationMethod
{
    /// <summary>
    /// The value a score below it (a zero, say) takes in the fit under <see cref="PowerLawZeroPolicy.FloorAt"/>:
    /// 0.5, the smallest non-zero score on Marzano's half-point 0–4 scale, in scale points. It suits 0–4 and
    /// percentage scales; on a scale whose scores lie below 1 (fractions) choose
    /// <see cref="PowerLawZeroPolicy.Exclude"/> or <see cref="PowerLawZeroPolicy.Reject"/>.
    /// </summary>
    public const double ScoreFloor = 0.5;

    /// <summary>Creates the method.</summary>
    /// <param name="zeroPolicy">What a score of zero (or less) does; <see cref="PowerLawZeroPolicy.FloorAt"/> by default (see there for why).</param>
    /// <param name="clampMinimum">The lowest score the estimate may take, usually the scale's bottom; null for no lower clamp.</param>
    /// <param name="clampMaximum">The highest score the estimate may take, usually the scale's top; null for no upper clamp.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zeroPolicy"/> is not defined, a clamp end is not finite, or <paramref name="clampMaximum"/> is below <paramref name="clampMinimum"/>.</exception>
    public PowerLaw(PowerLawZeroPolicy zeroPolicy = PowerLawZeroPolicy.FloorAt, double? clampMinimum = null, double? clampMaximum = null)
    {
        if (!Enum.IsDefined(zeroPolicy))
            throw new ArgumentOutOfRangeException(nameof(zeroPolicy), zeroPolicy, $"zeroPolicy {(int)zeroPolicy} is not a power-law zero policy.");
        Regression.CheckClamp(clampMinimum, clampMaximum);
        ZeroPolicy = zeroPolicy;
        ClampMinimum = clampMinimum;
        ClampMaximum = clampMaximum;
    }

    /// <summary>What a score of zero (or less) does to the fit.</summary>
    public PowerLawZeroPolicy ZeroPolicy { get; }

    /// <summary>The lowest score the estimate may take, or null.</summary>
    public double? ClampMinimum { get; }

    /// <summary>The highest score the estimate may take, or null.</summary>
    public double? ClampMaximum { get; }

    /// <inheritdoc/>
    public override string Name => "power-law";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        var fit = Fit(oldestFirst, ZeroPolicy);
        return fit.IsRefused
            ? MethodOutcome.Insufficient(Shortfall.NonPositiveScore)
            : MethodOutcome.Scored(Regression.Clamp(fit.At(oldestFirst.Length), ClampMinimum, ClampMaximum));
    }

    /// <summary>Fits the curve with the logarithms in a stack or pooled buffer.</summary>
    internal static PowerFit Fit(ReadOnlySpan<double> oldestFirst, PowerLawZeroPolicy zeroPolicy)
    {
        int n = oldestFirst.Length;
        using var scratch = new ScoreScratch(n <= ScoreScratch.StackLimit ? stackalloc double[n] : default, n);
        return Regression.FitPower(oldestFirst, zeroPolicy, scratch.Space);
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights) =>
        Regression.PowerWeights(oldestFirst, ZeroPolicy, weights);

    internal override string Describe(int count) =>
        $"Marzano's power law: a learning curve fitted to the {count} scores in order and read at the latest one.";

    internal override string Describe(ReadOnlySpan<double> oldestFirst)
    {
        var fit = Fit(oldestFirst, ZeroPolicy);
        string text = Describe(oldestFirst.Length);
        return (ZeroNote(oldestFirst) is { Length: > 0 } note ? text[..^1] + note + "." : text)
            + (fit.IsRefused ? "" : Regression.ClampNote(fit.At(oldestFirst.Length), ClampMinimum, ClampMaximum));
    }

    /// <summary>
    /// Says what the zero policy did to these scores, e.g. " (2 scores below 0.5 counted as 0.5)", or nothing (also
    /// when all scores are equal: that value is the estimate, whatever the policy).
    /// </summary>
    internal string ZeroNote(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty || oldestFirst.IndexOfAnyExcept(oldestFirst[0]) < 0) return "";
        int affected = 0;
        foreach (double s in oldestFirst)
            if (ZeroPolicy == PowerLawZeroPolicy.FloorAt ? s < ScoreFloor : s <= 0) affected++;
        string scores = SeriesMath.Scores(affected);
        return affected == 0 ? "" : ZeroPolicy switch
        {
            PowerLawZeroPolicy.FloorAt => $" ({scores} below {SeriesMath.Points(ScoreFloor)} counted as {SeriesMath.Points(ScoreFloor)})",
            PowerLawZeroPolicy.Exclude => $" ({scores} of zero left out, the others kept in their places)",
            _ => "",
        };
    }
}

namespace MathPlc.Grading;

/// <summary>
/// The best fit ("true score" estimator): fits the mean, a linear trend and Marzano's power law to the scores, and
/// reports the estimate of the model whose fitted values differ least from the scores observed.
/// </summary>
/// <remarks>
/// <para>
/// Fitted values at each assessment i: the mean for every i; α + β·i for the linear trend; a·iᵇ for the power
/// law. Each model's error is measured against every observed score (a zero left out of the power law's fit by
/// <see cref="PowerLawZeroPolicy.Exclude"/> still counts against it) by <see cref="Measure"/>. A model wins only by
/// more than a rounding difference (10⁻⁹ relative); ties go to the simpler model, in the order mean, linear
/// trend, power law, because the simpler model is the easier one to explain to a student or parent. The power law
/// does not compete when <see cref="ZeroPolicy"/> is <see cref="PowerLawZeroPolicy.Reject"/> and a score is zero
/// or less. The estimate is the winner's value at the latest assessment, held to [<see cref="ClampMinimum"/>,
/// <see cref="ClampMaximum"/>] when given; the result's description names the winner and its error, and its
/// weights are the winner's (see <see cref="Mean"/>, <see cref="LinearTrend"/>, <see cref="PowerLaw"/>).
/// </para>
/// <para>
/// Empower (Marzano Academies) computes Linear, Power Law and Average and shows the one with the "least total
/// difference" between fitted and observed scores, citing Marzano, <i>Making Classroom Assessments Reliable and
/// Valid</i>; it does not say whether the difference is absolute or squared, so the measure is a parameter.
/// Sources: Empower, "Score Estimator Calculations"; reference/grading.md §4.3.
/// </para>
/// </remarks>
public sealed record BestFit : CalculationMethod
{
    private const double TieTolerance = 1e-9;

    /// <summary>Creates the method.</summary>
    /// <param name="measure">How the difference between fitted and observed scores is totalled; the sum of absolute errors by default.</param>
    /// <param name="zeroPolicy">What a score of zero does to the power law (see <see cref="PowerLawZeroPolicy"/>); <see cref="PowerLawZeroPolicy.FloorAt"/> by default.</param>
    /// <param name="clampMinimum">The lowest score the estimate may take, usually the scale's bottom; null for no lower clamp.</param>
    /// <param name="clampMaximum">The highest score the estimate may take, usually the scale's top; null for no upper clamp.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> or <paramref name="zeroPolicy"/> is not defined, a clamp end is not finite, or <paramref name="clampMaximum"/> is below <paramref name="clampMinimum"/>.</exception>
    public BestFit(FitErrorMeasure measure = FitErrorMeasure.SumOfAbsoluteErrors, PowerLawZeroPolicy zeroPolicy = PowerLawZeroPolicy.FloorAt,
        double? clampMinimum = null, double? clampMaximum = null)
    {
        if (!Enum.IsDefined(measure))
            throw new ArgumentOutOfRangeException(nameof(measure), measure, $"measure {(int)measure} is not a fit error measure.");
        if (!Enum.IsDefined(zeroPolicy))
            throw new ArgumentOutOfRangeException(nameof(zeroPolicy), zeroPolicy, $"zeroPolicy {(int)zeroPolicy} is not a power-law zero policy.");
        Regression.CheckClamp(clampMinimum, clampMaximum);
        Measure = measure;
        ZeroPolicy = zeroPolicy;
        ClampMinimum = clampMinimum;
        ClampMaximum = clampMaximum;
    }

    /// <summary>How the difference between fitted and observed scores is totalled.</summary>
    public FitErrorMeasure Measure { get; }

    /// <summary>What a score of zero does to the power law.</summary>
    public PowerLawZeroPolicy ZeroPolicy { get; }

    /// <summary>The lowest score the estimate may take, or null.</summary>
    public double? ClampMinimum { get; }

    /// <summary>The highest score the estimate may take, or null.</summary>
    public double? ClampMaximum { get; }

    /// <inheritdoc/>
    public override string Name => "best-fit";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) =>
        oldestFirst.IsEmpty
            ? MethodOutcome.Insufficient(Shortfall.NoEvidence)
            : MethodOutcome.Scored(Regression.Clamp(Choose(oldestFirst).Estimate, ClampMinimum, ClampMaximum));

    /// <summary>Fits the three models and picks the winner. Allocates nothing.</summary>
    internal Choice Choose(ReadOnlySpan<double> oldestFirst)
    {
        int n = oldestFirst.Length;
        var line = Regression.FitLine(oldestFirst);
        var power = PowerLaw.Fit(oldestFirst, ZeroPolicy);
        double mean = SeriesMath.Mean(oldestFirst);   // as the mean method computes it, to the bit
        double meanError = 0, lineError = 0, powerError = 0;
        for (int i = 0; i < n; i++)
        {
            double observed = oldestFirst[i];
            meanError += Error(observed - mean);
            lineError += Error(observed - line.At(i + 1));
            if (!power.IsRefused) powerError += Error(observed - power.At(i + 1));
        }
        var choice = new Choice(FitModel.Mean, mean, meanError);
        if (Beats(lineError, choice.Error)) choice = new Choice(FitModel.LinearTrend, line.At(n), lineError);
        if (!power.IsRefused && Beats(powerError, choice.Error)) choice = new Choice(FitModel.PowerLaw, power.At(n), powerError);
        return choice;
    }

    private double Error(double difference) =>
        Measure == FitErrorMeasure.SumOfSquaredErrors ? difference * difference : Math.Abs(difference);

    private static bool Beats(double error, double best) => error < best - TieTolerance * (1 + best);

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        switch (Choose(oldestFirst).Model)
        {
            case FitModel.Mean: weights.Fill(1.0 / oldestFirst.Length); break;
            case FitModel.LinearTrend: Regression.LineWeights(weights); break;
            default: Regression.PowerWeights(oldestFirst, ZeroPolicy, weights); break;
        }
    }

    internal override string Describe(int count) =>
        $"The best fit to the {count} scores among the mean, a linear trend and Marzano's power law, by the {MeasureName}.";

    internal override string Describe(ReadOnlySpan<double> oldestFirst)
    {
        var choice = Choose(oldestFirst);
        string model = choice.Model switch
        {
            FitModel.Mean => "the mean",
            FitModel.LinearTrend => "the linear trend",
            _ => $"the power law{new PowerLaw(ZeroPolicy).ZeroNote(oldestFirst)}",
        };
        return $"The best fit to the {oldestFirst.Length} scores among the mean, a linear trend and Marzano's power law, by the {MeasureName}: "
            + $"{model} fitted best (total error {SeriesMath.Points(choice.Error)})."
            + Regression.ClampNote(choice.Estimate, ClampMinimum, ClampMaximum);
    }

    private string MeasureName => Measure == FitErrorMeasure.SumOfSquaredErrors ? "sum of squared errors" : "sum of absolute errors";

    /// <summary>The models a best fit chooses among, in tie order.</summary>
    internal enum FitModel
    {
        Mean,
        LinearTrend,
        PowerLaw,
    }

    /// <summary>The winning model, its unclamped estimate at the latest assessment, and its total error.</summary>
    internal readonly record struct Choice(FitModel Model, double Estimate, double Error);
}

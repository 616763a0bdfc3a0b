namespace MathPlc.Grading;

/// <summary>
/// How <see cref="BestFit"/> measures the difference between a model's fitted values and the scores observed.
/// Empower's "least total difference" does not say which (reference/grading.md §4.3), and the two can pick
/// different models, so the choice is explicit.
/// </summary>
public enum FitErrorMeasure
{
    /// <summary>The sum of absolute differences, Σ|sᵢ − ŝᵢ|: the plain reading of "total difference"; one odd score counts no more than its distance.</summary>
    SumOfAbsoluteErrors = 0,

    /// <summary>The sum of squared differences, Σ(sᵢ − ŝᵢ)²: the measure least squares itself minimises; one odd score counts heavily.</summary>
    SumOfSquaredErrors = 1,
}

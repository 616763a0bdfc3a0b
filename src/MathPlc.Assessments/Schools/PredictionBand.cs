namespace MathPlc.Assessments;

/// <summary>Where a school's result lies against what was predicted for it.</summary>
public enum PredictionBand
{
    /// <summary>The standardized residual is above +cut.</summary>
    Above,

    /// <summary>Within ±cut of the prediction.</summary>
    Near,

    /// <summary>Below −cut.</summary>
    Below,

    /// <summary>The standardized residual is undefined (constant predictor, two schools, a perfect fit).</summary>
    Undetermined,
}

namespace MathPlc.Assessments;

/// <summary>The level of measurement of the scores, which decides Krippendorff's difference function δ² (Krippendorff 2011).</summary>
public enum MeasurementLevel
{
    /// <summary>Categories without order: δ² = 0 when equal, else 1.</summary>
    Nominal,

    /// <summary>Ranked categories: δ² from the frequencies of the values between the two (only ranks matter).</summary>
    Ordinal,

    /// <summary>Equal-interval scores: δ² = (c − k)².</summary>
    Interval,

    /// <summary>Scores with a true zero: δ² = ((c − k)/(c + k))², 0 when c + k = 0.</summary>
    Ratio,
}

namespace MathPlc.Assessments;

/// <summary>How a calibration session's ratings are summarised: the settings a team chooses, with documented defaults.</summary>
public sealed record AgreementOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="level">The level of measurement for Krippendorff's alpha; ordinal (rubric levels) by default.</param>
    /// <param name="scale">The rubric's categories for the kappas; the categories used by default.</param>
    /// <param name="adjacentTolerance">How far apart two scores may be and still count as adjacent; 1 point by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value, or <paramref name="adjacentTolerance"/> is negative or not finite.</exception>
    public AgreementOptions(MeasurementLevel level = MeasurementLevel.Ordinal, RatingScale? scale = null, double adjacentTolerance = 1)
    {
        if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(level), level, $"Unknown level of measurement {level}.");
        Guard.Against.NegativeOrNotFinite(adjacentTolerance, nameof(adjacentTolerance));
        Level = level;
        Scale = scale ?? RatingScale.UsedCategories;
        AdjacentTolerance = adjacentTolerance;
    }

    /// <summary>The level of measurement for Krippendorff's alpha.</summary>
    public MeasurementLevel Level { get; }

    /// <summary>The categories whose positions weight the kappas.</summary>
    public RatingScale Scale { get; }

    /// <summary>The largest difference that still counts as adjacent agreement.</summary>
    public double AdjacentTolerance { get; }
}

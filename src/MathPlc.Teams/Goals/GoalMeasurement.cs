namespace MathPlc.Teams;

/// <summary>One measured value of a goal's indicator.</summary>
public readonly record struct GoalMeasurement
{
    /// <summary>Creates a measurement.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public GoalMeasurement(LocalDate date, double value)
    {
        Guard.Against.NotIsoCalendar(date, nameof(date));
        Guard.Against.NotFinite(value, nameof(value));
        Date = date;
        Value = value;
    }

    /// <summary>When it was measured.</summary>
    public LocalDate Date { get; }

    /// <summary>The indicator's value.</summary>
    public double Value { get; }
}

using NodaTime;

namespace MathPlc.Teams;

/// <summary>One value of a measure on one date, as plotted on a run chart.</summary>
public readonly record struct RunChartPoint
{
    /// <summary>Creates a point.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public RunChartPoint(LocalDate date, double value)
    {
        Guard.Against.NotIsoCalendar(date, nameof(date));
        Guard.Against.NotFinite(value, nameof(value));
        Date = date;
        Value = value;
    }

    /// <summary>When the value was measured.</summary>
    public LocalDate Date { get; }

    /// <summary>The measured value.</summary>
    public double Value { get; }
}

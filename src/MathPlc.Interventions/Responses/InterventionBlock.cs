using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// A weekly intervention block of the team's schedule ("WIN time"): the weekday it falls on and its length. In a block
/// each adult leads at most one group, and each student is in at most one group.
/// </summary>
/// <remarks>A team has at most one block per weekday; blocks compare by weekday and minutes.</remarks>
public readonly record struct InterventionBlock
{
    /// <summary>Creates a block.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday (Monday to Sunday), or <paramref name="minutes"/> is outside 1–240.</exception>
    public InterventionBlock(IsoDayOfWeek day, int minutes)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            throw new ArgumentOutOfRangeException(nameof(day), day, "A block falls on a weekday, Monday to Sunday.");
        Guard.Against.Below(minutes, 1);
        Guard.Against.Above(minutes, 240);
        Day = day;
        Minutes = minutes;
    }

    /// <summary>The weekday.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The block's length in minutes.</summary>
    public int Minutes { get; }

    /// <summary>The weekday's three-letter name, e.g. <c>Tue</c>.</summary>
    public string ShortName => Day switch
    {
        IsoDayOfWeek.Monday => "Mon",
        IsoDayOfWeek.Tuesday => "Tue",
        IsoDayOfWeek.Wednesday => "Wed",
        IsoDayOfWeek.Thursday => "Thu",
        IsoDayOfWeek.Friday => "Fri",
        IsoDayOfWeek.Saturday => "Sat",
        _ => "Sun",
    };

    /// <summary>The weekday in lower case, as unit files write it, e.g. <c>tuesday</c>.</summary>
    public string DayName => Day.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => $"{ShortName} {Minutes} min";
}

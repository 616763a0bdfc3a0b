using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>The collaborative minutes one scheduling model gives over a school year: by day, by week and in total.</summary>
/// <remarks>Equality compares by content.</remarks>
public sealed record CollaborationMinutes
{
    internal CollaborationMinutes(SchedulingModel model, ImmutableArray<(LocalDate Date, int Minutes)> days, ImmutableArray<(LocalDate Monday, int Minutes)> weeks)
    {
        Model = model;
        Days = days;
        Weeks = weeks;
    }

    /// <summary>The model evaluated.</summary>
    public SchedulingModel Model { get; }

    /// <summary>Every instructional day that gives collaborative minutes, with its minutes, in date order.</summary>
    public ValueArray<(LocalDate Date, int Minutes)> Days { get; }

    /// <summary>Every instructional week of the year (by its Monday) with its collaborative minutes, zero included.</summary>
    public ValueArray<(LocalDate Monday, int Minutes)> Weeks { get; }

    /// <summary>The collaborative minutes in the year.</summary>
    public int MinutesPerYear => Days.Sum(d => d.Minutes);

    /// <summary>The mean collaborative minutes per instructional week (0 when the year has no instructional week).</summary>
    public double AverageMinutesPerWeek => Weeks.IsEmpty ? 0 : (double)MinutesPerYear / Weeks.Length;
}

using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>A school's regular bell schedule: its periods in time order, none overlapping.</summary>
/// <remarks>Equality compares the periods by content.</remarks>
public sealed record BellSchedule
{
    /// <summary>Creates a bell schedule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">There are no periods, two share a name, or two overlap in time.</exception>
    public BellSchedule(IEnumerable<BellPeriod> periods)
    {
        var sorted = Guard.Against.NullOrNullElements(periods, nameof(periods)).OrderBy(p => p.Start).ToImmutableArray();
        Guard.Against.Unmet(!sorted.IsEmpty, nameof(periods), "A bell schedule needs at least one period.");
        for (int i = 1; i < sorted.Length; i++)
            Guard.Against.Unmet(sorted[i].Start >= sorted[i - 1].End, nameof(periods),
                $"The periods {sorted[i - 1].Name} ({sorted[i - 1].Start:HH:mm}–{sorted[i - 1].End:HH:mm}) and {sorted[i].Name} ({sorted[i].Start:HH:mm}–{sorted[i].End:HH:mm}) overlap.");
        var twice = sorted.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(periods), $"Two periods are named {twice?.Key}.");
        Periods = sorted;
    }

    /// <summary>The periods in time order.</summary>
    public ValueArray<BellPeriod> Periods { get; }

    /// <summary>The period named <paramref name="name"/> (ignoring case).</summary>
    /// <exception cref="ArgumentException">There is no such period.</exception>
    public BellPeriod Period(string name)
    {
        Guard.Against.Null(name);
        var found = Periods.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        Guard.Against.Unmet(found is not null, nameof(name), $"The bell schedule has no period named {name}.");
        return found;
    }

    /// <summary>The student day's length in minutes, from the first period's start to the last one's end.</summary>
    public int DayMinutes => (int)NodaTime.Period.Between(Periods[0].Start, Periods[^1].End, PeriodUnits.Minutes).Minutes;
}

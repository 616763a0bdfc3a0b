namespace MathPlc.Teams;

/// <summary>One period of a bell schedule: a name and its start and end time.</summary>
public sealed record BellPeriod
{
    /// <summary>Creates a period.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public BellPeriod(string name, LocalTime start, LocalTime end)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (end <= start) throw new ArgumentOutOfRangeException(nameof(end), end, $"The period {name} must end after it starts ({start:HH:mm}).");
        Name = name.Trim();
        Start = start;
        End = end;
    }

    /// <summary>The period's name, e.g. <c>3</c> or <c>Team planning</c>.</summary>
    public string Name { get; }

    /// <summary>When the period starts.</summary>
    public LocalTime Start { get; }

    /// <summary>When the period ends.</summary>
    public LocalTime End { get; }

    /// <summary>The period's length in whole minutes.</summary>
    public int Minutes => (int)Period.Between(Start, End, PeriodUnits.Minutes).Minutes;
}

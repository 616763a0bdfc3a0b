namespace MathPlc.Teams;

/// <summary>One strategy or action step toward a goal: what, who is responsible, by when (any may be missing in a draft).</summary>
public sealed record ActionStep
{
    /// <summary>Creates a step.</summary>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public ActionStep(string description, string? owner = null, LocalDate? due = null)
    {
        Guard.Against.NullOrWhiteSpace(description);
        if (due is { } d) Guard.Against.NotIsoCalendar(d, nameof(due));
        Description = description.Trim();
        Owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        Due = due;
    }

    /// <summary>What will be done.</summary>
    public string Description { get; }

    /// <summary>Who is responsible, or null when nobody is named yet.</summary>
    public string? Owner { get; }

    /// <summary>When it is due, or null when no date is set yet.</summary>
    public LocalDate? Due { get; }
}

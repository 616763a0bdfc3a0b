using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>A change idea: something the team could try, tied to the secondary drivers it acts on.</summary>
/// <param name="Name">The change idea in the team's words.</param>
/// <param name="SecondaryDrivers">The names of the secondary drivers it acts on (at least one).</param>
public sealed record ChangeIdea(string Name, ValueArray<string> SecondaryDrivers);

/// <summary>A primary driver with the secondary drivers beneath it.</summary>
/// <param name="Name">The primary driver.</param>
/// <param name="SecondaryDrivers">The secondary drivers.</param>
public sealed record PrimaryDriver(string Name, ValueArray<string> SecondaryDrivers);

/// <summary>
/// A driver diagram: the aim, the primary drivers, the secondary drivers beneath them, and the change ideas that act on
/// the secondary drivers (Bryk, Gomez, Grunow &amp; LeMahieu, <i>Learning to Improve</i>, 2015) — the team's working
/// theory of improvement, "probably wrong and definitely incomplete".
/// </summary>
/// <remarks>Every change idea must name at least one secondary driver of the diagram. Equality compares by content.</remarks>
public sealed record DriverDiagram
{
    /// <summary>Creates a diagram.</summary>
    /// <exception cref="ArgumentException">The aim is blank, a name is blank or repeated, or a change idea names no secondary driver or one not in the diagram.</exception>
    public DriverDiagram(string aim, IEnumerable<PrimaryDriver> primaryDrivers, IEnumerable<ChangeIdea> changeIdeas)
    {
        Guard.Against.NullOrWhiteSpace(aim);
        var primaries = Guard.Against.NullOrNullElements(primaryDrivers, nameof(primaryDrivers));
        var ideas = Guard.Against.NullOrNullElements(changeIdeas, nameof(changeIdeas));
        Guard.Against.Unmet(primaries.All(p => !string.IsNullOrWhiteSpace(p.Name) && p.SecondaryDrivers.All(s => !string.IsNullOrWhiteSpace(s))),
            nameof(primaryDrivers), "Every driver needs a name.");
        Guard.Against.Unmet(primaries.Select(p => p.Name).Distinct().Count() == primaries.Length, nameof(primaryDrivers), "A primary driver is named twice.");
        var secondaries = primaries.SelectMany(p => p.SecondaryDrivers).ToHashSet(StringComparer.Ordinal);
        foreach (var idea in ideas)
        {
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(idea.Name), nameof(changeIdeas), "Every change idea needs a name.");
            Guard.Against.Unmet(!idea.SecondaryDrivers.IsEmpty, nameof(changeIdeas), $"The change idea \"{idea.Name}\" must act on at least one secondary driver.");
            foreach (var driver in idea.SecondaryDrivers)
                Guard.Against.Unmet(secondaries.Contains(driver), nameof(changeIdeas), $"The change idea \"{idea.Name}\" names \"{driver}\", which is not a secondary driver of the diagram.");
        }
        Aim = aim.Trim();
        PrimaryDrivers = primaries;
        ChangeIdeas = ideas;
    }

    /// <summary>What the team is trying to accomplish (measurable; see <see cref="SmartGoal"/>).</summary>
    public string Aim { get; }

    /// <summary>The primary drivers with their secondary drivers.</summary>
    public ValueArray<PrimaryDriver> PrimaryDrivers { get; }

    /// <summary>The change ideas.</summary>
    public ValueArray<ChangeIdea> ChangeIdeas { get; }

    /// <summary>Secondary drivers no change idea acts on yet: where the theory has no test planned.</summary>
    public ImmutableArray<string> SecondaryDriversWithoutChangeIdeas =>
        [.. PrimaryDrivers.SelectMany(p => p.SecondaryDrivers).Where(s => !ChangeIdeas.Any(c => c.SecondaryDrivers.Contains(s))).Distinct()];
}

using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>A standard the team considers making essential in a unit.</summary>
/// <param name="Standard">The standard (a framework item's identifier).</param>
/// <param name="Unit">The unit it is taught in; the cap on essential standards applies per unit.</param>
public sealed record EssentialCandidate(TargetId Standard, string Unit)
{
    /// <summary>The standard; never the default.</summary>
    public TargetId Standard { get; } = Standard.Value is not null ? Standard : throw new ArgumentException("A candidate needs its standard.", nameof(Standard));

    /// <summary>The unit; never empty.</summary>
    public string Unit { get; } = !string.IsNullOrWhiteSpace(Unit) ? Unit : throw new ArgumentException("A candidate needs its unit.", nameof(Unit));
}

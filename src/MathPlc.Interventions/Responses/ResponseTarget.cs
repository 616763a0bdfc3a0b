namespace MathPlc.Interventions;

/// <summary>
/// An essential target as the response model needs it: its id, the code teachers read (<c>6.RP.A.3c</c>), the cut for
/// proficiency, and the scale's 2.0 (simpler) and 4.0 (more complex) descriptions, which name what a Tier 3 group
/// builds and what an extension asks.
/// </summary>
/// <remarks>The 2.0 / 3.0 / 4.0 levels are Marzano's proficiency-scale levels (reference/plc-frameworks.md §6).</remarks>
public sealed record ResponseTarget
{
    /// <summary>Creates a target.</summary>
    /// <exception cref="ArgumentException">The id is the default, or the code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cut is not finite.</exception>
    public ResponseTarget(TargetId id, string code, double cut, string? simpler = null, string? moreComplex = null)
    {
        Guard.Against.Unmet(id.Value is not null, nameof(id), "A target needs its id.");
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NotFinite(cut, nameof(cut));
        Id = id;
        Code = code.Trim();
        Cut = cut;
        Simpler = string.IsNullOrWhiteSpace(simpler) ? null : simpler.Trim();
        MoreComplex = string.IsNullOrWhiteSpace(moreComplex) ? null : moreComplex.Trim();
    }

    /// <summary>The target's id.</summary>
    public TargetId Id { get; }

    /// <summary>The code teachers read.</summary>
    public string Code { get; }

    /// <summary>The score at or above which a student is proficient.</summary>
    public double Cut { get; }

    /// <summary>The 2.0 (simpler content) description, or null.</summary>
    public string? Simpler { get; }

    /// <summary>The 4.0 (more complex content) description, or null.</summary>
    public string? MoreComplex { get; }
}

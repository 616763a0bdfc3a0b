using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// The rigor a team tags on a task or a learning target: Webb's depth of knowledge, Smith and Stein's level of
/// cognitive demand, and the aspects of rigor it serves. Each tag is optional: a team tags what it has agreed on.
/// </summary>
/// <remarks>
/// Sources: Petit and Hess (2006), after Webb (2002), for the depth of knowledge; Smith and Stein (1998) and Stein,
/// Smith, Henningsen and Silver (2000) for cognitive demand; Student Achievement Partners, "Key Shifts in
/// Mathematics", for the three aspects of rigor.
/// </remarks>
public sealed record RigorTags
{
    /// <summary>Creates tags.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A level or an aspect is not defined.</exception>
    public RigorTags(DokLevel? depth = null, CognitiveDemand? demand = null, IEnumerable<RigorAspect>? aspects = null)
    {
        if (depth is { } d && !Enum.IsDefined(d)) throw new ArgumentOutOfRangeException(nameof(depth), d, $"{(int)d} is not a depth-of-knowledge level (1–4).");
        if (demand is { } c && !Enum.IsDefined(c)) throw new ArgumentOutOfRangeException(nameof(demand), c, $"{(int)c} is not a level of cognitive demand (1–4).");
        var list = (aspects ?? []).Distinct().Order().ToImmutableArray();
        foreach (var aspect in list)
            if (!Enum.IsDefined(aspect)) throw new ArgumentOutOfRangeException(nameof(aspects), aspect, $"{(int)aspect} is not an aspect of rigor.");
        (Depth, Demand, Aspects) = (depth, demand, list);
    }

    /// <summary>No tags.</summary>
    public static RigorTags None { get; } = new();

    /// <summary>Webb's depth of knowledge, when tagged.</summary>
    public DokLevel? Depth { get; }

    /// <summary>Smith and Stein's level of cognitive demand, when tagged.</summary>
    public CognitiveDemand? Demand { get; }

    /// <summary>The aspects of rigor served, each once, in enum order.</summary>
    public ValueArray<RigorAspect> Aspects { get; }
}

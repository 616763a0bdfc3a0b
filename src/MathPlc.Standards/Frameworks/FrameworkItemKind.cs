namespace MathPlc.Standards;

/// <summary>
/// Where an item sits in a standards framework's hierarchy, in the Common Core's words: domain, cluster, standard,
/// component (a lettered part of a standard such as <c>6.RP.A.3a</c>).
/// </summary>
/// <remarks>
/// Read from the CASE <c>CFItemType</c> text, ignoring case (CCSS packages write "Domain", "Cluster", "Standard",
/// "Component"); any other text is <see cref="Other"/>, and the text itself stays on the item.
/// </remarks>
public enum FrameworkItemKind
{
    /// <summary>No type, or a type outside the four below (e.g. "Claim", "Evidence Required").</summary>
    Other = 0,

    /// <summary>A domain, e.g. Ratios and Proportional Relationships (6.RP).</summary>
    Domain = 1,

    /// <summary>A cluster of related standards, e.g. 6.RP.A.</summary>
    Cluster = 2,

    /// <summary>A standard, e.g. 6.RP.A.3.</summary>
    Standard = 3,

    /// <summary>A component of a standard, e.g. 6.RP.A.3a.</summary>
    Component = 4,
}

/// <summary>Reads a <see cref="FrameworkItemKind"/> from a CASE item type.</summary>
public static class FrameworkItemKinds
{
    /// <summary>The kind named by <paramref name="itemType"/> (ignoring case and surrounding space); <see cref="FrameworkItemKind.Other"/> for null or anything else.</summary>
    public static FrameworkItemKind Of(string? itemType) => itemType?.Trim().ToUpperInvariant() switch
    {
        "DOMAIN" => FrameworkItemKind.Domain,
        "CLUSTER" => FrameworkItemKind.Cluster,
        "STANDARD" => FrameworkItemKind.Standard,
        "COMPONENT" => FrameworkItemKind.Component,
        _ => FrameworkItemKind.Other,
    };
}

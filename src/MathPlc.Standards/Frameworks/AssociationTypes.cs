namespace MathPlc.Standards;

/// <summary>The association types of CASE 1.0, as they are written in a CFPackage.</summary>
/// <remarks>
/// Source: 1EdTech CASE 1.0 CFPackage JSON schema. <c>isChildOf</c> runs from the child (origin) to the parent
/// (destination); <c>precedes</c> runs from what is learned first to what is learned after it. CASE 1.1 adds
/// <c>isTranslationOf</c> and extension types (<c>ext:…</c>), which a framework keeps as written.
/// </remarks>
public static class AssociationTypes
{
    /// <summary>The origin is a child of the destination (origin = child, destination = parent).</summary>
    public const string IsChildOf = "isChildOf";

    /// <summary>The origin should be learned before the destination: a learning progression.</summary>
    public const string Precedes = "precedes";

    /// <summary>The origin matches the destination exactly, usually a node in another framework (a crosswalk).</summary>
    public const string ExactMatchOf = "exactMatchOf";

    /// <summary>The origin is related to the destination.</summary>
    public const string IsRelatedTo = "isRelatedTo";

    /// <summary>The origin is a peer of the destination.</summary>
    public const string IsPeerOf = "isPeerOf";

    /// <summary>The origin is part of the destination.</summary>
    public const string IsPartOf = "isPartOf";

    /// <summary>The origin is replaced by the destination.</summary>
    public const string ReplacedBy = "replacedBy";

    /// <summary>The destination (often an external task) is an exemplar of the origin.</summary>
    public const string Exemplar = "exemplar";

    /// <summary>The origin has the destination as a skill level.</summary>
    public const string HasSkillLevel = "hasSkillLevel";

    /// <summary>The nine association types of CASE 1.0, in the schema's order.</summary>
    public static IReadOnlyList<string> Case10 { get; } =
        [IsChildOf, IsPeerOf, IsPartOf, ExactMatchOf, Precedes, IsRelatedTo, ReplacedBy, Exemplar, HasSkillLevel];
}

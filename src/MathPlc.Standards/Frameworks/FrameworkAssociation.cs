namespace MathPlc.Standards;

/// <summary>
/// One association of a standards framework (CASE 1.0 <c>CFAssociation</c>): a typed, directed link from an origin
/// node to a destination node, such as <c>isChildOf</c> (child → parent) or <c>precedes</c> (earlier → later).
/// </summary>
/// <remarks>Source: 1EdTech CASE 1.0 CFPackage JSON schema. Either end may lie outside the package (a crosswalk or an exemplar).</remarks>
public sealed record FrameworkAssociation
{
    /// <summary>Creates an association.</summary>
    /// <exception cref="ArgumentException"><paramref name="identifier"/> or <paramref name="associationType"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">An end is null.</exception>
    public FrameworkAssociation(string identifier, string associationType, FrameworkLink origin, FrameworkLink destination)
    {
        Guard.Against.NullOrWhiteSpace(identifier);
        Guard.Against.NullOrWhiteSpace(associationType);
        Guard.Against.Null(origin);
        Guard.Against.Null(destination);
        (Identifier, AssociationType, Origin, Destination) = (identifier, associationType, origin, destination);
    }

    /// <summary>The association's identifier.</summary>
    public string Identifier { get; }

    /// <summary>The type, e.g. <see cref="AssociationTypes.Precedes"/>.</summary>
    public string AssociationType { get; }

    /// <summary>The origin (<c>originNodeURI</c>).</summary>
    public FrameworkLink Origin { get; }

    /// <summary>The destination (<c>destinationNodeURI</c>).</summary>
    public FrameworkLink Destination { get; }

    /// <summary>The association's URI.</summary>
    public string? Uri { get; init; }

    /// <summary>When it last changed, as written.</summary>
    public string? LastChangeDateTime { get; init; }

    /// <summary>The order among siblings (<c>sequenceNumber</c>).</summary>
    public int? SequenceNumber { get; init; }

    /// <summary>The association grouping (<c>CFAssociationGroupingURI</c>).</summary>
    public FrameworkLink? GroupingLink { get; init; }

    /// <summary>The document the association belongs to (<c>CFDocumentURI</c>).</summary>
    public FrameworkLink? DocumentLink { get; init; }
}

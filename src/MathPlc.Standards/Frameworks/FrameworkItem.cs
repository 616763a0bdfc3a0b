using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// One item of a standards framework (CASE 1.0 <c>CFItem</c>): a domain, cluster, standard or component, with its
/// code (<c>CCSS.Math.Content.6.RP.A.3</c>), statement and grade levels; its identifier is the learning target's id.
/// </summary>
/// <remarks>
/// Source: 1EdTech CASE 1.0 CFPackage JSON schema. The item's identifier becomes its <see cref="TargetId"/>, the one
/// external identifier that round-trips through CASE, OneRoster (<c>learningObjectiveId</c>, source <c>case</c>) and
/// Ed-Fi (<c>LearningStandardId</c>). Grade levels are the CASE <c>educationLevel</c> codes (<c>KG</c>, <c>01</c>…<c>12</c>).
/// </remarks>
public sealed record FrameworkItem
{
    /// <summary>Creates an item.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default (invalid) identifier.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public FrameworkItem(TargetId id, string statement)
    {
        Guard.Against.Unmet(id.Value is not null, nameof(id), "A framework item needs an identifier (got the default TargetId).");
        Guard.Against.Null(statement);
        Id = id;
        Statement = statement;
    }

    /// <summary>The item's identifier (CASE <c>identifier</c>, a UUID).</summary>
    public TargetId Id { get; }

    /// <summary>The full statement (CASE <c>fullStatement</c>).</summary>
    public string Statement { get; }

    /// <summary>The human-readable code (CASE <c>humanCodingScheme</c>), e.g. <c>CCSS.Math.Content.6.RP.A.3</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The item type as written (CASE <c>CFItemType</c>), e.g. "Standard".</summary>
    public string? ItemType { get; init; }

    /// <summary>The kind read from <see cref="ItemType"/>.</summary>
    public FrameworkItemKind Kind => FrameworkItemKinds.Of(ItemType);

    /// <summary>The grade levels (CASE <c>educationLevel</c>), e.g. <c>06</c>.</summary>
    public ValueArray<string> Grades { get; init; } = [];

    /// <summary>The item's URI.</summary>
    public string? Uri { get; init; }

    /// <summary>When it last changed (<c>lastChangeDateTime</c>), as written.</summary>
    public string? LastChangeDateTime { get; init; }

    /// <summary>The list label, e.g. <c>3.</c> or <c>a.</c> (<c>listEnumeration</c>).</summary>
    public string? ListEnumeration { get; init; }

    /// <summary>A short form of the statement (<c>abbreviatedStatement</c>).</summary>
    public string? AbbreviatedStatement { get; init; }

    /// <summary>Another label (<c>alternativeLabel</c>).</summary>
    public string? AlternativeLabel { get; init; }

    /// <summary>Notes, such as the examples that follow a CCSS standard.</summary>
    public string? Notes { get; init; }

    /// <summary>The language, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Concept keywords.</summary>
    public ValueArray<string> ConceptKeywords { get; init; } = [];

    /// <summary>A link to the concept keywords (<c>conceptKeywordsURI</c>).</summary>
    public FrameworkLink? ConceptKeywordsLink { get; init; }

    /// <summary>A link to the item type (<c>CFItemTypeURI</c>).</summary>
    public FrameworkLink? ItemTypeLink { get; init; }

    /// <summary>The licence (<c>licenseURI</c>).</summary>
    public FrameworkLink? LicenseLink { get; init; }

    /// <summary>The document the item belongs to (<c>CFDocumentURI</c>).</summary>
    public FrameworkLink? DocumentLink { get; init; }

    /// <summary>When the status starts, as written.</summary>
    public string? StatusStartDate { get; init; }

    /// <summary>When the status ends, as written.</summary>
    public string? StatusEndDate { get; init; }

    /// <summary>The code when there is one, else the identifier: how a teacher would name the item.</summary>
    public string Label => string.IsNullOrEmpty(Code) ? Id.Value : Code;
}

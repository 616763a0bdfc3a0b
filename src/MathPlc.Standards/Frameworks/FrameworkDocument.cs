using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// The document a standards framework comes from (CASE 1.0 <c>CFDocument</c>): its identifier, URI, creator, title
/// and last change, with the optional descriptive properties kept as written.
/// </summary>
/// <remarks>
/// Source: 1EdTech CASE 1.0 CFPackage JSON schema. Timestamps and dates are kept as the exporter wrote them
/// (some real exports omit the time zone), so a round trip through a CASE file changes nothing.
/// </remarks>
public sealed record FrameworkDocument
{
    /// <summary>Creates a document.</summary>
    /// <exception cref="ArgumentException"><paramref name="identifier"/> or <paramref name="title"/> is empty.</exception>
    public FrameworkDocument(string identifier, string title)
    {
        Guard.Against.NullOrWhiteSpace(identifier);
        Guard.Against.Null(title);
        Identifier = identifier;
        Title = title;
    }

    /// <summary>The document's identifier (a UUID in CASE).</summary>
    public string Identifier { get; }

    /// <summary>The framework's title, e.g. "Multi-State Common Core Mathematics".</summary>
    public string Title { get; }

    /// <summary>The document's URI (<c>uri</c>).</summary>
    public string? Uri { get; init; }

    /// <summary>Who made the framework (<c>creator</c>).</summary>
    public string? Creator { get; init; }

    /// <summary>When it last changed (<c>lastChangeDateTime</c>), as written.</summary>
    public string? LastChangeDateTime { get; init; }

    /// <summary>The official source (<c>officialSourceURL</c>).</summary>
    public string? OfficialSourceUrl { get; init; }

    /// <summary>The publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The subjects (CASE allows one string or several).</summary>
    public ValueArray<string> Subjects { get; init; } = [];

    /// <summary>Links to the subjects (<c>subjectURI</c>).</summary>
    public ValueArray<FrameworkLink> SubjectLinks { get; init; } = [];

    /// <summary>The language, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The version.</summary>
    public string? Version { get; init; }

    /// <summary>The adoption status, e.g. "Draft" or "Adopted".</summary>
    public string? AdoptionStatus { get; init; }

    /// <summary>When the status starts, as written.</summary>
    public string? StatusStartDate { get; init; }

    /// <summary>When the status ends, as written.</summary>
    public string? StatusEndDate { get; init; }

    /// <summary>The licence (<c>licenseURI</c>).</summary>
    public FrameworkLink? LicenseLink { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The package this document belongs to (<c>CFPackageURI</c>).</summary>
    public FrameworkLink? PackageLink { get; init; }
}

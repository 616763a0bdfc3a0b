using MathPlc.Standards;

namespace MathPlc.Standards.Case;

/// <summary>
/// A CASE 1.0 package (<c>CFPackage</c>): the framework graph (CFDocument, CFItems, CFAssociations) and the
/// package's definitions and rubrics, kept as compact JSON so a round trip through a file loses nothing.
/// </summary>
/// <param name="Framework">The document, items and associations.</param>
/// <param name="Definitions">The <c>CFDefinitions</c> object as compact JSON, or null when the package has none.</param>
/// <param name="Rubrics">The <c>CFRubrics</c> array as compact JSON, or null when the package has none.</param>
public sealed record CasePackage(StandardsFramework Framework, string? Definitions = null, string? Rubrics = null)
{
    /// <summary>The framework; never null.</summary>
    public StandardsFramework Framework { get; init; } = Guard.Against.Null(Framework);
}

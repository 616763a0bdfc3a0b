namespace MathPlc.Standards;

/// <summary>
/// A link to another node or resource, as CASE 1.0 writes it: a title, an identifier and a URI (the
/// <c>LinkURI</c> and <c>LinkGenURI</c> objects of the CFPackage schema).
/// </summary>
/// <remarks>
/// Source: 1EdTech CASE 1.0 CFPackage JSON schema (<c>case-v1p0-cfpackage-schema.json</c>). The identifier of a
/// <c>LinkGenURI</c> may be any string, because the far end may be an external resource such as a task page.
/// </remarks>
/// <param name="Title">The far end's title as the exporter wrote it (may be empty).</param>
/// <param name="Identifier">The far end's identifier (a UUID for nodes in a CASE framework).</param>
/// <param name="Uri">The far end's URI (may be empty when the exporter gave none).</param>
public sealed record FrameworkLink(string Title, string Identifier, string Uri);

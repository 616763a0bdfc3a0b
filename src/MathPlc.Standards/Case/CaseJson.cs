using System.Text.Encodings.Web;
using System.Text.Json;
using MathPlc.Standards;

namespace MathPlc.Standards.Case;

/// <summary>
/// CASE 1.0 packages (<c>CFPackage</c> JSON) in and out: read into a <see cref="StandardsFramework"/> in strict or
/// tolerant mode, and written back as CASE 1.0.
/// </summary>
/// <remarks>
/// <para>Source: 1EdTech CASE 1.0 CFPackage JSON schema (<c>opensalt/opensalt</c>
/// <c>core/config/schema/case-v1p0-cfpackage-schema.json</c>) and the tolerant-reader notes in interop.md §1.5.</para>
/// <para><b>Both modes</b> keep every item and association of the file and return the same framework; they differ
/// in what they report. <see cref="CaseReadMode.Strict"/> reports every departure from CASE 1.0 with its JSON path
/// (<c>$.CFItems[3].educationalLevel</c>): codes <c>legacy-property</c>, <c>string-link</c>, <c>string-number</c>,
/// <c>string-for-array</c>, <c>no-time-zone</c>, <c>null-value</c>, <c>not-a-uuid</c>, <c>missing-property</c>,
/// <c>unknown-property</c>, <c>unknown-association-type</c>. <see cref="CaseReadMode.Tolerant"/> records only what it
/// normalised (same codes, the message says what it did) and accepts identifiers that are not 1.0 UUIDs (CASE 1.1
/// relaxed that rule) and extension association types. Unknown properties (such as OpenSALT's pre-CASE
/// <c>CFItemAssociationURI</c>) are not kept.</para>
/// <para><b>Dangling associations</b> (an end that is not in the package and has no absolute URI) are kept and
/// reported as <c>dangling-association</c> in both modes.</para>
/// <para><b>No mode can read</b> (a <see cref="DataFileException"/>): text that is not JSON (<c>bad-json</c>, with line
/// and column), no <c>CFDocument</c> or a node without an identifier (<c>missing-property</c>), a value of the wrong
/// JSON type (<c>wrong-type</c>, <c>bad-number</c>), two items or two associations with one identifier
/// (<c>duplicate-identifier</c>), a cycle in <c>isChildOf</c> or <c>precedes</c> (<c>cycle</c>).</para>
/// <para>The writer emits CASE 1.0: <c>educationLevel</c> arrays, link objects, integer sequence numbers, UTF-8
/// without escaping non-ASCII text, properties in the schema's order, absent values left out.</para>
/// </remarks>
public static class CaseJson
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a CASE package from UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <param name="mode">Strict or tolerant (default).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file cannot be read as a CASE package in any mode; every problem is listed.</exception>
    public static CaseReadResult Read(Stream utf8Json, string fileName, CaseReadMode mode = CaseReadMode.Tolerant)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        return new CaseReader(fileName, mode).Read(utf8Json);
    }

    /// <summary>Writes <paramref name="package"/> as CASE 1.0 JSON (indented, UTF-8 without a byte-order mark, ending with a new line).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, CasePackage package)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(package);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
            CaseWriter.Write(writer, package);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Makes <paramref name="package"/> strict CASE 1.0, normalising what the tolerant reader accepted, and says what it
    /// changed: a date-time without a time zone is read as UTC and given <c>+00:00</c>; a null value (in
    /// <c>CFDefinitions</c> or <c>CFRubrics</c>) is left out; an identifier that is not a lower-case UUID of version 1–5
    /// becomes one (an upper-case UUID in lower case, anything else its name-based UUID, RFC 9562 version 5 in the URL
    /// namespace), and every link and association end that names it follows; a missing <c>uri</c> becomes
    /// <c>urn:uuid:</c> and the identifier, a missing <c>lastChangeDateTime</c> the document's (else the latest in the
    /// package), a missing document <c>creator</c> its publisher; an association type CASE 1.0 does not define becomes
    /// <c>isRelatedTo</c>; and the items are put in outline order (each after its parent, siblings and top-level items
    /// by <c>sequenceNumber</c>). Nothing is dropped: every item and association is kept.
    /// </summary>
    /// <param name="package">The package, as read in either mode.</param>
    /// <param name="fileName">The name the notes give the package (the file it was read from).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">CASE 1.0 requires something the package has nothing to take from (a
    /// <c>lastChangeDateTime</c> when no node has one, a document <c>creator</c> without a publisher): code
    /// <c>missing-property</c> with the JSON path.</exception>
    /// <remarks>Decision record 0054.</remarks>
    public static CaseNormalisation ToStrict(CasePackage package, string fileName)
    {
        Guard.Against.Null(package);
        Guard.Against.Null(fileName);
        return CaseStrictWriter.Normalise(package, fileName);
    }

    /// <summary>Writes a framework with no definitions or rubrics as CASE 1.0 JSON.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, StandardsFramework framework) => Write(utf8Json, new CasePackage(framework));
}

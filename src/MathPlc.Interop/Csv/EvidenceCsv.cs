using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Evidence files: one score of one student on one learning target on one date per row, as teams export them
/// from a gradebook or assessment platform, and as <c>mathplc proficiency --in</c> reads them.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>student_id</c>, <c>target_id</c>, <c>assessed_on</c> (a date, <c>yyyy-MM-dd</c>) and <c>score</c>
/// (a finite number) are required; <c>sequence</c> (a whole number, 0 or more, ordering evidence on the same
/// date; empty means 0), <c>kind</c> (<c>summative</c>, the default when empty, <c>formative</c> or
/// <c>behaviour</c>; <c>behavior</c> too; any case), <c>weight</c> (a number, 0 or more; empty means not
/// weighted) and <c>source</c> (text; empty means none) are optional.
/// </para>
/// <para>
/// The file: RFC 4180 CSV, UTF-8 with or without a byte order mark, comma separated, CRLF or LF line ends,
/// quoted values may hold commas, doubled quotes and line breaks. The first line is the header; columns are found
/// by name, trimmed and ignoring case, in any order, and unknown columns are ignored. Values are trimmed of
/// spaces and tabs outside quotes. Numbers use a point for decimals whatever the computer's language settings.
/// </para>
/// <para>
/// Problems (each a <see cref="DataDiagnostic"/> with file, line, column, header and value; the line is where
/// the row starts): <c>empty-file</c>, <c>no-header</c> (a blank first line), <c>duplicate-header</c> (a known
/// column named twice), <c>missing-column</c> (one per missing required column, listing the header found);
/// in a row: <c>wrong-field-count</c>, <c>bad-quoting</c>, <c>blank-line</c>, <c>empty-id</c>,
/// <c>bad-date</c> (including dates that do not exist, such as 2026-02-30), <c>not-a-number</c> (including an
/// empty score, NaN and infinity), <c>bad-sequence</c>, <c>bad-kind</c>, <c>bad-weight</c> (a negative or non-numeric weight), and when a scale is given <c>off-scale</c> (and, under
/// <see cref="EvidenceCsvChecks"/>, <c>off-step</c> and <c>weight-not-used</c>). A row reports all of
/// its bad fields. A row with the wrong number of fields reports only that (at the first missing column, or at
/// the first extra field with its value), since its values are misplaced. A diagnostic's field is the header as
/// written in the file; its value is the field as read (trimmed), or for bad quoting the field as written, cut at
/// its first line break.
/// </para>
/// <para>
/// Blank lines: a blank line (empty, or only spaces and tabs) between data rows is reported as
/// <c>blank-line</c>, because it often marks files pasted together or rows lost; blank lines after the last data
/// row are ignored.
/// </para>
/// </remarks>
public static class EvidenceCsv
{
    /// <summary>
    /// Reads an evidence file from a stream, which is read to its end and left open. Never throws for bad data:
    /// every data row comes back as evidence or as the problems found in it (see <see cref="ReadResult{T}.GetValueOrThrow"/>). Scores are not checked against a scale; see
    /// <see cref="Read(Stream, string, ProficiencyScale)"/>.
    /// </summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The name diagnostics give the file, e.g. its path or <c>&lt;stdin&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<Evidence> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        return CsvFileReader.Read(stream, fileName, EvidenceCsvRow.Columns, static row => EvidenceCsvRow.Parse(row));
    }

    /// <summary>
    /// Reads an evidence file whose scores must lie on <paramref name="scale"/>, as <see cref="Read(Stream, string)"/> does, and
    /// also reports a finite score outside the scale's range as <c>off-scale</c> at its line and column, with the value and the
    /// scale's range: a 5 on a 0–4 scale is a typing or export mistake, and scoring it would give a proficiency no level can hold.
    /// </summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The name diagnostics give the file, e.g. its path or <c>&lt;stdin&gt;</c>.</param>
    /// <param name="scale">The scale every score must lie on (see <see cref="ProficiencyScale.Contains"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<Evidence> Read(Stream stream, string fileName, ProficiencyScale scale)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(scale);
        return CsvFileReader.Read(stream, fileName, EvidenceCsvRow.Columns, row => EvidenceCsvRow.Parse(row, scale));
    }

    /// <summary>
    /// Reads an evidence file under <paramref name="checks"/>, as <see cref="Read(Stream, string, ProficiencyScale)"/> does, and
    /// also reports a score off the scale's step as <c>off-step</c> when <see cref="EvidenceCsvChecks.OnStep"/>, and any weight as
    /// <c>weight-not-used</c> when <see cref="EvidenceCsvChecks.MethodThatCannotWeigh"/> names a method (a weight the method would
    /// ignore is refused, never dropped silently).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<Evidence> Read(Stream stream, string fileName, EvidenceCsvChecks checks)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(checks);
        return CsvFileReader.Read(stream, fileName, EvidenceCsvRow.Columns, row => EvidenceCsvRow.Parse(row, checks));
    }

    /// <summary>Reads an evidence file from disk under <paramref name="checks"/>; see <see cref="Read(Stream, string, EvidenceCsvChecks)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<Evidence> ReadFile(string path, EvidenceCsvChecks checks)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(checks);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path, checks);
    }

    /// <summary>Reads an evidence file from disk; diagnostics name it by <paramref name="path"/> as given. See <see cref="Read(Stream, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CsvReadResult<Evidence> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>
    /// Reads an evidence file from disk whose scores must lie on <paramref name="scale"/>; diagnostics name it by
    /// <paramref name="path"/> as given. See <see cref="Read(Stream, string, ProficiencyScale)"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CsvReadResult<Evidence> ReadFile(string path, ProficiencyScale scale)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(scale);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path, scale);
    }


    /// <summary>
    /// Writes evidence as CSV with the header <c>student_id,target_id,assessed_on,score,sequence,kind,weight,source</c>:
    /// RFC 4180, UTF-8 without a byte order mark, CRLF line ends, numbers in the invariant culture at round-trip
    /// precision, dates <c>yyyy-MM-dd</c>, kinds in lower case, an empty field for no weight or no source; values
    /// are quoted only when they hold a comma, quote or line break, or start or end with a space or tab.
    /// <see cref="Read(Stream, string)"/> reads the output back to equal evidence. The stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> holds null (what came before it has been written).</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(Stream output, IEnumerable<Evidence> evidence)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(evidence);
        using var writer = CsvOutput.Create(output);
        writer.WriteHeader(EvidenceCsvRow.Header.AsSpan());
        foreach (var item in evidence)
        {
            Guard.Against.Unmet(item is not null, nameof(evidence), "The evidence to write must not hold null.");
            EvidenceCsvRow.Write(writer, item);
        }
    }

    /// <summary>
    /// Writes evidence to a file as <see cref="Write"/> does, all or nothing through <see cref="OutputFile"/>, so a
    /// failure never leaves a half-written file.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space or names a folder, or <paramref name="evidence"/> holds null.</exception>
    /// <exception cref="OutputPathException">The path may not be written: a missing folder, a folder, device, pipe or link that does not lead to a regular file, or no permission (see <see cref="OutputTarget"/>).</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written.</exception>
    public static void WriteFile(string path, IEnumerable<Evidence> evidence)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(evidence);
        OutputFile.Write(path, stream => Write(stream, evidence));
    }
}

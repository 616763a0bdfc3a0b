namespace MathPlc.Interop.Csv;

/// <summary>
/// Writes a table of text as CSV: a header row, then one row per record, every row as wide as the header. For the
/// tables the command-line tool outputs (proficiency, tiers, groups, agreement statistics, …).
/// </summary>
/// <remarks>
/// RFC 4180, comma separated, CRLF line ends, UTF-8 without a byte order mark. A field is quoted when it holds a
/// comma, a quote or a line break, or starts or ends with a space or tab; quotes inside are doubled. A null field
/// is written empty. Format numbers with the invariant culture before passing them in. A text cell a spreadsheet would
/// run as a formula is neutralised with a leading <c>'</c> unless the caller asks for <see cref="CsvFormulas.Raw"/>
/// (see <see cref="CsvFormulas"/>); a cell that is a number is never touched.
/// </remarks>
public static class CsvTable
{
    /// <summary>Writes the header and the rows to a stream, which is left open.</summary>
    /// <param name="output">Where to write, e.g. standard output.</param>
    /// <param name="header">The column names, at least one, none null.</param>
    /// <param name="rows">The rows, each with exactly as many fields as the header.</param>
    /// <param name="formulas">Whether formula cells are neutralised (the default) or written raw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="header"/>, <paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// The header is empty or holds null, or a row's width differs from the header's (the rows before it have been
    /// written; use <see cref="WriteFile"/> for all or nothing).
    /// </exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(output);
        CheckHeader(header);
        Guard.Against.Null(rows);
        using var writer = CsvOutput.Create(output);
        bool neutralise = formulas == CsvFormulas.Neutralise;
        foreach (var name in header) writer.WriteField(neutralise ? CsvFormulaCell.Neutralise(name) : name);
        writer.EndRecord();
        int index = 0;
        foreach (var row in rows)
        {
            Guard.Against.Null(row, nameof(rows));
            Guard.Against.Unmet(row.Count == header.Count, nameof(rows),
                $"Row {index} has {row.Count} fields but the header has {header.Count}.");
            foreach (var field in row) writer.WriteField(field is null ? string.Empty : neutralise ? CsvFormulaCell.Neutralise(field) : field);
            writer.EndRecord();
            index++;
        }
    }

    /// <summary>
    /// Writes the header and the rows to a file, all or nothing through <see cref="OutputFile"/>, so a failure never
    /// leaves a half-written file. See <see cref="Write"/>.
    /// </summary>
    /// <param name="path">The file to create or replace (see <see cref="OutputFile.Write"/> for what it may be).</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="formulas">Whether formula cells are neutralised (the default) or written raw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/>, <paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="path"/> is empty or white space or names a folder, the header is empty or holds null, or a
    /// row's width differs from the header's.
    /// </exception>
    /// <exception cref="OutputPathException">The path may not be written: a missing folder, a folder, device, pipe or link that does not lead to a regular file, or no permission (see <see cref="OutputTarget"/>).</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written.</exception>
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.NullOrWhiteSpace(path);
        CheckHeader(header);
        Guard.Against.Null(rows);
        OutputFile.Write(path, stream => Write(stream, header, rows, formulas));
    }

    private static void CheckHeader(IReadOnlyList<string> header)
    {
        Guard.Against.Null(header);
        Guard.Against.Unmet(header.Count > 0, nameof(header), "A table needs at least one column.");
        Guard.Against.Unmet(header.All(static h => h is not null), nameof(header), "A column name must not be null.");
    }
}

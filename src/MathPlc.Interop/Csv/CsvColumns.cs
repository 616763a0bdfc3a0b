namespace MathPlc.Interop.Csv;

/// <summary>
/// The columns a CSV reader knows, and how a file's header is matched to them: by name, trimmed and ignoring
/// case, in any order; unknown columns are ignored.
/// </summary>
internal sealed class CsvColumns(params ImmutableArray<CsvColumn> columns)
{
    /// <summary>The known columns, in the order readers refer to them by index.</summary>
    public ImmutableArray<CsvColumn> All { get; } = columns;

    /// <summary>
    /// Matches a header. Reports a known column named twice (<c>duplicate-header</c>) and every required
    /// column that is absent (<c>missing-column</c>) as file-level diagnostics on line 1; unknown columns,
    /// repeated or not, are ignored.
    /// </summary>
    /// <returns>The header, trimmed, and for each known column its 0-based field position, or -1 when absent.</returns>
    public (ImmutableArray<string> Header, ImmutableArray<int> Positions) Match(
        IReadOnlyList<string> header, string file, List<DataDiagnostic> diagnostics)
    {
        var names = header.Select(static h => h.Trim()).ToImmutableArray();
        var positions = Enumerable.Repeat(-1, All.Length).ToArray();
        for (int field = 0; field < names.Length; field++)
        {
            int known = IndexOf(names[field]);
            if (known < 0) continue;
            if (positions[known] < 0)
            {
                positions[known] = field;
                continue;
            }
            diagnostics.Add(new DataDiagnostic(CsvDiagnosticCodes.DuplicateHeader,
                $"The column {All[known].Name} appears more than once (columns {positions[known] + 1} and {field + 1}); keep only one.",
                file, Line: 1, Column: field + 1, Field: All[known].Name, Value: names[field]));
        }
        var found = string.Join(", ", names.Select(static n => n.Length == 0 ? "(blank)" : n));
        for (int known = 0; known < All.Length; known++)
        {
            if (positions[known] >= 0 || !All[known].Required) continue;
            diagnostics.Add(new DataDiagnostic(CsvDiagnosticCodes.MissingColumn,
                $"The required column {All[known].Name} is missing. The header has: {found}.",
                file, Line: 1, Field: All[known].Name));
        }
        return (names, [.. positions]);
    }

    private int IndexOf(string name)
    {
        for (int known = 0; known < All.Length; known++)
            if (string.Equals(All[known].Name, name, StringComparison.OrdinalIgnoreCase)) return known;
        return -1;
    }
}

using System.Globalization;
using MathPlc.Teams;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a printed runs table.</summary>
/// <param name="Useful">The number of useful observations (points not on the median).</param>
/// <param name="Fewest">The fewest runs expected by chance.</param>
/// <param name="Most">The most runs expected by chance.</param>
public sealed record RunsTableRow(int Useful, int Fewest, int Most);

/// <summary>
/// A printed runs table as <c>mathplc runchart --runs-table</c> reads it: columns <c>useful</c> (the number of useful
/// observations, points not on the median), <c>fewest</c> and <c>most</c> (the fewest and most runs expected by chance),
/// one row per number of useful observations, for a team to judge its charts against the table it checks by hand
/// (Perla, Provost &amp; Murray 2011, Table 1, for IHI users; decision 0048).
/// </summary>
/// <remarks>
/// The common CSV rules of <see cref="EvidenceCsv"/> apply. Problems: the reader's codes, <c>bad-count</c> (a value that is
/// not a whole number of 2 or more), <c>impossible-row</c> (fewest above most, or most above the useful observations),
/// <c>duplicate-useful</c> (a number of useful observations listed twice); every bad row is reported, none dropped.
/// </remarks>
public static class RunsTableCsv
{
    private const int Useful = 0, Fewest = 1, Most = 2;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("useful", Required: true),
        new CsvColumn("fewest", Required: true),
        new CsvColumn("most", Required: true));

    /// <summary>Reads a runs table from a stream, which is read to its end and left open. Never throws for bad data.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<RunsTableRow> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<int>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = Count(row, Useful, out int useful) & Count(row, Fewest, out int fewest) & Count(row, Most, out int most);
            if (!ok) return null;
            if (fewest > most || most > useful)
            {
                row.Report(Most, "impossible-row", string.Create(CultureInfo.InvariantCulture,
                    $"{fewest} to {most} runs cannot be expected among {useful} useful observations: the fewest comes first and the most is at most the number of useful observations."));
                return null;
            }
            if (!seen.Add(useful))
            {
                row.Report(Useful, "duplicate-useful", "This number of useful observations already has a row; keep one row per number.");
                return null;
            }
            return new RunsTableRow(useful, fewest, most);
        });
    }

    /// <summary>Reads the file through <paramref name="stream"/> as a table whose source names <paramref name="fileName"/>.</summary>
    /// <exception cref="DataFileException">A row is bad, or the file has no rows (<c>no-rows</c>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static RunsLimitTable ReadTable(Stream stream, string fileName)
    {
        var rows = Read(stream, fileName).GetValueOrThrow();
        if (rows.IsEmpty)
            throw new DataFileException([new DataDiagnostic("no-rows", "The runs table has no rows; give one row per number of useful observations (useful, fewest, most).", fileName, 1)]);
        return new RunsLimitTable($"the runs table in {fileName}", rows.Select(r => (r.Useful, r.Fewest, r.Most)));
    }

    private static bool Count(CsvRowFields row, int column, out int value)
    {
        bool ok = row.TryOptionalCount(column, "bad-count", out value);
        if (ok && value < 2)
        {
            row.Report(column, "bad-count", "This must be a whole number, 2 or more.");
            return false;
        }
        return ok;
    }
}

using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Everything a CSV reader found in one file: every data row, each as a value or as its problems, and the
/// problems with the file as a whole (an empty file, a missing or repeated column). The <see cref="ReadResult{T}.Value"/>
/// is the values of the rows that could be read, in file order; <see cref="ReadResult{T}.Problems"/> the file's
/// problems first, then the rows' in file order.
/// </summary>
/// <typeparam name="T">What each row becomes, e.g. <see cref="MathPlc.Core.Evidence"/>.</typeparam>
/// <remarks>
/// Nothing is dropped silently: the number of values plus the number of rows with problems is the number of data
/// rows read. When the header is unusable, no row is read: <see cref="Rows"/> is empty and
/// <see cref="FileDiagnostics"/> says why. A CSV reader has no notes. Results compare equal by content.
/// </remarks>
public sealed record CsvReadResult<T> : ReadResult<ValueArray<T>>
    where T : class
{
    /// <summary>Collects what was read from a file.</summary>
    /// <param name="file">The file's name or path, as diagnostics name it.</param>
    /// <param name="fileDiagnostics">Problems with the file as a whole.</param>
    /// <param name="rows">Every data row, in file order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public CsvReadResult(string file, ImmutableArray<DataDiagnostic> fileDiagnostics, ImmutableArray<CsvRow<T>> rows)
        : this(Guard.Against.Null(file), fileDiagnostics.IsDefault ? [] : fileDiagnostics, rows.IsDefault ? [] : rows, Split(fileDiagnostics, rows))
    {
    }

    private CsvReadResult(string file, ImmutableArray<DataDiagnostic> fileDiagnostics, ImmutableArray<CsvRow<T>> rows,
        (ImmutableArray<T> Values, ImmutableArray<DataDiagnostic> Problems) split)
        : base(split.Values, split.Problems, [])
    {
        File = file;
        FileDiagnostics = fileDiagnostics;
        Rows = rows;
    }

    /// <summary>The file's name or path, as diagnostics name it.</summary>
    public string File { get; }

    /// <summary>Problems with the file as a whole, found before any row was read.</summary>
    public ValueArray<DataDiagnostic> FileDiagnostics { get; }

    /// <summary>Every data row, in file order, each with its line and either its value or its problems.</summary>
    public ValueArray<CsvRow<T>> Rows { get; }

    private static (ImmutableArray<T>, ImmutableArray<DataDiagnostic>) Split(ImmutableArray<DataDiagnostic> fileDiagnostics, ImmutableArray<CsvRow<T>> rows)
    {
        if (rows.IsDefault) rows = [];
        var values = ImmutableArray.CreateBuilder<T>(rows.Length);
        var problems = ImmutableArray.CreateBuilder<DataDiagnostic>();
        if (!fileDiagnostics.IsDefault) problems.AddRange(fileDiagnostics);
        foreach (var row in rows)
        {
            if (row.IsValid) values.Add(row.Value);
            else problems.AddRange(row.Diagnostics);
        }
        return (values.DrainToImmutable(), problems.DrainToImmutable());
    }
}

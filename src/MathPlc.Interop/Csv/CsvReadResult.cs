using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Everything a CSV reader found in one file: every data row, each as a value or as its problems, and the
/// problems with the file as a whole (an empty file, a missing or repeated column).
/// </summary>
/// <typeparam name="T">What each row becomes, e.g. <see cref="MathPlc.Core.Evidence"/>.</typeparam>
/// <remarks>
/// Nothing is dropped silently: the number of <see cref="Values"/> plus the number of rows with diagnostics is
/// the number of data rows read. When the header is unusable, no row is read: <see cref="Rows"/> is empty and
/// <see cref="FileDiagnostics"/> says why. Results compare equal by content.
/// </remarks>
public sealed record CsvReadResult<T>
    where T : class
{
    /// <summary>Collects what was read from a file.</summary>
    /// <param name="file">The file's name or path, as diagnostics name it.</param>
    /// <param name="fileDiagnostics">Problems with the file as a whole.</param>
    /// <param name="rows">Every data row, in file order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public CsvReadResult(string file, ImmutableArray<DataDiagnostic> fileDiagnostics, ImmutableArray<CsvRow<T>> rows)
    {
        Guard.Against.Null(file);
        File = file;
        FileDiagnostics = fileDiagnostics.IsDefault ? [] : fileDiagnostics;
        Rows = rows.IsDefault ? [] : rows;

        var values = ImmutableArray.CreateBuilder<T>(Rows.Length);
        var diagnostics = ImmutableArray.CreateBuilder<DataDiagnostic>();
        diagnostics.AddRange(FileDiagnostics);
        foreach (var row in Rows)
        {
            if (row.IsValid) values.Add(row.Value);
            else diagnostics.AddRange(row.Diagnostics);
        }
        Values = values.DrainToImmutable();
        Diagnostics = diagnostics.DrainToImmutable();
    }

    /// <summary>The file's name or path, as diagnostics name it.</summary>
    public string File { get; }

    /// <summary>Problems with the file as a whole, found before any row was read.</summary>
    public ValueArray<DataDiagnostic> FileDiagnostics { get; }

    /// <summary>Every data row, in file order, each with its line and either its value or its problems.</summary>
    public ValueArray<CsvRow<T>> Rows { get; }

    /// <summary>The values of the rows that could be read, in file order.</summary>
    public ValueArray<T> Values { get; }

    /// <summary>Every problem found, the file's first, then the rows' in file order.</summary>
    public ValueArray<DataDiagnostic> Diagnostics { get; }

    /// <summary>Whether anything in the file could not be read.</summary>
    public bool HasErrors => !Diagnostics.IsEmpty;

    /// <summary>The values, when the whole file could be read.</summary>
    /// <exception cref="DataFileException">Something could not be read; the exception carries every diagnostic.</exception>
    public ImmutableArray<T> ValuesOrThrow() => HasErrors ? throw new DataFileException(Diagnostics) : Values;
}

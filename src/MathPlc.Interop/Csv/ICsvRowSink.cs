namespace MathPlc.Interop.Csv;

/// <summary>
/// Where <see cref="CsvFileReader"/> puts the rows it reads, one at a time, so a reader can keep rows as objects
/// (<see cref="CsvFileReader.Read{T}"/>) or as columns (<see cref="ColumnarEvidenceCsv"/>) with the same checks.
/// </summary>
internal interface ICsvRowSink
{
    /// <summary>Reads the current row (it has the header's number of fields); false exactly when it reported a problem. Keeps what it read until <see cref="Accept"/> or <see cref="Reject"/>.</summary>
    bool Parse(CsvRowFields fields);

    /// <summary>The row just parsed, starting on <paramref name="line"/>, is good: keep it.</summary>
    void Accept(int line);

    /// <summary>The row starting on <paramref name="line"/> could not be read (a blank line, its shape, or its fields), for these reasons.</summary>
    void Reject(int line, ImmutableArray<DataDiagnostic> diagnostics);
}

using System.Globalization;
using System.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using Parquet;
using Parquet.Schema;

namespace MathPlc.Cli.Grading;

/// <summary>
/// An evidence file in Apache Parquet (chosen by the <c>.parquet</c> extension), giving the same results and the same
/// bad-data diagnostics as the same evidence in CSV. The fast path of <c>mathplc proficiency</c> reads the typed
/// columns, row group by row group, straight into the columnar evidence (<see cref="ReadRows"/>, decision 0166); a file
/// it does not vouch for, and every other reader, goes through the CSV text the columns stand for (<see cref="ThroughCsv"/>:
/// header = the Parquet column names, written to a temporary file deleted on close), every diagnostic's line turned
/// back into the Parquet row number (1 = the first row).
/// </summary>
/// <remarks>
/// <para>Columns are matched by name as in a CSV file (case-insensitive, any order, others ignored). A column may be
/// text, a whole or decimal number, a date (<c>DATE</c>, or a timestamp at midnight) or a boolean; a null is an empty
/// field. Text with a line break is bad data (<c>line-break-in-text</c>, its row): no id, kind or source has one.
/// Nested and repeated columns are not read.</para>
/// <para>Parquet.Net 6.1.0 (fully managed), in the CLI only (decision 0055).</para>
/// </remarks>
internal static class ParquetEvidence
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file (by its extension, ignoring case).</summary>
    public static bool IsParquet(string? path) => path is not null && path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs <paramref name="readCsv"/> on the CSV the Parquet file in <paramref name="parquet"/> stands for, with every
    /// diagnostic it reports (thrown or returned) naming Parquet rows instead of CSV lines.
    /// </summary>
    /// <exception cref="DataFileException">The file is not Parquet, has a row with a line break in its text, or <paramref name="readCsv"/> found bad data.</exception>
    public static T ThroughCsv<T>(Stream parquet, string file, Func<Stream, T> readCsv)
    {
        // The readers want a file they may read twice; the CSV text goes to a temporary file, deleted on close, whose
        // name no message shows (the diagnostics name the Parquet file).
        using var csv = new FileStream(Path.Combine(Path.GetTempPath(), $"mathplc-{Guid.NewGuid():N}.csv"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        WriteCsv(parquet, file, csv);   // its diagnostics name rows already
        csv.Position = 0;
        try
        {
            return readCsv(csv);
        }
        catch (DataFileException e)
        {
            throw new DataFileException([.. e.Diagnostics.Select(ToRow)], e);
        }
    }

    /// <summary>A diagnostic about line L of the CSV text as one about Parquet row L − 1 (the header line is about the columns: no row).</summary>
    public static DataDiagnostic ToRow(DataDiagnostic diagnostic) =>
        diagnostic with { Line = diagnostic.Line is > 1 and { } line ? line - 1 : null, Column = null };

    /// <summary>
    /// Reads the Parquet file in <paramref name="parquet"/> straight into columnar evidence, a row group at a time, with
    /// no CSV text in between (decision 0166): <paramref name="readRows"/> is given the column names, the file's row
    /// count (for the memory plan) and the loop that hands every row to its sink. Null when the columns are not ones
    /// this reads (an id that is not text, a date that is not a date, a score that is not a number) or a row was not
    /// vouched for; the caller then reads the file through <see cref="ThroughCsv"/>, whose diagnostics name Parquet rows.
    /// </summary>
    /// <exception cref="DataFileException">The file is not Parquet.</exception>
    public static EvidenceRows? ReadRows(Stream parquet, string file, Func<IReadOnlyList<string>, long, Func<EvidenceRowSink, bool>, EvidenceRows?> readRows)
    {
        var reader = Open(parquet, file);
        try
        {
            DataField[] fields = [.. reader.Schema.Fields.OfType<DataField>().Where(f => !f.IsArray)];
            long count = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                count += group.RowCount;
            }
            return readRows([.. fields.Select(f => f.Name)], count, sink => Fill(reader, fields, sink));
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    // Every row of every row group into the sink; false at the first column or row it does not vouch for.
    private static bool Fill(ParquetReader reader, DataField[] fields, EvidenceRowSink sink)
    {
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            if (Texts(group, fields[sink.StudentColumn], rows) is not { } students || Texts(group, fields[sink.TargetColumn], rows) is not { } targets
                || Dates(group, fields[sink.AssessedOnColumn], rows) is not { } dates || Numbers(group, fields[sink.ScoreColumn], rows) is not { } scores)
                return false;
            long?[]? sequences = null;
            string?[]? kinds = null;
            if (sink.SequenceColumn >= 0 && (sequences = WholeNumbers(group, fields[sink.SequenceColumn], rows)) is null) return false;
            if (sink.KindColumn >= 0 && (kinds = Texts(group, fields[sink.KindColumn], rows)) is null) return false;
            for (int r = 0; r < rows; r++)
                if (dates[r] is not { } date || scores[r] is not { } score || !sink.Add(students[r], targets[r], date, score, sequences?[r], kinds?[r]))
                    return false;
        }
        return true;
    }

    private static string?[]? Texts(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type != typeof(string) && type != typeof(ReadOnlyMemory<char>)) return null;
        var values = new string?[rows];
        group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
        return values;
    }

    // A DATE column, or a timestamp column whose values are all at midnight (the CSV text of any other is not a date).
    private static DateOnly?[]? Dates(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(DateOnly)) return Values<DateOnly, DateOnly>(group, field, rows, static v => v);
        if (type != typeof(DateTime)) return null;
        var times = Values<DateTime, DateTime>(group, field, rows, static v => v);
        var dates = new DateOnly?[rows];
        for (int i = 0; i < rows; i++)
            if (times[i] is { } time)
                dates[i] = time.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(time) : null;
        return dates;
    }

    // A number column whose values are exactly the doubles their CSV text reads back as (not decimal: its text is rounded once more).
    private static double?[]? Numbers(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(double)) return Values<double, double>(group, field, rows, static v => v);
        if (type == typeof(float)) return Values<float, double>(group, field, rows, static v => v);
        return WholeNumbers(group, field, rows) is { } whole ? Array.ConvertAll(whole, static v => (double?)v) : null;
    }

    private static long?[]? WholeNumbers(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        return type switch
        {
            _ when type == typeof(long) => Values<long, long>(group, field, rows, static v => v),
            _ when type == typeof(int) => Values<int, long>(group, field, rows, static v => v),
            _ when type == typeof(short) => Values<short, long>(group, field, rows, static v => v),
            _ when type == typeof(sbyte) => Values<sbyte, long>(group, field, rows, static v => v),
            _ when type == typeof(byte) => Values<byte, long>(group, field, rows, static v => v),
            _ => null,
        };
    }

    // One column of a row group, each value converted, null where the file has a null.
    private static TOut?[] Values<TValue, TOut>(ParquetRowGroupReader group, DataField field, int rows, Func<TValue, TOut> convert)
        where TValue : struct
        where TOut : struct
    {
        var values = Column<TValue>(group, field, rows);
        var result = new TOut?[rows];
        for (int i = 0; i < rows; i++) result[i] = values[i] is { } value ? convert(value) : null;
        return result;
    }

    // One column of a row group as nullable values, whether the field is nullable or not.
    private static TValue?[] Column<TValue>(ParquetRowGroupReader group, DataField field, int rows)
        where TValue : struct
    {
        var values = new TValue?[rows];
        if (field.IsNullable)
        {
            group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
            return values;
        }
        var plain = new TValue[rows];
        group.ReadAsync(field, plain.AsMemory()).GetAwaiter().GetResult();
        for (int i = 0; i < rows; i++) values[i] = plain[i];
        return values;
    }

    // Writes the CSV text the Parquet file stands for to `csv`: the header (the column names), then one row group at a time.
    private static void WriteCsv(Stream parquet, string file, Stream csv)
    {
        var reader = Open(parquet, file);
        try
        {
            using var text = new StreamWriter(csv, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            DataField[] fields = [.. reader.Schema.Fields.OfType<DataField>().Where(f => !f.IsArray)];
            text.Write(string.Join(',', fields.Select(f => Quote(f.Name))));
            text.Write('\n');
            long row = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                var columns = fields.Select(field => ReadColumn(group, field, rows)).ToArray();
                for (int r = 0; r < rows; r++)
                {
                    row++;
                    for (int c = 0; c < columns.Length; c++)
                    {
                        if (c > 0) text.Write(',');
                        string? value = columns[c][r];
                        if (value is not null && value.AsSpan().ContainsAny('\r', '\n'))
                            throw new DataFileException([new DataDiagnostic("line-break-in-text", "a text value in an evidence file has no line break",
                                file, checked((int)row), Field: fields[c].Name, Value: value)]);
                        if (value is not null) text.Write(Quote(value));
                    }
                    text.Write('\n');
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ParquetReader Open(Stream parquet, string file)
    {
        try
        {
            return ParquetReader.CreateAsync(parquet, new ParquetOptions { UseDateOnlyTypeForDates = true }, leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new DataFileException([new DataDiagnostic("not-parquet", $"this is not a Parquet file MathPlc can read ({Shell.ErrorReport.Plain(e)})", file)], e);
        }
    }

    // One column of a row group as the text of its CSV fields (null for a null), whatever its Parquet type.
    private static string?[] ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))   // Parquet.Net 6 gives text columns as ReadOnlyMemory<char>
        {
            var values = new string?[rows];
            group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
            return values;
        }
        return type switch
        {
            _ when type == typeof(double) => Values<double>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(float) => Values<float>(group, field, rows, v => ((double)v).ToString("R", CultureInfo.InvariantCulture)),
            _ when type == typeof(decimal) => Values<decimal>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(long) => Values<long>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(int) => Values<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(short) => Values<short>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(sbyte) => Values<sbyte>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(byte) => Values<byte>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            _ when type == typeof(DateOnly) => Values<DateOnly>(group, field, rows, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ when type == typeof(DateTime) => Values<DateTime>(group, field, rows, v => v.TimeOfDay == TimeSpan.Zero
                ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v.ToString("O", CultureInfo.InvariantCulture)),
            _ when type == typeof(bool) => Values<bool>(group, field, rows, v => v ? "true" : "false"),
            _ => new string?[rows], // a type no evidence column has (bytes, times, intervals): read as empty
        };
    }

    private static string?[] Values<TValue>(ParquetRowGroupReader group, DataField field, int rows, Func<TValue, string> text)
        where TValue : struct =>
        [.. Column<TValue>(group, field, rows).Select(value => value is { } v ? text(v) : null)];

    private static string Quote(string value) =>
        value.AsSpan().ContainsAny(',', '"') || value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

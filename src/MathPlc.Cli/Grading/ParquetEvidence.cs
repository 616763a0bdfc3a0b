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
            // The decoder's pages and buffers are garbage now, most of it old enough to sit in the oldest generation
            // until a full collection: give it back before grouping needs its memory (decision 0195; 10 M rows: −130 MB).
            MemoryLimit.Settle();
        }
    }

    // Every row of every row group into the sink; false at the first column or row it does not vouch for. The columns are
    // read into buffers made once for the largest row group and reused (decision 0195): before, each row group's
    // decoded columns were new arrays (and a new string per id), garbage that piled up on top of the spill plan.
    private static bool Fill(ParquetReader reader, DataField[] fields, EvidenceRowSink sink)
    {
        int largest = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            largest = Math.Max(largest, checked((int)group.RowCount));
        }
        var columns = new RowGroupColumns(largest);
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            if (!columns.Read(group, fields, sink, rows)) return false;
            if (!columns.AddTo(sink, rows)) return false;
            columns.Release(rows);
        }
        return true;
    }

    /// <summary>
    /// One row group's evidence columns, in buffers reused from row group to row group: ids and kinds as slices of the
    /// decoder's text (no string per value), dates and scores converted in place.
    /// </summary>
    private sealed class RowGroupColumns(int capacity)
    {
        private readonly Text _students = new(capacity);
        private readonly Text _targets = new(capacity);
        private readonly DateOnly?[] _dates = new DateOnly?[capacity];
        private readonly double?[] _scores = new double?[capacity];
        private readonly Raw _raw = new(capacity);
        private Text? _kinds;
        private long?[]? _sequences;

        /// <summary>Reads the columns of <paramref name="group"/>; false when one is not of a type this path reads.</summary>
        public bool Read(ParquetRowGroupReader group, DataField[] fields, EvidenceRowSink sink, int rows)
        {
            if (!_students.Read(group, fields[sink.StudentColumn], rows) || !_targets.Read(group, fields[sink.TargetColumn], rows)
                || !Dates(group, fields[sink.AssessedOnColumn], rows, _dates, _raw) || !Numbers(group, fields[sink.ScoreColumn], rows, _scores, _raw))
                return false;
            if (sink.SequenceColumn >= 0 && !WholeNumbers(group, fields[sink.SequenceColumn], rows, _sequences ??= new long?[_dates.Length], _raw)) return false;
            return sink.KindColumn < 0 || (_kinds ??= new Text(_dates.Length)).Read(group, fields[sink.KindColumn], rows);
        }

        /// <summary>Hands the first <paramref name="rows"/> rows to the sink; false at the first it does not vouch for.</summary>
        public bool AddTo(EvidenceRowSink sink, int rows)
        {
            for (int r = 0; r < rows; r++)
            {
                if (_dates[r] is not { } date || _scores[r] is not { } score || _students.IsNull(r) || _targets.IsNull(r)) return false;
                if (!sink.Add(_students[r], _targets[r], date, score, _sequences?[r], _kinds is null ? default : _kinds[r]))
                    return false;
            }
            return true;
        }

        /// <summary>Lets go of the decoded text of the row group just added, so it is garbage before the next is read.</summary>
        public void Release(int rows)
        {
            _students.Release(rows);
            _targets.Release(rows);
            _kinds?.Release(rows);
        }
    }

    /// <summary>
    /// A text column's values as slices of the decoder's characters (no string per value); as strings when the reader
    /// gives the column only that way. A null is no value; the sink refuses a null id and reads a null kind as none.
    /// </summary>
    private sealed class Text(int capacity)
    {
        private ReadOnlyMemory<char>?[]? _nullableBuffer;
        private ReadOnlyMemory<char>[]? _plainBuffer;
        private ReadOnlyMemory<char>?[]? _nullable;   // the buffer this row group was read into, one of the two, or neither (strings)
        private ReadOnlyMemory<char>[]? _plain;
        private string?[]? _strings;

        public ReadOnlySpan<char> this[int row] =>
            _plain is { } plain ? plain[row].Span : _nullable is { } nullable ? nullable[row].GetValueOrDefault().Span : _strings![row];

        public bool IsNull(int row) => _plain is null && (_nullable is { } nullable ? !nullable[row].HasValue : _strings![row] is null);

        public bool Read(ParquetRowGroupReader group, DataField field, int rows)
        {
            var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
            _plain = null;
            _nullable = null;
            if (type == typeof(ReadOnlyMemory<char>) && field.IsNullable)
                group.ReadAsync(field, (_nullable = _nullableBuffer ??= new ReadOnlyMemory<char>?[capacity]).AsMemory(0, rows)).GetAwaiter().GetResult();
            else if (type == typeof(ReadOnlyMemory<char>))
                group.ReadAsync(field, (_plain = _plainBuffer ??= new ReadOnlyMemory<char>[capacity]).AsMemory(0, rows)).GetAwaiter().GetResult();
            else if (type == typeof(string))
                group.ReadAsync(field, (_strings ??= new string?[capacity]).AsMemory(0, rows)).GetAwaiter().GetResult();
            else return false;
            return true;
        }

        // The slices keep the decoder's character buffers alive; cleared, those are garbage before the next row group is read.
        public void Release(int rows)
        {
            if (_nullableBuffer is not null) Array.Clear(_nullableBuffer, 0, rows);
            if (_plainBuffer is not null) Array.Clear(_plainBuffer, 0, rows);
            if (_strings is not null) Array.Clear(_strings, 0, rows);
        }
    }

    /// <summary>The raw (undecoded-type) buffers the typed columns are read into before conversion, one per type, reused.</summary>
    private sealed class Raw(int capacity)
    {
        private readonly Dictionary<Type, Array> _buffers = [];

        public TValue?[] Nullable<TValue>() where TValue : struct => Buffer<TValue?>();

        public TValue[] Plain<TValue>() where TValue : struct => Buffer<TValue>();

        private T[] Buffer<T>() => (T[])(_buffers.TryGetValue(typeof(T), out var buffer) ? buffer : _buffers[typeof(T)] = new T[capacity]);
    }

    // A DATE column, or a timestamp column whose values are all at midnight (the CSV text of any other is not a date).
    private static bool Dates(ParquetRowGroupReader group, DataField field, int rows, DateOnly?[] into, Raw raw)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(DateOnly)) return Values<DateOnly, DateOnly>(group, field, rows, static v => v, into, raw);
        if (type != typeof(DateTime)) return false;
        return Values<DateTime, DateOnly>(group, field, rows, static v => v.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(v) : null, into, raw);
    }

    // A number column whose values are exactly the doubles their CSV text reads back as (not decimal: its text is rounded once more).
    private static bool Numbers(ParquetRowGroupReader group, DataField field, int rows, double?[] into, Raw raw)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(double)) return Values<double, double>(group, field, rows, static v => v, into, raw);
        if (type == typeof(float)) return Values<float, double>(group, field, rows, static v => v, into, raw);
        return Whole<double>(group, field, rows, into, raw, static v => v);
    }

    private static bool WholeNumbers(ParquetRowGroupReader group, DataField field, int rows, long?[] into, Raw raw) =>
        Whole<long>(group, field, rows, into, raw, static v => v);

    private static bool Whole<TOut>(ParquetRowGroupReader group, DataField field, int rows, TOut?[] into, Raw raw, Func<long, TOut> convert)
        where TOut : struct
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        return type switch
        {
            _ when type == typeof(long) => Values<long, TOut>(group, field, rows, v => convert(v), into, raw),
            _ when type == typeof(int) => Values<int, TOut>(group, field, rows, v => convert(v), into, raw),
            _ when type == typeof(short) => Values<short, TOut>(group, field, rows, v => convert(v), into, raw),
            _ when type == typeof(sbyte) => Values<sbyte, TOut>(group, field, rows, v => convert(v), into, raw),
            _ when type == typeof(byte) => Values<byte, TOut>(group, field, rows, v => convert(v), into, raw),
            _ => false,
        };
    }

    // One column of a row group into `into`, each value converted, null where the file has a null (or the conversion gives none).
    private static bool Values<TValue, TOut>(ParquetRowGroupReader group, DataField field, int rows, Func<TValue, TOut?> convert, TOut?[] into, Raw raw)
        where TValue : struct
        where TOut : struct
    {
        if (field.IsNullable)
        {
            var values = raw.Nullable<TValue>();
            group.ReadAsync(field, values.AsMemory(0, rows)).GetAwaiter().GetResult();
            for (int i = 0; i < rows; i++) into[i] = values[i] is { } value ? convert(value) : null;
        }
        else
        {
            var values = raw.Plain<TValue>();
            group.ReadAsync(field, values.AsMemory(0, rows)).GetAwaiter().GetResult();
            for (int i = 0; i < rows; i++) into[i] = convert(values[i]);
        }
        return true;
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

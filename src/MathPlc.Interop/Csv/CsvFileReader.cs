using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The one reading loop every CSV input shares: RFC 4180, UTF-8 with or without a byte order mark, comma
/// separated, a header row matched by <see cref="CsvColumns"/>, CRLF or LF. It checks the shape of each row (field
/// count, quoting, blank lines) and hands well-shaped rows to a row parser, so that every data row ends up as a
/// value or as diagnostics. The bytes first pass <see cref="TextInput"/>: UTF-8 (a byte-order mark allowed) or UTF-16
/// with a byte-order mark; an invalid sequence or a NUL character is a file diagnostic with line and column, never
/// a U+FFFD in a value.
/// </summary>
/// <remarks>
/// Blank lines: a completely empty line (or one of only spaces and tabs) between data rows is reported as
/// <c>blank-line</c>, since it often marks a file pasted together or cut short; blank lines after the last data row
/// are ignored. Values are trimmed of spaces and tabs outside quotes.
/// </remarks>
internal static class CsvFileReader
{
    /// <summary>Reads every row of <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The name diagnostics give the file.</param>
    /// <param name="columns">The columns the header is matched to.</param>
    /// <param name="parseRow">Reads the current row's fields; returns null exactly when it reported a problem.</param>
    public static CsvReadResult<T> Read<T>(Stream stream, string file, CsvColumns columns, Func<CsvRowFields, T?> parseRow)
        where T : class
    {
        if (!TextInput.TryReadUtf8(stream, file, out var utf8, out var encodingProblem)) return Failed<T>(file, encodingProblem!);
        using var text = MemoryMarshal.TryGetArray(utf8, out var bytes)
            ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(utf8.ToArray(), writable: false);
        var badQuoting = new Dictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            TrimWhitespace = true,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = record => badQuoting.TryAdd(record.LineNumber, record.Reason),
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);

        var fileDiagnostics = new List<DataDiagnostic>();
        var header = reader.Headers;
        if (header.Count == 0)
            return Failed<T>(file, new DataDiagnostic(CsvDiagnosticCodes.EmptyFile,
                $"The file is empty; it needs a header row ({Required(columns)}) and then one row per record.", file));
        if (header.All(string.IsNullOrWhiteSpace))
            return Failed<T>(file, new DataDiagnostic(CsvDiagnosticCodes.NoHeader,
                $"The first line is blank; it must be the header row ({Required(columns)}).", file, Line: 1));
        if (badQuoting.Remove(1, out var headerQuoting))
            fileDiagnostics.Add(new DataDiagnostic(CsvDiagnosticCodes.BadQuoting, QuotingMessage(headerQuoting), file, Line: 1));

        var (names, positions) = columns.Match(header, file, fileDiagnostics);
        if (fileDiagnostics.Count > 0) return new CsvReadResult<T>(file, [.. fileDiagnostics], []);

        var fields = new CsvRowFields(reader, file, names, positions);
        var rows = ImmutableArray.CreateBuilder<CsvRow<T>>();
        var blankLines = new List<int>();
        while (reader.Read())
        {
            int line = checked((int)reader.LineNumber);
            if (names.Length > 1 && reader.FieldCount == 1 && reader.GetSpan(0).IsEmpty && !badQuoting.ContainsKey(line))
            {
                blankLines.Add(line); // reported only if a data row follows
                continue;
            }
            foreach (int blank in blankLines)
                rows.Add(new CsvRow<T>(blank, [new DataDiagnostic(CsvDiagnosticCodes.BlankLine,
                    "The line is blank, between data rows; remove it, or check whether rows are missing here.", file, blank)]));
            blankLines.Clear();

            fields.Start(line);
            if (badQuoting.Count > 0 && badQuoting.Remove(line, out var reason))
                fields.Add(QuotingProblem(file, line, reason, reader, names));
            T? value = reader.FieldCount == names.Length ? parseRow(fields) : null;
            if (reader.FieldCount != names.Length) fields.Add(FieldCountProblem(reader, file, line, names));
            rows.Add(fields.Diagnostics.Count == 0 && value is not null ? new CsvRow<T>(line, value) : new CsvRow<T>(line, [.. fields.Diagnostics]));
        }
        return new CsvReadResult<T>(file, [], rows.DrainToImmutable());
    }

    private static CsvReadResult<T> Failed<T>(string file, DataDiagnostic why) where T : class => new(file, [why], []);

    private static string Required(CsvColumns columns) => string.Join(",", columns.All.Where(c => c.Required).Select(c => c.Name));

    private static DataDiagnostic FieldCountProblem(CsvReader reader, string file, int line, ImmutableArray<string> names)
    {
        int count = reader.FieldCount;
        string message = $"The row has {count} field{(count == 1 ? "" : "s")} but the header has {names.Length}; check for a missing or extra comma, or a value with a comma that needs quotes.";
        return count < names.Length
            ? new DataDiagnostic(CsvDiagnosticCodes.WrongFieldCount, message, file, line, count + 1, names[count])
            : new DataDiagnostic(CsvDiagnosticCodes.WrongFieldCount, message, file, line, names.Length + 1, Value: reader.GetString(names.Length));
    }

    /// <summary>
    /// A quoting problem, at the first field whose quotes are out of place when the row is known; its value is the
    /// field as written, up to its first line break and at most <see cref="ShownLength"/> characters (an unclosed
    /// quote runs to the end of the file).
    /// </summary>
    private static DataDiagnostic QuotingProblem(string file, int line, CsvMalformedReason reason, CsvReader reader, ImmutableArray<string> names)
    {
        string message = QuotingMessage(reason);
        int field = FirstBadlyQuotedField(reader);
        if (field < 0) return new DataDiagnostic(CsvDiagnosticCodes.BadQuoting, message, file, line);
        string raw = Encoding.UTF8.GetString(reader.GetRawSpan(field).Trim(" \t"u8));
        int shown = Math.Min(ShownLength, raw.AsSpan().IndexOfAny('\r', '\n') is >= 0 and var lineBreak ? lineBreak : raw.Length);
        return new DataDiagnostic(CsvDiagnosticCodes.BadQuoting, message, file, line, field + 1,
            field < names.Length ? names[field] : null, shown < raw.Length ? raw[..shown] + "…" : raw);
    }

    private static string QuotingMessage(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "A quote inside a value that does not start with a quote; put the whole value in quotes and double the quote (\"\").",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows the closing quote of a value; double a quote that belongs to the value (\"\").",
        CsvMalformedReason.UnterminatedQuote => "A quoted value is never closed, so it runs to the end of the file.",
        _ => "The quotes in this row do not follow RFC 4180.",
    };

    private const int ShownLength = DiagnosticText.MaxLength;

    /// <summary>The 0-based position of the first field whose raw text has a quote out of place, or -1.</summary>
    private static int FirstBadlyQuotedField(CsvReader reader)
    {
        for (int i = 0; i < reader.FieldCount; i++)
        {
            var raw = reader.GetRawSpan(i).Trim(" \t"u8);
            if (raw.IndexOf((byte)'"') >= 0 && !IsWellQuoted(raw)) return i;
        }
        return -1;
    }

    /// <summary>Whether a raw field is one quoted value: quotes at both ends, and every quote inside doubled.</summary>
    private static bool IsWellQuoted(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 2 || raw[0] != '"' || raw[^1] != '"') return false;
        var inside = raw[1..^1];
        for (int i = 0; i < inside.Length; i++)
        {
            if (inside[i] != '"') continue;
            if (i + 1 >= inside.Length || inside[i + 1] != '"') return false;
            i++;
        }
        return true;
    }
}

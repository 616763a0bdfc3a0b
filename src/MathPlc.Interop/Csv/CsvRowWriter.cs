using System.Globalization;
using System.Text;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Writes CSV rows as UTF-8 bytes straight to a stream, for tables of millions of rows: the same bytes as
/// <see cref="CsvTable"/> writes (RFC 4180, CRLF, no byte order mark, formula cells neutralised unless
/// <see cref="CsvFormulas.Raw"/>), without a string per field.
/// </summary>
/// <remarks>
/// A text field of printable ASCII with nothing to quote or neutralise is copied as it is; any other goes through
/// the same writer as <see cref="CsvTable"/> (<see cref="Encode"/>), so the rules live in one place. Fields that
/// repeat (a method name, a level label) are best encoded once with <see cref="Encode"/> and written with
/// <see cref="WriteEncoded"/>. Numbers are written as <see cref="CsvTable"/> callers format them: round-trip
/// (<c>"R"</c>), invariant culture.
/// </remarks>
/// <param name="output">Where to write; left open. Disposing the writer flushes it.</param>
/// <param name="formulas">Whether formula cells are neutralised (the default) or written raw.</param>
public sealed class CsvRowWriter(Stream output, CsvFormulas formulas = CsvFormulas.Neutralise) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly (ulong Bits, byte[]? Text)[] _numbers = new (ulong, byte[]?)[256];
    private int _used;
    private bool _first = true;

    /// <summary>The bytes <see cref="CsvTable"/> writes for <paramref name="field"/> as one field (quoted, neutralised, escaped as needed); null is empty.</summary>
    /// <param name="field">The text.</param>
    /// <param name="formulas">Whether a formula cell is neutralised.</param>
    public static byte[] Encode(string? field, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        if (string.IsNullOrEmpty(field)) return [];
        using var bytes = new MemoryStream();
        using (var writer = CsvOutput.Create(bytes))
        {
            writer.WriteField(formulas == CsvFormulas.Neutralise ? CsvFormulaCell.Neutralise(field) : field);
            writer.EndRecord();
        }
        return bytes.ToArray()[..^2];   // without the record's CRLF
    }

    /// <summary>Writes a text field given as UTF-8.</summary>
    /// <param name="utf8">The field's text, as UTF-8.</param>
    public void WriteText(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.IsEmpty && (utf8.ContainsAnyExceptInRange((byte)'!', (byte)'~') || utf8.Contains((byte)',') || utf8.Contains((byte)'"')
                              || (formulas == CsvFormulas.Neutralise && CsvFormulaCell.Triggers.Contains((char)utf8[0], StringComparison.Ordinal))))
        {
            WriteEncoded(Encode(Encoding.UTF8.GetString(utf8), formulas));
            return;
        }
        WriteEncoded(utf8);
    }

    /// <summary>
    /// Writes a text field given as a string: its UTF-8 bytes, quoted when it holds a comma, through <see cref="Encode"/>
    /// when it holds anything rarer (see <see cref="WriteText(ReadOnlySpan{char})"/>); null is empty.
    /// </summary>
    /// <param name="field">The text.</param>
    public void WriteText(string? field) => WriteText(field.AsSpan());

    /// <summary>
    /// Writes a text field given as characters — a cell a caller composes in a buffer of its own, without a string per
    /// row — with the bytes <see cref="Encode"/> gives for it: a field whose first and last characters are printable
    /// ASCII and that holds no quote, control character, line separator or lone surrogate is written as its UTF-8 bytes,
    /// in quotes when it holds a comma; any other field (one that could start a formula, starts or ends with a blank,
    /// holds a quote or a line break …) goes through <see cref="Encode"/>, so those rules live in one place. Empty is an
    /// empty field.
    /// </summary>
    /// <param name="field">The text.</param>
    public void WriteText(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            Separate();
            return;
        }
        if (NeedsGeneralWriter(field, formulas))
        {
            WriteEncoded(Encode(field.ToString(), formulas));
            return;
        }
        bool quote = field.Contains(',');
        Separate();
        Room(Encoding.UTF8.GetMaxByteCount(field.Length) + 2);
        if (quote) _buffer[_used++] = (byte)'"';
        _used += Encoding.UTF8.GetBytes(field, _buffer.AsSpan(_used));
        if (quote) _buffer[_used++] = (byte)'"';
    }

    /// <summary>
    /// The bytes <see cref="WriteText(string)"/> writes for <paramref name="field"/> — those <see cref="Encode"/> gives — made
    /// the way <see cref="WriteText(ReadOnlySpan{char})"/> makes them (straight as UTF-8 when it can), for a caller that
    /// writes the same text on many rows and encodes it once (<see cref="WriteEncoded"/>); null and empty are no bytes.
    /// </summary>
    /// <param name="field">The text.</param>
    /// <param name="formulas">Whether a formula cell is neutralised.</param>
    public static byte[] EncodeText(string? field, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        if (string.IsNullOrEmpty(field)) return [];
        if (NeedsGeneralWriter(field, formulas)) return Encode(field, formulas);
        bool quote = field.Contains(',');
        var bytes = new byte[Encoding.UTF8.GetByteCount(field) + (quote ? 2 : 0)];
        int at = quote ? 1 : 0;
        Encoding.UTF8.GetBytes(field, bytes.AsSpan(at));
        if (quote) (bytes[0], bytes[^1]) = ((byte)'"', (byte)'"');
        return bytes;
    }

    // Whether only Encode decides a (non-empty) field's bytes: see WriteText(ReadOnlySpan<char>).
    private static bool NeedsGeneralWriter(ReadOnlySpan<char> field, CsvFormulas formulas) =>
        field.Length > MaxDirect || !IsPrintableAscii(field[0]) || !IsPrintableAscii(field[^1]) || HasRare(field)
        || (formulas == CsvFormulas.Neutralise && CsvFormulaCell.Triggers.Contains(field[0], StringComparison.Ordinal));

    // The longest field written without Encode: its UTF-8 bytes (3 per character at most) and quotes fit the buffer.
    internal const int MaxDirect = (1 << 14) - 2;

    /// <summary>Whether <see cref="WriteText(ReadOnlySpan{char})"/> writes <paramref name="field"/> straight as its UTF-8 bytes (quoted when it holds a comma), without <see cref="Encode"/>.</summary>
    internal bool WritesDirectly(ReadOnlySpan<char> field) => !field.IsEmpty && !NeedsGeneralWriter(field, formulas);

    // Characters after which only Encode decides a field's bytes: quotes, C0 and C1 controls, DEL, the Unicode line and
    // paragraph separators and surrogates (a lone one has no UTF-8; a pair is left to the general writer as well). Each
    // test is one vectorised pass; printable ASCII with spaces (ids, codes, most sentences) needs only the first two.
    private static bool HasRare(ReadOnlySpan<char> field)
    {
        if (!field.ContainsAnyExceptInRange(' ', '~')) return field.Contains('"');
        return field.ContainsAny(RareAscii) || field.ContainsAnyInRange('\u0080', '\u009f') || field.ContainsAnyInRange('\u2028', '\u2029')
            || field.ContainsAnyInRange('\ud800', '\udfff');
    }

    private static readonly System.Buffers.SearchValues<char> RareAscii =
        System.Buffers.SearchValues.Create(string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\u007f");

    private static bool IsPrintableAscii(char c) => c is >= '!' and <= '~';

    /// <summary>
    /// Writes one field made of texts joined by <paramref name="separator"/> — the same bytes as
    /// <see cref="WriteText(string)"/> writes for <c>string.Join(separator, texts)</c> — from each text's
    /// <see cref="Piece"/>, which a caller that writes the same texts on many rows makes once. A field whose first
    /// text could start a formula, or with an empty text, is joined as a string and encoded whole.
    /// </summary>
    /// <param name="pieces">The texts, each made by <see cref="Piece.Of"/>.</param>
    /// <param name="separator">What goes between them: printable ASCII or spaces, no comma or quote (e.g. <c>"; "</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="separator"/> holds a comma, a quote or a character outside printable ASCII and space.</exception>
    public void WriteJoined(ReadOnlySpan<Piece> pieces, string separator)
    {
        Guard.Against.Unmet(!separator.AsSpan().ContainsAnyExceptInRange(' ', '~') && !separator.Contains(',') && !separator.Contains('"'), nameof(separator),
            $"The separator \"{separator}\" must be printable ASCII or spaces without a comma or a quote.");
        if (pieces.IsEmpty)
        {
            Separate();
            return;
        }
        bool general = formulas == CsvFormulas.Neutralise && pieces[0].CouldBeFormula;
        bool quote = pieces[0].StartsWithBlank || pieces[^1].EndsWithBlank;
        foreach (var piece in pieces)
        {
            general |= piece.Text.Length == 0;
            quote |= piece.NeedsQuotes;
        }
        if (general)   // a formula to neutralise, or an empty text at an edge: the general writer decides
        {
            var texts = new string[pieces.Length];
            for (int i = 0; i < texts.Length; i++) texts[i] = pieces[i].Text;
            WriteEncoded(Encode(string.Join(separator, texts), formulas));
            return;
        }
        Separate();
        if (quote) Put((byte)'"');
        for (int i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
                foreach (char c in separator) Put((byte)c);
            var bytes = pieces[i].Escaped;
            if (bytes.Length > _buffer.Length - _used) Flush();
            if (bytes.Length > _buffer.Length) output.Write(bytes);
            else
            {
                bytes.CopyTo(_buffer, _used);
                _used += bytes.Length;
            }
        }
        if (quote) Put((byte)'"');
    }

    private void Put(byte b)
    {
        Room(1);
        _buffer[_used++] = b;
    }

    /// <summary>One text of a joined field (<see cref="WriteJoined"/>), encoded once: its UTF-8 bytes with quotes doubled, and what it asks of the field.</summary>
    public sealed class Piece
    {
        private Piece(string text)
        {
            Text = text;
            Escaped = Encoding.UTF8.GetBytes(text.Replace("\"", "\"\"", StringComparison.Ordinal));
            NeedsQuotes = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
            StartsWithBlank = text.Length > 0 && text[0] is ' ' or '\t';
            EndsWithBlank = text.Length > 0 && text[^1] is ' ' or '\t';
            CouldBeFormula = text.Length > 0 && CsvFormulaCell.Triggers.Contains(text[0], StringComparison.Ordinal);
        }

        /// <summary>The text.</summary>
        public string Text { get; }

        /// <summary>Its UTF-8 bytes, quotes doubled (as inside a quoted field).</summary>
        internal byte[] Escaped { get; }

        /// <summary>Whether it holds a comma, a quote or a line break.</summary>
        internal bool NeedsQuotes { get; }

        /// <summary>Whether it starts with a space or tab.</summary>
        internal bool StartsWithBlank { get; }

        /// <summary>Whether it ends with a space or tab.</summary>
        internal bool EndsWithBlank { get; }

        /// <summary>Whether its first character could start a formula (<see cref="CsvFormulas"/>).</summary>
        internal bool CouldBeFormula { get; }

        /// <summary>The piece for <paramref name="text"/>.</summary>
        /// <param name="text">The text.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public static Piece Of(string text) => new(Guard.Against.Null(text));
    }

    /// <summary>Writes a field already encoded by <see cref="Encode"/>.</summary>
    /// <param name="encoded">The field's bytes.</param>
    public void WriteEncoded(ReadOnlySpan<byte> encoded)
    {
        Separate();
        if (encoded.Length > _buffer.Length - _used)
        {
            Flush();
            if (encoded.Length > _buffer.Length)
            {
                output.Write(encoded);
                return;
            }
        }
        encoded.CopyTo(_buffer.AsSpan(_used));
        _used += encoded.Length;
    }

    /// <summary>
    /// Writes a text field that a table repeats on many rows as one string (an id, a code, a shared reason): the bytes
    /// <see cref="WriteText(string)"/> writes, encoded once (<see cref="EncodeText"/>) and kept by the string's identity
    /// for the rows after it, so that a repeated cell is copied rather than checked and transcoded again. Null is empty.
    /// </summary>
    /// <param name="field">The text.</param>
    public void WriteRepeatedText(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            Separate();
            return;
        }
        _texts ??= new (string?, byte[])[KeptTexts];
        ref var kept = ref _texts[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(field) & (KeptTexts - 1)];
        if (!ReferenceEquals(kept.Text, field)) kept = (field, EncodeText(field, formulas));
        WriteEncoded(kept.Bytes);
    }

    /// <summary>
    /// Lets go of the texts <see cref="WriteRepeatedText"/> keeps, e.g. after a team's rows, so that they do not keep the
    /// team's strings alive (and moved by the collector) while the next team's rows are written. The bytes written stay the same.
    /// </summary>
    public void ForgetRepeatedTexts()
    {
        if (_texts is not null) Array.Clear(_texts);
    }

    // The texts WriteRepeatedText keeps, by identity (a power of two): a team's ids, codes and reasons fit.
    private const int KeptTexts = 2048;
    private (string? Text, byte[] Bytes)[]? _texts;

    /// <summary>Writes a number as round-trip text (<c>"R"</c>, invariant culture); numbers are never neutralised.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(double value)
    {
        Separate();
        Room(32);
        // Tables repeat a few values (a mean of half points has few possible values): the text of recent ones is kept by their bits.
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        ref var cached = ref _numbers[(int)((bits * 0x9E3779B97F4A7C15UL) >> 56)];
        if (cached.Text is null || cached.Bits != bits)
        {
            value.TryFormat(_buffer.AsSpan(_used), out int length, "R", CultureInfo.InvariantCulture);
            cached = (bits, _buffer.AsSpan(_used, length).ToArray());
            _used += length;
            return;
        }
        cached.Text.CopyTo(_buffer.AsSpan(_used));
        _used += cached.Text.Length;
    }

    /// <summary>Writes a whole number.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(int value)
    {
        Separate();
        Room(12);
        value.TryFormat(_buffer.AsSpan(_used), out int written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Writes an empty field.</summary>
    public void WriteEmpty() => Separate();

    /// <summary>Ends the row (CRLF).</summary>
    public void EndRow()
    {
        Room(2);
        _buffer[_used++] = (byte)'\r';
        _buffer[_used++] = (byte)'\n';
        _first = true;
    }

    /// <summary>Writes whole rows encoded by another writer of the same table (each ending with CRLF), between two rows.</summary>
    internal void WriteRows(ReadOnlySpan<byte> rows)
    {
        if (!_first) throw new InvalidOperationException("Rows can only be written between two rows, not inside one.");
        Flush();
        output.Write(rows);
    }

    /// <summary>Writes the buffered bytes to the stream.</summary>
    public void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Flushes.</summary>
    public void Dispose() => Flush();

    private void Separate()
    {
        if (_first)
        {
            _first = false;
            return;
        }
        Room(1);
        _buffer[_used++] = (byte)',';
    }

    private void Room(int bytes)
    {
        if (_buffer.Length - _used < bytes) Flush();
    }
}

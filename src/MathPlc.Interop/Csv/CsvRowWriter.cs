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

using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// Writes one row of a <c>report.json</c> table (decision 0200) as UTF-8 JSON bytes, each distinct text and number
/// encoded once (decision 0240): a student's id is on three tables' rows, a target's id, a status or a date on thousands.
/// The row is then handed whole to the file's <see cref="Utf8JsonWriter"/> (<see cref="WriteTo"/>), which writes it as
/// one value of the table's <c>data</c> array.
/// </summary>
/// <remarks>
/// Same bytes by construction: a text or a number that is not a whole number is encoded by a <see cref="Utf8JsonWriter"/>
/// with the file's options (<see cref="ReportContractWriter.WriterOptions"/>: the same escaping, the same shortest
/// round-trip digits) the first time it is met, and those bytes are copied every time after; a whole number in
/// [0, 10^15) is written as its digits by <see cref="Utf8Formatter"/>, as the writer's <see cref="Utf8JsonWriter.WriteNumberValue(long)"/>
/// does. Properties compare the cells with the writer's over hostile texts and numbers. Not thread-safe: one per thread.
/// </remarks>
internal sealed class RowCellWriter
{
    /// <summary>How many distinct texts or numbers are kept; over it the caches start again (a district's unit repeats its targets, dates and codes from team to team).</summary>
    private const int KeptValues = 1 << 14;

    /// <summary>How many texts are remembered by reference (a power of two).</summary>
    private const int RecentTexts = 1 << 10;

    private readonly Dictionary<string, byte[]> _texts = new(StringComparer.Ordinal);
    // The texts met last, by reference: a row's ids, statuses and dates are the same string objects row after row, so
    // most cells are found here without hashing their characters; the dictionary above finds the others by content.
    private readonly (string? Text, byte[]? Utf8)[] _recent = new (string?, byte[]?)[RecentTexts];
    private readonly Dictionary<long, byte[]> _numbers = [];
    private readonly Dictionary<string, byte[]> _reasonStarts = new(StringComparer.Ordinal);
    private const int RecentReasons = 1 << 6;
    private readonly (string? Code, byte[]? Start)[] _recentReasons = new (string?, byte[]?)[RecentReasons];
    private readonly ArrayBufferWriter<byte> _scratchBytes = new(256);
    private readonly Utf8JsonWriter _scratch;
    private byte[] _row = new byte[1024];
    private int _length;

    public RowCellWriter() => _scratch = new Utf8JsonWriter(_scratchBytes, ReportContractWriter.WriterOptions);

    /// <summary>The row written so far.</summary>
    public ReadOnlySpan<byte> Written => _row.AsSpan(0, _length);

    /// <summary>Starts a report: the caches are kept unless they have grown past their bound.</summary>
    public void Begin()
    {
        _length = 0;
        if (_texts.Count >= KeptValues) _texts.Clear();
        if (_numbers.Count >= KeptValues) _numbers.Clear();
        if (_reasonStarts.Count >= KeptValues) _reasonStarts.Clear();
    }

    /// <summary>Hands the row to <paramref name="w"/> as one value (the writer adds the comma between rows) and starts the next.</summary>
    public void WriteTo(Utf8JsonWriter w)
    {
        w.WriteRawValue(Written, skipInputValidation: true);
        _length = 0;
    }

    /// <summary>Opens an array (a row, or a cell's list).</summary>
    public void StartArray() => Open((byte)'[');

    /// <summary>Closes an array.</summary>
    public void EndArray() => Raw((byte)']');

    /// <summary>Opens an object (a cell's evidence).</summary>
    public void StartObject() => Open((byte)'{');

    /// <summary>Closes an object.</summary>
    public void EndObject() => Raw((byte)'}');

    /// <summary>A member's name, <c>"name":</c>; its value follows.</summary>
    public void Name(JsonEncodedText name)
    {
        var utf8 = name.EncodedUtf8Bytes;
        Separate();
        var span = Room(utf8.Length + 3);
        span[0] = (byte)'"';
        utf8.CopyTo(span[1..]);
        span[utf8.Length + 1] = (byte)'"';
        span[utf8.Length + 2] = (byte)':';
        _length += utf8.Length + 3;
    }

    /// <summary>A text cell, or <c>null</c>.</summary>
    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }
        ref var recent = ref _recent[RuntimeHelpers.GetHashCode(value) & (RecentTexts - 1)];
        if (!ReferenceEquals(recent.Text, value)) recent = (value, Encoded(value));
        Value(recent.Utf8);
    }

    // A text's bytes by content: from the cache, or encoded by the scratch writer and kept.
    private byte[] Encoded(string value)
    {
        if (!_texts.TryGetValue(value, out var utf8))
        {
            _scratch.WriteStringValue(value);
            utf8 = Scratch();
            if (_texts.Count < KeptValues) _texts.Add(value, utf8);
        }
        return utf8;
    }

    /// <summary>A number cell, or <c>null</c>: a whole number in [0, 10^15) as its digits, any other number as the writer writes a double.</summary>
    public void Number(double? value)
    {
        if (value is not { } number) Null();
        else if (ReportContractWriter.IsWhole(number)) Whole((long)number);
        else
        {
            long bits = BitConverter.DoubleToInt64Bits(number);   // by bits: 0 and -0 are equal doubles but not the same bytes
            if (!_numbers.TryGetValue(bits, out var utf8))
            {
                _scratch.WriteNumberValue(number);
                utf8 = Scratch();
                if (_numbers.Count < KeptValues) _numbers.Add(bits, utf8);
            }
            Value(utf8);
        }
    }

    /// <summary>A whole number cell: its digits, as <see cref="Utf8JsonWriter.WriteNumberValue(long)"/> writes them.</summary>
    public void Whole(long number)
    {
        Separate();
        if (!Utf8Formatter.TryFormat(number, Room(20), out int written)) throw new InvalidOperationException("20 bytes hold any long.");
        _length += written;
    }

    /// <summary>A reason of a row: <c>{"code":CODE,"text":INDEX}</c>, the index of its message in <c>texts</c>.</summary>
    public void Reason(string code, int text)
    {
        ref var recent = ref _recentReasons[RuntimeHelpers.GetHashCode(code) & (RecentReasons - 1)];
        if (!ReferenceEquals(recent.Code, code)) recent = (code, ReasonStart(code));
        Value(recent.Start);
        Whole(text);
        Raw((byte)'}');
    }

    // {"code":"…","text": for a code: from the cache, or written by the scratch writer and kept.
    private byte[] ReasonStart(string code)
    {
        ref var start = ref CollectionsMarshal.GetValueRefOrAddDefault(_reasonStarts, code, out bool known);
        if (!known)
        {
            _scratch.WriteStartObject();
            _scratch.WriteString(ReportContractWriter.Names.Code, code);
            _scratch.WritePropertyName(ReportContractWriter.Names.Text);
            _scratch.WriteNullValue();
            _scratch.WriteEndObject();
            start = Scratch()[..^"null}".Length];
        }
        return start!;
    }

    /// <summary><c>null</c>.</summary>
    public void Null() => Value("null"u8);

    private void Value(ReadOnlySpan<byte> utf8)
    {
        Separate();
        utf8.CopyTo(Room(utf8.Length));
        _length += utf8.Length;
    }

    private void Open(byte bracket)
    {
        Separate();
        Raw(bracket);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Raw(byte b)
    {
        Room(1)[0] = b;
        _length++;
    }

    // A comma before a value, unless it opens its array or object, or follows its name.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Separate()
    {
        if (_length > 0 && _row[_length - 1] is not ((byte)'[' or (byte)'{' or (byte)':')) Raw((byte)',');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Room(int bytes)
    {
        if (_length + bytes > _row.Length) Grow(bytes);
        return _row.AsSpan(_length);
    }

    private void Grow(int bytes) => Array.Resize(ref _row, Math.Max(_row.Length * 2, _length + bytes));

    // The scratch writer's bytes, copied; the scratch writer starts again.
    private byte[] Scratch()
    {
        _scratch.Flush();
        byte[] utf8 = _scratchBytes.WrittenSpan.ToArray();
        _scratchBytes.ResetWrittenCount();
        _scratch.Reset(_scratchBytes);
        return utf8;
    }
}

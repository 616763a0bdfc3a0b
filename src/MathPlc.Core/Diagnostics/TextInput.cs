using System.Text;

namespace MathPlc.Core.Diagnostics;

/// <summary>
/// The one gate every text input (CSV and JSON) passes before it is parsed: the bytes must be UTF-8 (a byte-order
/// mark is allowed) or UTF-16 with a byte-order mark, with no invalid sequence and no NUL character. Anything else is
/// bad data with the file, line and column, never silently replaced by U+FFFD (docs/cli.md, common rules).
/// </summary>
/// <remarks>
/// A reader that replaced an invalid byte with U+FFFD would turn student <c>Jos\xE9</c> (Latin-1) into another
/// student id, and one that stopped at a NUL would drop the rest of a row; both change data without a word. The
/// column of an encoding problem is the 1-based character position in its line (the bytes before it are valid).
/// </remarks>
public static class TextInput
{
    /// <summary>The diagnostic code of an invalid byte sequence (or a UTF-16 file cut in half a character).</summary>
    public const string BadEncodingCode = "bad-encoding";

    /// <summary>The diagnostic code of a NUL character in a text file.</summary>
    public const string NulByteCode = "nul-byte";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="stream"/> to its end and returns its text as UTF-8 without a byte-order mark.</summary>
    /// <param name="stream">The file's bytes; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not valid text (see <see cref="TryReadUtf8"/>).</exception>
    public static ReadOnlyMemory<byte> ReadUtf8(Stream stream, string fileName) =>
        TryReadUtf8(stream, fileName, out var utf8, out var problem) ? utf8 : throw new DataFileException([problem!]);

    /// <summary>
    /// Reads <paramref name="stream"/> to its end: true with its text as UTF-8 without a byte-order mark, or false with
    /// the first problem (<see cref="BadEncodingCode"/> or <see cref="NulByteCode"/>, with line and column).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryReadUtf8(Stream stream, string fileName, out ReadOnlyMemory<byte> utf8, out DataDiagnostic? problem)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        return TryDecode(bytes, fileName, out utf8, out problem);
    }

    /// <summary>Checks and, for UTF-16, transcodes <paramref name="bytes"/>; see <see cref="TryReadUtf8"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryDecode(byte[] bytes, string fileName, out ReadOnlyMemory<byte> utf8, out DataDiagnostic? problem)
    {
        Guard.Against.Null(bytes);
        Guard.Against.Null(fileName);
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return TryUtf16(bytes, bigEndian: bytes[0] == 0xFE, fileName, out utf8, out problem);
        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = bytes.AsSpan(start);
        utf8 = default;
        if (!System.Text.Unicode.Utf8.IsValid(text))
        {
            int bad = FirstInvalid(text);
            var (line, column) = Utf8Position(text, bad);
            var badBytes = text.Slice(bad, Math.Max(1, InvalidLength(text[bad..])));
            string shown = string.Join(' ', badBytes.ToArray().Select(b => $"0x{b:X2}"));
            problem = new DataDiagnostic(BadEncodingCode,
                $"{(badBytes.Length == 1 ? "the byte" : "the bytes")} {shown} {(badBytes.Length == 1 ? "is" : "are")} not valid UTF-8; save the file as UTF-8 (or UTF-16 with a byte-order mark). Nothing is guessed or replaced.",
                fileName, line, column, Value: shown);
            return false;
        }
        int nul = text.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Utf8Position(text, nul);
            problem = NulProblem(fileName, line, column);
            return false;
        }
        utf8 = bytes.AsMemory(start);
        problem = null;
        return true;
    }

    private static DataDiagnostic NulProblem(string fileName, int line, int column) => new(NulByteCode,
        "the file holds a NUL character (0x00), which no text file has; is it a spreadsheet or another binary file saved under a text name?",
        fileName, line, column, Value: "0x00");

    private static bool TryUtf16(byte[] bytes, bool bigEndian, string fileName, out ReadOnlyMemory<byte> utf8, out DataDiagnostic? problem)
    {
        utf8 = default;
        var body = bytes.AsSpan(2);
        char[] chars = new char[body.Length / 2];
        for (int i = 0; i < chars.Length; i++)
            chars[i] = (char)(bigEndian ? (body[2 * i] << 8) | body[2 * i + 1] : body[2 * i] | (body[2 * i + 1] << 8));
        int line = 1, lineStart = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            string? bad = null;
            if (c == '\0')
            {
                problem = NulProblem(fileName, line, i - lineStart + 1);
                return false;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
                bad = $"U+{(int)c:X4}";
            }
            else if (char.IsLowSurrogate(c)) bad = $"U+{(int)c:X4}";
            if (bad is not null)
            {
                problem = new DataDiagnostic(BadEncodingCode,
                    $"{bad} is half of a UTF-16 character (a lone surrogate); the file is not valid UTF-16.", fileName, line, i - lineStart + 1, Value: bad);
                return false;
            }
            if (c == '\n') (line, lineStart) = (line + 1, i + 1);
        }
        if (body.Length % 2 != 0)
        {
            problem = new DataDiagnostic(BadEncodingCode, "the file ends in the middle of a UTF-16 character; it is cut short or not UTF-16.",
                fileName, line, chars.Length - lineStart + 1);
            return false;
        }
        utf8 = StrictUtf8.GetBytes(chars);
        problem = null;
        return true;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> text)
    {
        int at = 0;
        while (at < text.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(text[at..], out _, out int consumed)) return at;
            at += consumed;
        }
        return text.Length;
    }

    private static int InvalidLength(ReadOnlySpan<byte> text)
    {
        System.Text.Rune.DecodeFromUtf8(text, out _, out int consumed);
        return consumed;
    }

    private static (int Line, int Column) Utf8Position(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    /// <summary>The position (1-based line, 1-based byte in the line) of <paramref name="offset"/> in UTF-8 text, as JSON diagnostics give it.</summary>
    internal static (int Line, int Column) BytePosition(ReadOnlySpan<byte> text, int offset)
    {
        var before = text[..Math.Min(offset, text.Length)];
        return (before.Count((byte)'\n') + 1, offset - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }
}

using System.Globalization;
using System.Text;

namespace MathPlc.Core.Diagnostics;

/// <summary>
/// How a message quotes a value that came from input: at most <see cref="MaxLength"/> characters (then <c>…</c>), with
/// control characters shown as <c>\u001B</c> so a value can neither flood a terminal nor drive it (docs/cli.md).
/// </summary>
public static class DiagnosticText
{
    /// <summary>The most characters of an input value a message shows.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// <paramref name="value"/> cut to <see cref="MaxLength"/> characters followed by <c>…</c> when longer (never
    /// splitting a surrogate pair), control characters written as <c>\uXXXX</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Shorten(string value)
    {
        Guard.Against.Null(value);
        int length = value.Length;
        bool cut = length > MaxLength;
        if (cut) length = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        var text = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++)
        {
            char c = value[i];
            if (char.IsControl(c)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else text.Append(c);
        }
        if (cut) text.Append('…');
        return text.ToString();
    }

    /// <summary><paramref name="value"/> shortened (<see cref="Shorten"/>) and in double quotes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Quote(string value) => "\"" + Shorten(value) + "\"";
}

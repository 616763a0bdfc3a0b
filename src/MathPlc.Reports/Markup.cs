using System.Buffers;
using System.Globalization;
using System.Text;

namespace MathPlc.Reports;

/// <summary>
/// The text rules every report renderer shares: escaping for HTML and SVG (XML), numbers in the invariant culture,
/// and the two inline marks report text may use (<c>**bold**</c> and <c>`code`</c>).
/// </summary>
/// <remarks>
/// The renderers write into one buffer per page (decision 0205): <see cref="AppendEscaped"/> copies the runs between
/// characters that need escaping as they are, and <see cref="Coordinate"/> formats a number straight into the buffer.
/// <see cref="Escape"/> and <see cref="Number"/> are the same rules as strings.
/// </remarks>
internal static class Markup
{
    // The characters HTML escaping changes, below U+D800: the five markup characters and the C0 controls (tab, line feed
    // and carriage return among them, which are kept). Every character from U+D800 up (surrogates, U+FFFE, U+FFFF and
    // the private-use and compatibility blocks between) takes the careful path, character by character.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Text escaped for an HTML or XML element or a double-quoted attribute; control characters and unpaired surrogates, which XML cannot hold, are dropped.</summary>
    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Escape"/> escapes it.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder result, ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('\uD800', '\uFFFF')) return AppendEscapedCarefully(result, text);
        while (true)
        {
            int next = text.IndexOfAny(Special);
            if (next < 0) return result.Append(text);
            AppendOne(result.Append(text[..next]), text[next]);
            text = text[(next + 1)..];
        }
    }

    // The rule one character at a time, for text with surrogates or U+FFFE/U+FFFF.
    private static StringBuilder AppendEscapedCarefully(StringBuilder result, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) result.Append(c).Append(text[++i]);
                continue; // an unpaired surrogate is not a character
            }
            AppendOne(result, c);
        }
        return result;
    }

    // One character that is not a surrogate: an entity, itself, or nothing (a control character or non-character XML cannot hold).
    private static void AppendOne(StringBuilder result, char c)
    {
        switch (c)
        {
            case '&': result.Append("&amp;"); break;
            case '<': result.Append("&lt;"); break;
            case '>': result.Append("&gt;"); break;
            case '"': result.Append("&quot;"); break;
            case '\'': result.Append("&#39;"); break;
            case '\t' or '\n' or '\r': result.Append(c); break;
            case < ' ' or '\uFFFE' or '\uFFFF': break;
            default: result.Append(c); break;
        }
    }

    /// <summary>A coordinate or value, at most two decimals (half away from zero), invariant culture, never <c>-0</c>.</summary>
    public static string Number(double value) => new Coordinate(value).ToString();

    /// <summary>A value as a label: whole numbers without decimals, others with up to <paramref name="decimals"/> (half away from zero).</summary>
    public static string Label(double value, int decimals = 2)
    {
        string text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(LabelFormat(decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static readonly string[] LabelFormats = [.. Enumerable.Range(0, 16).Select(d => "0." + new string('#', d))];

    private static string LabelFormat(int decimals) => decimals is >= 0 and < 16 ? LabelFormats[decimals] : "0." + new string('#', decimals);

    /// <summary>Report text as HTML: escaped, with <c>**bold**</c> as <c>strong</c> and <c>`code`</c> as <c>code</c>.</summary>
    public static string Inline(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("**") && text.IndexOf("**", i + 2, StringComparison.Ordinal) is var endBold and > 0)
            {
                result.Append("<strong>").AppendEscaped(text.AsSpan((i + 2)..endBold)).Append("</strong>");
                i = endBold + 2;
            }
            else if (text[i] == '`' && text.IndexOf('`', i + 1) is var endCode and > 0)
            {
                result.Append("<code>").AppendEscaped(text.AsSpan((i + 1)..endCode)).Append("</code>");
                i = endCode + 1;
            }
            else
            {
                int next = text.IndexOfAny(['*', '`'], i + 1);
                if (next < 0) next = text.Length;
                result.AppendEscaped(text.AsSpan(i..next));
                i = next;
            }
        }
        return result.ToString();
    }

    /// <summary>Text shortened to <paramref name="max"/> characters with an ellipsis, for labels that must fit.</summary>
    /// <remarks>Never splits a surrogate pair (an emoji, say), which would leave a character XML cannot hold.</remarks>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        int cut = Math.Max(1, max - 1);
        if (char.IsHighSurrogate(text[cut - 1])) cut = cut > 1 ? cut - 1 : cut + 1;
        return text[..cut] + "…";
    }
}

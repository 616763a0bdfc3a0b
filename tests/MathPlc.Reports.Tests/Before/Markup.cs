// The renderer as it was before decision 0205 (session 18), kept unchanged but for its namespace: the fast renderer must give its bytes.
using Ardalis.GuardClauses;
using MathPlc.Core.Guards;
using System.Globalization;
using System.Text;

namespace MathPlc.Reports.Tests.Before;

/// <summary>
/// The text rules every report renderer shares: escaping for HTML and SVG (XML), numbers in the invariant culture,
/// and the two inline marks report text may use (<c>**bold**</c> and <c>`code`</c>).
/// </summary>
internal static class Markup
{
    /// <summary>Text escaped for an HTML or XML element or a double-quoted attribute; control characters and unpaired surrogates, which XML cannot hold, are dropped.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) result.Append(c).Append(text[++i]);
                continue; // an unpaired surrogate is not a character
            }
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
        return result.ToString();
    }

    /// <summary>A coordinate or value, at most two decimals (half away from zero), invariant culture, never <c>-0</c>.</summary>
    public static string Number(double value)
    {
        string text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>A value as a label: whole numbers without decimals, others with up to <paramref name="decimals"/> (half away from zero).</summary>
    public static string Label(double value, int decimals = 2)
    {
        string text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>Report text as HTML: escaped, with <c>**bold**</c> as <c>strong</c> and <c>`code`</c> as <c>code</c>.</summary>
    public static string Inline(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("**") && text.IndexOf("**", i + 2, StringComparison.Ordinal) is var endBold and > 0)
            {
                result.Append("<strong>").Append(Escape(text[(i + 2)..endBold])).Append("</strong>");
                i = endBold + 2;
            }
            else if (text[i] == '`' && text.IndexOf('`', i + 1) is var endCode and > 0)
            {
                result.Append("<code>").Append(Escape(text[(i + 1)..endCode])).Append("</code>");
                i = endCode + 1;
            }
            else
            {
                int next = text.IndexOfAny(['*', '`'], i + 1);
                if (next < 0) next = text.Length;
                result.Append(Escape(text[i..next]));
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

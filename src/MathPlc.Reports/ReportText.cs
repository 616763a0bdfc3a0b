using System.Text;
using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>How a piece of report text is shown: plain, bold, or as code.</summary>
public enum ReportRunKind
{
    /// <summary>Plain text.</summary>
    Plain,

    /// <summary>Bold text (<c>strong</c> in HTML, <c>**…**</c> in Markdown).</summary>
    Strong,

    /// <summary>Code (<c>code</c> in HTML, a backtick code span in Markdown).</summary>
    Code,

    /// <summary>A link to another file of the report (an <c>a</c> element in HTML, a Markdown link with its target in angle brackets); its target is <see cref="ReportRun.Href"/>.</summary>
    Link,
}

/// <summary>A piece of report text shown one way.</summary>
/// <param name="Kind">Plain, bold, code or a link.</param>
/// <param name="Text">The text, exactly as it should read; the renderers escape it for their format.</param>
/// <param name="Href">A link's target, a relative path such as <c>teams/north.html</c>; null for other runs. The renderers escape it too.</param>
public readonly record struct ReportRun(ReportRunKind Kind, string Text, string? Href = null);

/// <summary>
/// Report text built from structured pieces (runs), so a value that comes from input — a target code, a name, a label —
/// is never read as markup: each renderer escapes every run for its format at the point of rendering (HTML entities;
/// Markdown backslash escapes or a code span), and marks only what the program marked.
/// </summary>
/// <remarks>
/// <see cref="Marked"/> reads the two inline marks of text the program itself writes (<c>**bold**</c>, <c>`code`</c>);
/// values from input go in through <see cref="Plain"/>, <see cref="Strong"/> or <see cref="Code"/>, or the
/// interpolated-string builder of <see cref="Of"/>, and are never parsed. Two texts with the same runs are equal.
/// </remarks>
public sealed record ReportText
{
    private ReportText(ImmutableArray<ReportRun> runs) => Runs = runs;

    /// <summary>The runs, in order.</summary>
    public ValueArray<ReportRun> Runs { get; }

    /// <summary>The text without marks.</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    /// <summary>Plain text, shown exactly as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportText Plain(string text) => new([new(ReportRunKind.Plain, Guard.Against.Null(text))]);

    /// <summary>Bold text, shown exactly as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportText Strong(string text) => new([new(ReportRunKind.Strong, Guard.Against.Null(text))]);

    /// <summary>Code, shown exactly as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportText Code(string text) => new([new(ReportRunKind.Code, Guard.Against.Null(text))]);

    /// <summary>Text that links to another file of the report, such as a team's page beside a district's summary.</summary>
    /// <param name="text">The link's text, as it should read.</param>
    /// <param name="href">The target: a relative path of the report's own files; never read as markup.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="href"/> is empty or white space.</exception>
    public static ReportText Link(string text, string href) =>
        new([new(ReportRunKind.Link, Guard.Against.Null(text), Guard.Against.NullOrWhiteSpace(href))]);

    /// <summary>Runs joined into one text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is or holds null.</exception>
    public static ReportText Of(params IEnumerable<ReportText> parts)
    {
        Guard.Against.Null(parts);
        var runs = ImmutableArray.CreateBuilder<ReportRun>();
        foreach (var part in parts)
        {
            Guard.Against.Null(part, nameof(parts));
            foreach (var run in part.Runs)
            {
                if (run.Text.Length == 0) continue;
                if (runs.Count > 0 && runs[^1].Kind == run.Kind) runs[^1] = run with { Text = runs[^1].Text + run.Text };
                else runs.Add(run);
            }
        }
        return new(runs.ToImmutable());
    }

    /// <summary>Text the program wrote, in which <c>**bold**</c> and <c>`code`</c> are marks; never use it for input values.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ReportText Marked(string text)
    {
        Guard.Against.Null(text);
        var runs = new List<ReportText>();
        int i = 0;
        var plain = new StringBuilder();
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("**") && text.IndexOf("**", i + 2, StringComparison.Ordinal) is var endBold and > 0)
            {
                runs.Add(Plain(plain.ToString()));
                plain.Clear();
                runs.Add(Strong(text[(i + 2)..endBold]));
                i = endBold + 2;
            }
            else if (text[i] == '`' && text.IndexOf('`', i + 1) is var endCode and > 0)
            {
                runs.Add(Plain(plain.ToString()));
                plain.Clear();
                runs.Add(Code(text[(i + 1)..endCode]));
                i = endCode + 1;
            }
            else plain.Append(text[i++]);
        }
        runs.Add(Plain(plain.ToString()));
        return Of(runs);
    }

    /// <summary>Plain text.</summary>
    public static implicit operator ReportText(string text) => Plain(text);

    /// <summary>Two texts joined.</summary>
    public static ReportText operator +(ReportText left, ReportText right) => Of(left, right);

    /// <inheritdoc/>
    public override string ToString() => PlainText;
}

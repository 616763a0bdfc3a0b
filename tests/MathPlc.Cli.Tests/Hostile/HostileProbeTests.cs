namespace MathPlc.Cli.Tests.Hostile;

/// <summary>The probe's own output checks: they must fail on live markup and pass escaped text.</summary>
public sealed class HostileProbeTests
{
    private static List<string> Problems(string text, string format)
    {
        var problems = new List<string>();
        HostileProbe.CheckOutput(text, format, problems);
        return problems;
    }

    [Theory]
    [InlineData("## School: <img src=x onerror=alert(1)>", "md")]
    [InlineData("## School: \\<img src=x onerror=alert(1)\\>", "md")] // text in CommonMark §2.4, but live in Markdown.pl: MathPlc writes entities (decision 0083)
    [InlineData("<td>\\<img src=x onerror=alert(1)></td>", "html")] // a backslash escapes nothing in HTML
    [InlineData("<td><img src=x onerror=alert(1)></td>", "html")]
    public void Live_image_markup_is_found(string text, string format) =>
        Assert.Contains(Problems(text, format), p => p.Contains("unescaped <img>", StringComparison.Ordinal));

    [Theory]
    [InlineData("## School: &lt;img src=x onerror=alert(1)&gt;", "md")]
    [InlineData("<td>&lt;img src=x onerror=alert(1)&gt;</td>", "html")]
    public void Escaped_image_markup_passes(string text, string format) =>
        Assert.DoesNotContain(Problems(text, format), p => p.Contains("unescaped <img>", StringComparison.Ordinal));
}

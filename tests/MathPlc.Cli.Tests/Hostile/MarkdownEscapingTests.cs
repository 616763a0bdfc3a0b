using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, cause 1, in every Markdown output: a value from input that is full of Markdown and HTML (a school, a goal
/// statement, a commitment's title, a calendar's break, a target code) is written as the text it is — entities for
/// <c>&lt; &gt; &amp;</c>, a backslash before Markdown's punctuation — never as markup, and never read as the program's
/// own <c>**bold**</c> or <c>`code`</c> marks.
/// </summary>
public sealed class MarkdownEscapingTests : IDisposable
{
    /// <summary>The hostile value: bold and code marks, HTML, a link, emphasis, a heading marker.</summary>
    private const string Value = "**b** `<i>` [x](javascript:1) _e_ # h";

    /// <summary>The value escaped, written out by hand.</summary>
    private const string Escaped = @"\*\*b\*\* \`&lt;i&gt;\` \[x\](javascript:1) \_e\_ \# h";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string> Outputs { get; } = new()
    {
        { "stage", "team.json", """{ "team": "t1", "school": "VALUE", "observedOn": "2026-10-15", "indicators": ["normsAndAgendas"] }""" },
        { "goals", "goals.json", """[ { "id": "g1", "type": "results", "statement": "VALUE", "baseline": 20, "baselineDate": "2026-09-01", "target": 60, "deadline": "2027-01-25", "horizon": "semester", "range": { "min": 0, "max": 100 }, "measurements": [ { "date": "2026-10-01", "value": 30 } ] } ]""" },
        { "commitments", "self.json", """{ "commitments": [ { "id": "VALUE", "title": "VALUE", "roles": { "district": "d", "site": "s" } } ] }""" },
        { "calendar", "cal.json", """{ "firstDay": "2026-08-31", "lastDay": "2026-10-30", "nonInstructional": [ { "name": "VALUE", "date": "2026-09-07", "kind": "holiday" } ] }""" },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void A_value_full_of_markup_reads_as_text_in_the_markdown(string command, string file, string json)
    {
        string path = _folder.Write(file, json.Replace("VALUE", System.Text.Json.JsonEncodedText.Encode(Value).ToString(), StringComparison.Ordinal));
        var result = CliRun.Run(command, command == "calendar" ? "--calendar" : "--in", path, "--format", "md");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(Escaped, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("**b**", result.Stdout, StringComparison.Ordinal);
    }
}

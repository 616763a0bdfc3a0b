using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Teams;

/// <summary>
/// Issue 16 (issue 14 cause 1 for the Teams reports): every label that comes from input — team and school names,
/// commitment titles, goal ids and statements — is escaped in the Markdown of <c>stage</c>, <c>commitments</c> and
/// <c>goals</c>, so a label can never become a link, an image or raw HTML.
/// </summary>
public sealed class TeamsMarkdownEscapingTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Link = "[click](javascript:alert(1))";

    // Inert: the tag's "<" is an entity or backslash-escaped, and the link's brackets are backslash-escaped (CommonMark §2.4).
    private static void AssertInert(string markdown)
    {
        Assert.DoesNotMatch(@"(?<!\\)<img", markdown);
        Assert.DoesNotMatch(@"(?<!\\)\[click(?<!\\)\]", markdown);
        Assert.Matches(@"(&lt;|\\<)img src=x onerror=alert\(1\)", markdown);
        Assert.Contains(@"\[click\]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_markdown_escapes_the_team_and_the_school()
    {
        string file = _folder.Write("team.json", $$"""{ "team": "{{Image}}", "school": "{{Link}}", "observedOn": "2026-10-15", "indicators": ["normsAndAgendas"] }""");
        var result = CliRun.Run("stage", "--in", file, "--format", "md");
        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertInert(result.Stdout);
    }

    [Fact]
    public void Stage_overview_markdown_escapes_the_team_and_the_school()
    {
        string file = _folder.Write("team.json", $$"""[{ "team": "{{Image}}", "school": "{{Link}}", "observedOn": "2026-10-15", "indicators": ["normsAndAgendas"] }]""");
        var result = CliRun.Run("stage", "--in", file, "--format", "md", "--overview");
        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertInert(result.Stdout);
    }

    [Fact]
    public void Commitments_markdown_escapes_titles_and_roles()
    {
        string file = _folder.Write("sa.json", $$"""{ "commitments": [ { "id": "a", "title": "{{Image}}", "roles": { "team": "{{Link}}" } } ] }""");
        var result = CliRun.Run("commitments", "--in", file, "--format", "md");
        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertInert(result.Stdout);
    }

    [Fact]
    public void Goals_markdown_escapes_ids_and_statements()
    {
        string file = _folder.Write("goals.json", $$"""[{ "id": "{{Image}}", "type": "results", "statement": "{{Link}}", "baseline": 20, "baselineDate": "2027-01-04", "target": 40, "deadline": "2027-03-29" }]""");
        var result = CliRun.Run("goals", "--in", file, "--format", "md");
        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertInert(result.Stdout);
    }
}

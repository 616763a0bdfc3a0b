using System.CommandLine;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>docs/cli.md</c> is the command line's reference page (issue 19): every command and every option that
/// <c>--help</c> shows must be documented there, so the page and the tool cannot drift apart.
/// </summary>
public sealed class CliReferenceTests
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "cli.md"));

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in CommandLineApp.CreateRoot().Subcommands) data.Add(command.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_its_section_with_every_option(string name)
    {
        var command = CommandLineApp.CreateRoot().Subcommands.Single(c => c.Name == name);
        var section = Section("### `mathplc " + name + "`");
        Assert.False(section is null, $"docs/cli.md has no section '### `mathplc {name}`'.");
        section += Section("## Common rules"); // options every command shares (--out, --format, --in -, --csv-raw)
        var missing = command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "-h" or "-?"))
            .Select(o => o.Name)
            .Where(option => !Mentions(section!, option))
            .ToList();
        Assert.True(missing.Count == 0, $"docs/cli.md's section on `mathplc {name}` does not document: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_exit_codes_are_documented()
    {
        foreach (var text in new[] { "0 done", "2 usage error", "3 bad data", "1 anything unexpected" })
            Assert.Contains(text, Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_fails_for_an_undocumented_option()
    {
        Assert.False(Mentions("`--in FILE` reads the file", "--include-everything"));
        Assert.True(Mentions("options `--in FILE`, `--out`", "--in"));
        Assert.False(Mentions("options `--in-file`", "--in"));
    }

    /// <summary>The text of the section whose heading starts with <paramref name="heading"/>, up to the next heading.</summary>
    private static string? Section(string heading)
    {
        var lines = Reference.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (start < 0) return null;
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("### ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>Whether <paramref name="text"/> names <paramref name="option"/> as a whole option (not a prefix of a longer one).</summary>
    private static bool Mentions(string text, string option)
    {
        for (var i = text.IndexOf(option, StringComparison.Ordinal); i >= 0; i = text.IndexOf(option, i + 1, StringComparison.Ordinal))
        {
            var after = i + option.Length;
            if (after == text.Length || !(char.IsLetterOrDigit(text[after]) || text[after] == '-')) return true;
        }
        return false;
    }
}

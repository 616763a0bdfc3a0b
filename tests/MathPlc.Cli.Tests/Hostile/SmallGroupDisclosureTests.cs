using System.Text.Json;
using System.Text.RegularExpressions;
using MathPlc.Cli.Tests.Cycle;

namespace MathPlc.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, cause 8 (decisions 0076, 0082): a group under the minimum size is hidden and cannot be derived from the cells
/// the same report publishes — in the Markdown and in the JSON.
/// </summary>
public sealed partial class SmallGroupDisclosureTests
{
    [Fact]
    public void No_hidden_group_is_derivable_from_the_published_counts_of_the_cycle_report()
    {
        using var files = CycleFiles.Sample();
        SetEll(files.Roster, yes: 4); // a group under the default minimum of 10
        var md = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--format", "md");
        Assert.True(md.ExitCode == 0, md.Stderr);

        // Every published "proficient/n" of a line that names ell=no must not give away ell=yes's n or count by
        // subtraction from the team's: if ell=yes is hidden, ell=no's numbers must be hidden too.
        foreach (var line in md.Stdout.Split('\n').Where(l => l.Contains("ell=", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(Fraction(), line);
            Assert.DoesNotMatch(Percent(), line);
        }
        Assert.DoesNotContain("(4)", md.Stdout, StringComparison.Ordinal);

        var json = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--format", "json");
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var report = JsonDocument.Parse(json.Stdout);
        var rates = report.RootElement.GetProperty("howWillWeKnow").GetProperty("rates").EnumerateArray().ToList();
        var ell = rates.Where(r => r.GetProperty("group").GetString()!.StartsWith("ell=", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * rates.Count(r => r.GetProperty("kind").GetString() == "team"), ell.Count); // both groups on every target
        foreach (var rate in ell)
        {
            Assert.Equal(JsonValueKind.Null, rate.GetProperty("students").ValueKind);
            Assert.Equal(JsonValueKind.Null, rate.GetProperty("proficient").ValueKind);
            Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").GetProperty("value").ValueKind);
        }
    }

    [Fact] // The control that shows the search above can find what it looks for: two groups of 10 or more are published.
    public void Groups_at_the_minimum_size_are_published()
    {
        using var files = CycleFiles.Sample();
        int students = SetEll(files.Roster, yes: 12);
        Assert.True(students - 12 >= 10, $"the sample has {students} students");
        var md = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--format", "md");
        Assert.True(md.ExitCode == 0, md.Stderr);
        Assert.Contains(md.Stdout.Split('\n'), line => line.Contains("ell=", StringComparison.Ordinal) && Percent().IsMatch(line));
    }

    /// <summary>Sets the roster's existing <c>ell</c> column: the first <paramref name="yes"/> students yes, the rest no. Returns the number of students.</summary>
    private static int SetEll(string roster, int yes)
    {
        var lines = File.ReadAllLines(roster);
        int column = Array.IndexOf(lines[0].Split(','), "ell");
        Assert.True(column >= 0, "the sample roster has an ell column");
        File.WriteAllLines(roster, [lines[0], .. lines.Skip(1).Select((line, i) =>
        {
            var cells = line.Split(',');
            cells[column] = i < yes ? "yes" : "no";
            return string.Join(',', cells);
        })]);
        return lines.Length - 1;
    }

    [GeneratedRegex(@"\b\d+\s*(/|of)\s*\d+\b")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\d+(\.\d+)?%")]
    private static partial Regex Percent();
}

using System.Text.RegularExpressions;
using MathPlc.Tests;

namespace MathPlc.Core.Tests.Repository;

/// <summary>
/// A clone anywhere must build and pass its tests with nothing beside it (issue 19): no file the repository ships may
/// point at a folder outside it, such as the <c>shared</c> folder that sits beside the clone on the project's own
/// machines. Test data lives in <c>tests/data</c>, the CLI contract in <c>docs/cli.md</c>, the domain reference in
/// <c>docs/reference</c>.
/// </summary>
public sealed partial class SelfContainedRepositoryTests
{
    private static readonly string[] Folders = ["src", "tests", "benchmarks", "docs", ".ci"];
    private static readonly string[] Extensions = [".cs", ".csproj", ".props", ".targets", ".md", ".json", ".sh", ".py", ".sln", ""];

    // Built from pieces so this file does not match itself.
    private static readonly string Shared = "sha" + "red";
    private static readonly string MachineRoot = "/wor" + "k/";

    /// <summary>A path into the folder beside the clone (the forms the old tests used) or an absolute path on the project's machines.</summary>
    private static readonly Regex Outside = new(
        $@"\.\./{Shared}\b|""\.\.""\s*,\s*""{Shared}""|{MachineRoot}|(?<![\w/.-]){Shared}/(data|reference|hooks)\b|(?<![\w/.-]){Shared}/(CLI|DESIGN|STYLE)\.md",
        RegexOptions.CultureInvariant);

    [Fact]
    public void No_shipped_file_refers_to_a_path_outside_the_repository()
    {
        var offenders = ShippedFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => Outside.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(SharedData.RepositoryRoot, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Paths outside the repository:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_guard_sees_a_path_outside_the_repository()
    {
        // The guard's own pattern must trip on the forms the old tests used, or the test above could never fail.
        string[] bad = [$"Path.Combine(root, \"..\", \"{Shared}\", \"data\")", $"see ../{Shared}/CLI.md", $"{Shared}/data/case/x.json",
            $"{Shared}/DESIGN.md", $"{MachineRoot}{Shared}/reference/grading.md"];
        Assert.All(bad, line => Assert.Matches(Outside, line));
        Assert.DoesNotMatch(Outside, "tests/Shared/PropertyCheck.cs");
        Assert.DoesNotMatch(Outside, "src/Shared/InvariantNumber.cs");
        Assert.DoesNotMatch(Outside, "docs/reference/grading.md");
    }

    [Fact]
    public void The_data_the_tests_read_is_in_the_repository_with_its_licence()
    {
        Assert.True(File.Exists(SharedData.CaseFile("ccss-math-6rp-7rp-opensalt.json")));
        Assert.True(File.Exists(SharedData.CaseFile("LICENSE-opensalt.txt")));
        Assert.True(File.Exists(Path.Combine(SharedData.RepositoryRoot, "tests", "data", "README.md")));
        Assert.True(File.Exists(Path.Combine(SharedData.RepositoryRoot, "docs", "cli.md")));
    }

    private static IEnumerable<string> ShippedFiles() =>
        Folders.Select(f => Path.Combine(SharedData.RepositoryRoot, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => !IsBuildOutput(f) && Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string file)
    {
        var parts = Path.GetRelativePath(SharedData.RepositoryRoot, file).Split(Path.DirectorySeparatorChar);
        return parts.Any(p => p is "bin" or "obj" or "artifacts" or "BenchmarkDotNet.Artifacts" or "node_modules");
    }
}

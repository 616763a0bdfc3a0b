using MathPlc.Grading;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary><c>mathplc proficiency</c> takes its method names, their help lines and their required options from the one table (decision 0092).</summary>
public sealed class MethodTableCliTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _evidence;

    public MethodTableCliTests() => _evidence = _folder.Write("evidence.csv", ProficiencyFiles.Evidence);

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Names() => [.. CalculationMethods.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_method_in_the_table_is_accepted_by_method(string name)
    {
        string[] required = [.. CalculationMethods.Find(name).Parameters.Where(p => p.IsRequired).SelectMany(p => new[] { p.Option, "2" })];
        var result = CliRun.Run(["proficiency", "--in", _evidence, "--method", name, .. required]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(name, result.Stdout.Split("\r\n")[1].Split(',')[2]);
    }

    [Fact]
    public void A_required_parameter_left_out_is_a_usage_error_naming_its_option()
    {
        foreach (var method in CalculationMethods.All.Where(m => m.Parameters.Any(p => p.IsRequired)))
        {
            var result = CliRun.Run("proficiency", "--in", _evidence, "--method", method.Name);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"--method {method.Name} needs {method.Parameters.First(p => p.IsRequired).Option} N", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_every_method_with_its_summary()
    {
        string help = CliRun.Run("proficiency", "--help").Stdout;
        foreach (var method in CalculationMethods.All)
            Assert.Contains($"{method.Name,-17} {method.Summary}", help, StringComparison.Ordinal);
    }
}

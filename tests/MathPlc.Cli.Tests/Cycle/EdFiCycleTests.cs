using MathPlc.CriticalQuestions;
using MathPlc.Interop.EdFi;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// <c>mathplc cycle --edfi DIR</c> (issue 17): an Ed-Fi ODS/API folder written from the sample team gives the same report
/// as the sample team itself; a folder with several assessments needs <c>--assessment</c>.
/// </summary>
public sealed class EdFiCycleTests
{
    private static readonly Lazy<CliResult> Default = new(() => CliRun.Run("cycle"));

    /// <summary>The sample team's files with an Ed-Fi folder <c>edfi/</c> beside them, unit.json copied into it.</summary>
    internal static CycleFiles SampleWithEdFi(out string folder)
    {
        var files = CycleFiles.Sample();
        folder = files.PathOf("edfi");
        EdFiFolder.Write(folder, EdFiCycleInputs.ToEdFi(SampleTeam.Default.Input));
        File.Copy(files.Unit, Path.Combine(folder, "unit.json"));
        return files;
    }

    [Fact]
    public void An_EdFi_folder_written_from_the_sample_team_gives_the_same_report_as_the_direct_input()
    {
        using var files = SampleWithEdFi(out string folder);
        var result = CliRun.Run("cycle", "--edfi", folder);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Default.Value.Stdout, result.Stdout);

        var withUnit = CliRun.Run("cycle", "--edfi", folder, "--unit", files.Unit, "--assessment", SampleTeam.Default.Input.Blueprint.Name);
        Assert.Equal(Default.Value.Stdout, withUnit.Stdout);
    }
}

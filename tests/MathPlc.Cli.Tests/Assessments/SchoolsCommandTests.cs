using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Assessments;

public sealed class SchoolsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_school_gets_its_prediction_and_band()
    {
        string file = _folder.Write("schools.csv", "school_id,predictor,actual,district_id\na,40,42,north\nb,50,49,north\nc,60,70,south\nd,70,69,south\ne,80,81,south\n");
        var result = CliRun.Run("schools", "--in", file);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("school_id,predicted,residual,standardized_residual,band", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.EndsWith(",above", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void One_school_exits_3()
    {
        var result = CliRun.Run("schools", "--in", _folder.Write("one.csv", "school_id,predictor,actual\na,1,2\n"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("too-few-schools", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_exits_3_naming_the_line()
    {
        var result = CliRun.Run("schools", "--in", _folder.Write("bad.csv", "school_id,predictor,actual\na,1,2\nb,x,3\n"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not-a-number", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_predictor_leaves_the_band_empty()
    {
        var result = CliRun.Run("schools", "--in", _folder.Write("flat.csv", "school_id,predictor,actual\na,5,1\nb,5,2\nc,5,6\n"));
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(",", result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_cut_of_zero_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("schools", "--in", _folder.Write("s.csv", "school_id,predictor,actual\na,1,2\nb,2,3\n"), "--band-cut", "0").ExitCode);
}

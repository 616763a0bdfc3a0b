using MathPlc.Cli.Shell;

using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writing_to_a_file_replaces_it_whole_and_leaves_no_temporary_file()
    {
        string target = _folder.Write("report.md", "an older, much longer report that must not survive in part\n");

        AtomicOutput.Write("new\n", target, TextWriter.Null);

        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Equal(["report.md"], _folder.FileNames());
    }

    [Fact]
    public void Writing_without_a_file_goes_to_stdout_only()
    {
        var stdout = new StringWriter();

        AtomicOutput.Write("text\n", null, stdout);

        Assert.Equal("text\n", stdout.ToString());
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark()
    {
        string target = _folder.PathOf("names.csv");

        AtomicOutput.Write("Día de la Raza\n", target, TextWriter.Null);

        Assert.Equal("Día de la Raza\n"u8.ToArray(), File.ReadAllBytes(target));
    }

    [Fact]
    public void A_folder_or_a_missing_folder_is_refused_before_any_work()
    {
        Assert.Null(AtomicOutput.ProblemWith(_folder.PathOf("ok.md")));
        Assert.Contains("is a folder", AtomicOutput.ProblemWith(_folder.Path), StringComparison.Ordinal);
        Assert.Contains("does not exist", AtomicOutput.ProblemWith(Path.Combine(_folder.Path, "nope", "x.md")), StringComparison.Ordinal);
    }
}

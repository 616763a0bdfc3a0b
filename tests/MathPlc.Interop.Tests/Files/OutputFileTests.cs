using System.Text;
using MathPlc.Interop;

namespace MathPlc.Tests.Files;

public sealed class OutputFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Earlier(string name)
    {
        string path = _folder.PathOf(name);
        File.WriteAllText(path, "last week's report, longer than the new one and never to survive in part\n");
        return path;
    }

    [Fact]
    public void Write_creates_the_file_with_exactly_the_bytes_written()
    {
        string path = _folder.PathOf("tiers.csv");

        OutputFile.Write(path, stream => stream.Write([1, 2, 3]));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["tiers.csv"], _folder.FileNames());
    }

    [Fact]
    public void Write_replaces_an_earlier_file_whole()
    {
        string path = Earlier("report.md");

        OutputFile.Write(path, stream => stream.Write("new\n"u8));

        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(["report.md"], _folder.FileNames());
    }

    [Fact]
    public void A_writer_that_fails_part_way_leaves_the_earlier_file_untouched_and_no_temporary_file()
    {
        string path = Earlier("report.md");
        byte[] before = File.ReadAllBytes(path);
        var failure = new InvalidOperationException("the team's data ran out");

        var thrown = Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, stream =>
        {
            stream.Write("half a rep"u8);
            throw failure;
        }));

        Assert.Same(failure, thrown);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["report.md"], _folder.FileNames());
    }

    [Fact]
    public void A_writer_that_fails_leaves_no_file_where_there_was_none()
    {
        string path = _folder.PathOf("report.md");

        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, _ => throw new InvalidOperationException()));

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void A_missing_folder_throws_OutputPathException_and_creates_nothing()
    {
        string missing = _folder.PathOf("no-such-folder");
        bool called = false;

        // Issue 14: an output path problem is an OutputPathException (an IOException) in plain words, a usage error in the CLI.
        Assert.Throws<OutputPathException>(() => OutputFile.Write(Path.Combine(missing, "report.md"), _ => called = true));
        Assert.Throws<OutputPathException>(() => OutputFile.WriteText(Path.Combine(missing, "report.md"), "text"));

        Assert.False(called);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void An_existing_folder_as_the_target_throws_IOException_and_leaves_no_temporary_file()
    {
        string folder = Directory.CreateDirectory(_folder.PathOf("reports")).FullName;

        Assert.ThrowsAny<IOException>(() => OutputFile.WriteText(folder, "text"));

        Assert.True(Directory.Exists(folder));
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void WriteText_writes_utf8_without_a_byte_order_mark_and_keeps_line_ends()
    {
        string path = Earlier("holidays.csv");

        OutputFile.WriteText(path, "name\r\nDía de la Raza\n");

        Assert.Equal(Encoding.UTF8.GetBytes("name\r\nDía de la Raza\n"), File.ReadAllBytes(path));
        Assert.Equal(["holidays.csv"], _folder.FileNames());
    }

    [Fact]
    public void WriteText_of_nothing_leaves_an_empty_file()
    {
        string path = Earlier("empty.md");

        OutputFile.WriteText(path, "");

        Assert.Empty(File.ReadAllBytes(path));
    }

    [Fact]
    public void Bad_arguments_are_refused_before_any_file_is_touched()
    {
        string path = _folder.PathOf("report.md");

        Assert.Throws<ArgumentNullException>("path", () => OutputFile.Write(null!, _ => { }));
        Assert.Throws<ArgumentException>("path", () => OutputFile.Write(" ", _ => { }));
        Assert.Throws<OutputPathException>(() => OutputFile.Write(_folder.Path + Path.DirectorySeparatorChar, _ => { }));
        Assert.Throws<ArgumentNullException>("write", () => OutputFile.Write(path, null!));
        Assert.Throws<ArgumentNullException>("path", () => OutputFile.WriteText(null!, "text"));
        Assert.Throws<ArgumentNullException>("text", () => OutputFile.WriteText(path, null!));

        Assert.Empty(_folder.FileNames());
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop;
using MathPlc.Tests;

namespace MathPlc.Tests.Files;

/// <summary>
/// <see cref="OutputFolder.WriteTogether"/> (decision 0170): several files, one folder down too, filled together in any
/// order, all or nothing — a district's report written team by team.
/// </summary>
public sealed class OutputFolderTogetherTests
{
    [Fact]
    public void Files_filled_in_turns_hold_what_was_written_to_each_in_order()
    {
        using var folder = new TemporaryFolder();
        OutputFolder.WriteTogether(folder.Path, ["a.csv", "teams/north.md", "b.csv", "teams/south.md", "empty.txt"], files =>
        {
            files.Open(0).Write("header\n"u8);
            files.Open(1).Write("# north"u8);
            files.Close(1);
            files.Open(2).Write("x"u8);
            files.Open(0).Write("north\n"u8);
            files.Open(3).Write("# south"u8);
            files.Open(0).Write("south\n"u8);
        });
        Assert.Equal("header\nnorth\nsouth\n", File.ReadAllText(folder.PathOf("a.csv")));
        Assert.Equal("x", File.ReadAllText(folder.PathOf("b.csv")));
        Assert.Equal("# north", File.ReadAllText(Path.Combine(folder.Path, "teams", "north.md")));
        Assert.Equal("# south", File.ReadAllText(Path.Combine(folder.Path, "teams", "south.md")));
        Assert.Equal("", File.ReadAllText(folder.PathOf("empty.txt"))); // never opened: written empty
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact] // A failure at any point leaves the folder as it was: old files untouched, no new file, no temporary file, no new subfolder.
    public void A_failure_part_way_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.csv"), "old");
        var error = Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteTogether(folder.Path, ["a.csv", "teams/north.md", "teams/south.md"], files =>
        {
            files.Open(0).Write("new"u8);
            files.Open(1).Write("# north"u8);
            files.Close(1);
            throw new InvalidOperationException("team south failed");
        }));
        Assert.Equal("team south failed", error.Message);
        Assert.Equal("old", File.ReadAllText(folder.PathOf("a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact] // decision 0180: every temporary file is flushed to disk after the writer returns, before any target is replaced
    public void Every_file_is_flushed_to_disk_before_any_is_moved_into_place()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.csv"), "old");
        var flushed = new System.Collections.Concurrent.ConcurrentBag<(string Name, string Text, string TargetA)>();
        OutputFolder.WriteTogetherWith(folder.Path, ["a.csv", "teams/north.md", "b.csv"], files =>
        {
            files.Open(0).Write("new"u8);
            files.Open(1).Write("# north"u8);
            files.Close(1);
        }, path =>
        {
            flushed.Add((Path.GetFileName(path), File.ReadAllText(path), File.ReadAllText(folder.PathOf("a.csv"))));
            OutputFolderFiles.FlushToDisk(path);
        });
        Assert.Equal(3, flushed.Count);
        Assert.All(flushed, f => Assert.StartsWith(".", f.Name, StringComparison.Ordinal)); // the temporary files, hidden
        Assert.All(flushed, f => Assert.Equal("old", f.TargetA));                          // no target replaced yet
        Assert.Equal(["", "# north", "new"], flushed.Select(f => f.Text).Order(StringComparer.Ordinal));
        Assert.Equal("new", File.ReadAllText(folder.PathOf("a.csv")));
    }

    [Fact] // a file that cannot be flushed to disk fails the whole write: nothing replaced, no temporary file left
    public void A_failure_to_flush_one_file_to_disk_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.csv"), "old");
        var error = Assert.Throws<IOException>(() => OutputFolder.WriteTogetherWith(folder.Path, ["a.csv", "teams/north.md", "b.csv"], files =>
        {
            files.Open(0).Write("new"u8);
            files.Open(2).Write("b"u8);
        }, path =>
        {
            if (File.ReadAllText(path) == "b") throw new IOException("No space left on device");
            OutputFolderFiles.FlushToDisk(path);
        }));
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(folder.PathOf("a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_folder_is_removed_again_when_the_writer_fails()
    {
        using var folder = new TemporaryFolder();
        string target = folder.PathOf("out");
        Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteTogether(target, ["report.md", "teams/a.md"], files =>
        {
            files.Open(1).Write("a"u8);
            throw new InvalidOperationException("failed");
        }));
        Assert.False(Directory.Exists(target));
    }

    [Fact] // An existing subfolder keeps what is in it; an existing file there is replaced only on success.
    public void An_existing_subfolder_keeps_its_other_files()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.PathOf("teams"));
        File.WriteAllText(Path.Combine(folder.Path, "teams", "notes.txt"), "notes");
        File.WriteAllText(Path.Combine(folder.Path, "teams", "a.md"), "old");
        OutputFolder.WriteTogether(folder.Path, ["teams/a.md"], files => files.Open(0).Write("new"u8));
        Assert.Equal("new", File.ReadAllText(Path.Combine(folder.Path, "teams", "a.md")));
        Assert.Equal("notes", File.ReadAllText(Path.Combine(folder.Path, "teams", "notes.txt")));
    }

    [Fact]
    public void A_subfolder_that_is_a_file_is_an_output_path_problem_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("teams"), "a file");
        var error = Assert.Throws<OutputPathException>(() => OutputFolder.WriteTogether(folder.Path, ["report.md", "teams/a.md"], files => files.Open(0).Write("x"u8)));
        Assert.Contains("teams", error.Message, StringComparison.Ordinal);
        Assert.Equal(["teams"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_plain_form_is_the_together_form_one_file_after_the_other()
    {
        using var plain = new TemporaryFolder();
        using var together = new TemporaryFolder();
        OutputFolder.Write(plain.Path, [new("a.txt", s => s.Write("aa"u8)), new("b.txt", s => s.Write("b"u8))]);
        OutputFolder.WriteTogether(together.Path, ["a.txt", "b.txt"], files =>
        {
            files.Open(0).Write("aa"u8);
            files.Open(1).Write("b"u8);
        });
        foreach (string name in new[] { "a.txt", "b.txt" })
            Assert.Equal(File.ReadAllBytes(plain.PathOf(name)), File.ReadAllBytes(together.PathOf(name)));
    }

    [Fact] // Property: whatever the order the parts of the files are written in, each file is its own parts in order.
    public void Each_file_is_its_parts_in_order_whatever_the_interleaving() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 3)).ToArbitrary(), order =>
        {
            using var folder = new TemporaryFolder();
            string[] names = ["a.csv", "b.csv", "teams/c.md", "teams/d.md"];
            var expected = names.Select(_ => new StringBuilder()).ToArray();
            OutputFolder.WriteTogether(folder.Path, names, files =>
            {
                for (int i = 0; i < order.Count; i++)
                {
                    string part = $"{i},";
                    files.Open(order[i]).Write(Encoding.UTF8.GetBytes(part));
                    expected[order[i]].Append(part);
                }
            });
            for (int i = 0; i < names.Length; i++) Assert.Equal(expected[i].ToString(), File.ReadAllText(Path.Combine(folder.Path, names[i])));
        }).Check(40);

    [Fact]
    public void Guards_name_their_parameter()
    {
        using var folder = new TemporaryFolder();
        Assert.Throws<ArgumentNullException>("folder", () => OutputFolder.WriteTogether(null!, ["a"], _ => { }));
        Assert.Throws<ArgumentException>("folder", () => OutputFolder.WriteTogether(" ", ["a"], _ => { }));
        Assert.Throws<ArgumentNullException>("names", () => OutputFolder.WriteTogether(folder.Path, null!, _ => { }));
        Assert.Throws<ArgumentNullException>("write", () => OutputFolder.WriteTogether(folder.Path, ["a"], null!));
        Assert.Throws<ArgumentException>("names", () => OutputFolder.WriteTogether(folder.Path, [" "], _ => { }));
        Assert.Throws<ArgumentException>("names", () => OutputFolder.WriteTogether(folder.Path, ["a/b/c.md"], _ => { }));
        Assert.Throws<ArgumentException>("names", () => OutputFolder.WriteTogether(folder.Path, ["../a.md"], _ => { }));
        Assert.Throws<ArgumentException>("names", () => OutputFolder.WriteTogether(folder.Path, ["teams/"], _ => { }));
        Assert.Throws<ArgumentException>("names", () => OutputFolder.WriteTogether(folder.Path, ["teams/a.md", "TEAMS/A.MD"], _ => { }));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => OutputFolder.WriteTogether(folder.Path, ["a"], files => files.Open(1)));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => OutputFolder.WriteTogether(folder.Path, ["a"], files => files.Close(-1)));
        Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteTogether(folder.Path, ["a"], files =>
        {
            files.Close(0);
            files.Open(0);
        }));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        Assert.Throws<ArgumentException>("files", () => OutputFolder.Write(folder.Path, [new("teams/a.md", _ => { })])); // the plain form takes plain names only
    }

    [Fact] // decision 0250: a file closed while the writer goes on is flushed to disk in the background, before the writer returns
    public void A_closed_file_is_flushed_while_the_writer_still_runs()
    {
        using var folder = new TemporaryFolder();
        using var flushedNorth = new ManualResetEventSlim();
        bool seenByWriter = false;
        OutputFolder.WriteTogetherWith(folder.Path, ["a.csv", "teams/north.md"], files =>
        {
            files.Open(1).Write("# north"u8);
            files.Close(1);
            seenByWriter = flushedNorth.Wait(TimeSpan.FromSeconds(30));
            files.Open(0).Write("a"u8);
        }, path =>
        {
            OutputFolderFiles.FlushToDisk(path);
            if (File.ReadAllText(path) == "# north") flushedNorth.Set();
        });
        Assert.True(seenByWriter);
        Assert.Equal("# north", File.ReadAllText(folder.PathOf("teams/north.md")));
    }

    [Fact] // a background flush that fails fails the whole write, as one after the writer would
    public void A_failed_background_flush_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.csv"), "old");
        using var failed = new ManualResetEventSlim();
        var error = Assert.Throws<IOException>(() => OutputFolder.WriteTogetherWith(folder.Path, ["a.csv", "teams/north.md"], files =>
        {
            files.Open(1).Write("# north"u8);
            files.Close(1);
            failed.Wait(TimeSpan.FromSeconds(30));
            files.Open(0).Write("new"u8);
        }, path =>
        {
            if (File.ReadAllText(path) == "# north")
            {
                failed.Set();
                throw new IOException("Input/output error");
            }
            OutputFolderFiles.FlushToDisk(path);
        }));
        Assert.Contains("Input/output error", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(folder.PathOf("a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact] // a writer that fails while a closed file is being flushed: the flush is waited for, then every temporary file is deleted
    public void A_failing_writer_waits_for_the_flush_under_way_and_leaves_nothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.PathOf("a.csv"), "old");
        using var flushing = new ManualResetEventSlim();
        int flushesEnded = 0;
        var error = Assert.Throws<InvalidOperationException>(() => OutputFolder.WriteTogetherWith(folder.Path, ["a.csv", "teams/north.md", "teams/south.md"], files =>
        {
            files.Open(1).Write("# north"u8);
            files.Close(1);
            flushing.Wait(TimeSpan.FromSeconds(30));
            throw new InvalidOperationException("team south failed");
        }, path =>
        {
            flushing.Set();
            Thread.Sleep(200);   // the flush is still under way when the writer fails
            OutputFolderFiles.FlushToDisk(path);
            Interlocked.Increment(ref flushesEnded);
        }));
        Assert.Equal("team south failed", error.Message);
        Assert.Equal(1, Volatile.Read(ref flushesEnded));   // ended before the write gave up (the file still there to flush)
        Assert.Equal("old", File.ReadAllText(folder.PathOf("a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}

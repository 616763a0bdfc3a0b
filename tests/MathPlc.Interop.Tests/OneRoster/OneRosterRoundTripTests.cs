using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using MathPlc.Tests;
using static MathPlc.Interop.Tests.OneRoster.OneRosterSample;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>The writer and the reader agree: what is written reads back equal, with nothing to report.</summary>
public class OneRosterRoundTripTests
{
    [Fact]
    public void A_written_roster_and_gradebook_read_back_equal() =>
        Prop.ForAll(OneRosterGenerators.Data.ToArbitrary(), data =>
        {
            using var folder = new TemporaryFolder();
            OneRosterFolder.Write(folder.Path, data);
            var read = OneRosterFolder.Read(folder.Path);
            Assert.Empty(read.Problems);
            Assert.Equal("1.2", read.Version);
            Assert.Equal(data.Roster.Students.ToArray(), read.Value.Roster.Students.ToArray());
            Assert.Equal(data.LineItems.ToArray(), read.Value.LineItems.ToArray());
            Assert.Equal(data.Results.ToArray(), read.Value.Results.ToArray());
            Assert.Equal(data, read.Value);
        }).Check(maxTest: 60);

    [Fact]
    public void The_sample_export_read_written_and_read_again_is_unchanged()
    {
        var first = Read(Files()).GetValueOrThrow();
        using var folder = new TemporaryFolder();
        OneRosterFolder.Write(folder.Path, first);

        var again = OneRosterFolder.Read(folder.Path);

        Assert.Empty(again.Problems);
        Assert.Empty(again.Notes);
        Assert.Equal(first, again.Value);
        Assert.Equal(
            ["classes.csv", "demographics.csv", "enrollments.csv", "lineItemLearningObjectiveIds.csv", "lineItems.csv", "manifest.csv",
             "resultLearningObjectiveIds.csv", "results.csv", "users.csv"], folder.FileNames());
        string manifest = File.ReadAllText(folder.PathOf("manifest.csv"));
        Assert.Contains("oneroster.version,1.2\r\n", manifest, StringComparison.Ordinal);
        Assert.Contains("file.orgs,absent\r\n", manifest, StringComparison.Ordinal);
        Assert.Contains("file.demographics,bulk\r\n", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_written_for_a_course_reads_back_for_that_course_only()
    {
        var data = Read(Files()).GetValueOrThrow();
        using var folder = new TemporaryFolder();
        OneRosterFolder.Write(folder.Path, data, course: " math6 ");

        Assert.Equal(data, OneRosterFolder.Read(folder.Path, new OneRosterReadOptions(["math6"])).GetValueOrThrow());
        var other = OneRosterFolder.Read(folder.Path, new OneRosterReadOptions(["ela6"]));
        Assert.Empty(other.Problems);
        Assert.Equal(0, other.Value.Roster.Count);
        Assert.Contains(other.Notes, n => n.Code == "skipped-course" && n.File.EndsWith("classes.csv", StringComparison.Ordinal) && n.Message.StartsWith("2 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void A_roster_without_attributes_or_links_writes_no_demographics_or_link_files()
    {
        var roster = new Roster([new RosterStudent(new StudentId("s1"), new SectionId("c1"), new TeacherId("t1"))]);
        using var folder = new TemporaryFolder();

        OneRosterFolder.Write(folder.Path, new OneRosterData(roster));

        Assert.Equal(["classes.csv", "enrollments.csv", "lineItems.csv", "manifest.csv", "results.csv", "users.csv"], folder.FileNames());
        Assert.Contains("file.demographics,absent", File.ReadAllText(folder.PathOf("manifest.csv")), StringComparison.Ordinal);
    }
}

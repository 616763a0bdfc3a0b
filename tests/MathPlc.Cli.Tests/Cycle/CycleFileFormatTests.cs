using System.Text;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>The cycle's file formats on their own: round trips, line numbers in diagnostics, the all-or-nothing folder, and the report's JSON being write-only.</summary>
public sealed class CycleFileFormatTests
{
    private static readonly UnitCycleInput Sample = SampleTeam.Default.Input;

    [Fact]
    public void A_unit_file_reads_back_to_the_unit_it_was_written_from()
    {
        var unit = CycleInputs.ToUnitFile(Sample);
        using var stream = new MemoryStream();
        CycleUnitJson.Write(stream, unit);
        stream.Position = 0;
        Assert.Equal(unit, CycleUnitJson.Read(stream, "unit.json"));
    }

    [Fact]
    public void A_misspelt_property_is_refused_with_its_line_and_path()
    {
        const string json = "{\n  \"team\": \"T\",\n  \"unit\": { \"name\": \"U\", \"teachingDays\": 5, \"targets\": [ { \"id\": \"t1\", \"statement\": \"s\" } ] },\n" +
                            "  \"assessment\": { \"name\": \"A\", \"assessedOn\": \"2026-10-01\",\n    \"items\": [ { \"id\": \"Q1\", \"points\": 1, \"targets\": [\"t1\"], \"dok\": 1,\n" +
                            "      \"demand\": \"memorization\", \"format\": \"selectedResponse\", \"minuts\": 2 } ] },\n" +
                            "  \"calendar\": { \"firstDay\": \"2026-08-17\", \"lastDay\": \"2027-06-04\" },\n  \"nextCycleStart\": \"2026-10-05\"\n}\n";
        var e = Assert.Throws<DataFileException>(() => CycleUnitJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "unit.json"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("unknown-property", 6, "$.assessment.items[0].minuts"), (d.Code, d.Line, d.Field));
    }

    [Fact]
    public void A_bad_calendar_inside_the_unit_file_is_named_under_its_path_with_the_line()
    {
        var unit = CycleInputs.ToUnitFile(Sample);
        using var stream = new MemoryStream();
        CycleUnitJson.Write(stream, unit);
        string text = Encoding.UTF8.GetString(stream.ToArray()).Replace("\"firstDay\": \"2026-08-17\"", "\"firstDay\": \"2026-13-17\"", StringComparison.Ordinal);
        var e = Assert.Throws<DataFileException>(() => CycleUnitJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "unit.json"));
        var d = Assert.Single(e.Diagnostics);
        int line = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("2026-13-17", StringComparison.Ordinal)).i + 1;
        Assert.Equal(("$.calendar.firstDay", line), (d.Field, d.Line));
    }

    [Fact]
    public void A_roster_reads_back_with_its_group_attributes_and_refuses_a_student_twice()
    {
        using var stream = new MemoryStream();
        RosterCsv.Write(stream, Sample.Roster);
        stream.Position = 0;
        Assert.Equal(Sample.Roster.Students.ToArray(), RosterCsv.Read(stream, "roster.csv").GetValueOrThrow().ToArray());

        var twice = RosterCsv.Read(new MemoryStream("student_id,section_id,teacher_id,ell\ns1,A,t,yes\ns1,B,t,no\n"u8.ToArray()), "roster.csv");
        var d = Assert.Single(twice.Problems);
        Assert.Equal(("duplicate-student", 3), (d.Code, d.Line));
    }

    [Fact]
    public void An_output_folder_is_all_or_nothing()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.PathOf("b.txt"));
        Assert.Throws<OutputPathException>(() => OutputFolder.WriteText(folder.Path, [new("a.txt", "a"), new("b.txt", "b")]));
        Assert.Empty(Directory.GetFiles(folder.Path));

        OutputFolder.WriteText(folder.PathOf("new"), [new("a.txt", "a"), new("c.txt", "c")]);
        Assert.Equal("c", File.ReadAllText(Path.Combine(folder.PathOf("new"), "c.txt")));
        Assert.Throws<ArgumentException>(() => OutputFolder.WriteText(folder.Path, [new("a.txt", "a"), new("A.TXT", "b")]));
        Assert.Throws<ArgumentException>(() => OutputFolder.WriteText(folder.Path, [new("../a.txt", "a")]));
    }

    [Fact]
    public void The_reports_json_is_written_and_not_read()
    {
        var report = UnitCycle.Run(Sample);
        string json = MathPlcJson.Serialize(report);
        Assert.StartsWith("{\"team\":\"Grade 6 mathematics team\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => MathPlcJson.Deserialize<UnitCycleReport>(json));
    }
}

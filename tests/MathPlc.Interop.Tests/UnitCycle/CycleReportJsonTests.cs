using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Json;
using MathPlc.Interop.UnitCycle;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// report.json carries each text of its rows per student and target once (decisions 0105, 0200; issue 18), and the streamed
/// forms of the report and its tables are the same bytes as the texts.
/// </summary>
public sealed class CycleReportJsonTests
{
    private static readonly Gen<UnitCycleReport> Reports =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(8, 120)
        from sections in Gen.Choose(1, 6)
        from teachers in Gen.Choose(1, 4)
        from absent in Gen.Elements(0.0, 0.1)
        select CriticalQuestions.UnitCycle.Run(SampleTeam.Generate((ulong)seed,
            new SampleTeamOptions(students, Math.Min(sections, students), Math.Min(teachers, Math.Min(sections, students)), absentRate: absent)).Input);

    [Fact] // Decision 0200: every table row's cells, texts resolved, are the report's own row's values; no text is in texts twice.
    public void Table_rows_are_the_reports_rows_cell_for_cell() =>
        Prop.ForAll(Reports.ToArbitrary(), report =>
        {
            using var json = JsonDocument.Parse(MathPlcJson.Serialize(report));
            var root = json.RootElement;
            string[] texts = ReportJsonRows.Texts(root);
            Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
            static string[] Messages(JsonNode? reasons) => [.. reasons!.AsArray().Select(r => (string)r!["text"]!)];

            var responses = ReportJsonRows.Rows(root, "howWillWeRespond", "responses");
            Assert.Equal(report.HowWillWeRespond.Plan.Responses.Length, responses.Count);
            foreach (var (row, r) in responses.Zip(report.HowWillWeRespond.Plan.Responses))
            {
                Assert.Equal((r.Student.Value, r.Target.Value, r.TargetCode, r.Status.Name(), r.Score, r.Response.Name()),
                    ((string?)row["studentId"], (string?)row["targetId"], (string?)row["targetCode"], (string?)row["status"], (double?)row["score"], (string?)row["response"]));
                Assert.Equal((r.GroupId, r.Adult?.Value, r.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ReassessOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ((string?)row["groupId"], (string?)row["adultId"], (string?)row["startsOn"], (string?)row["reassessOn"]));
                Assert.Equal((r.Reason.Code, r.Reason.Message), ((string?)row["reason"]!["code"], (string?)row["reason"]!["text"]));
            }
            var proficiency = ReportJsonRows.Rows(root, "howWillWeKnow", "proficiency");
            Assert.Equal(report.HowWillWeKnow.Proficiency.Length, proficiency.Count);
            foreach (var (row, p) in proficiency.Zip(report.HowWillWeKnow.Proficiency))
            {
                Assert.Equal((p.StudentId.Value, p.TargetId.Value, p.Method, p.Score, p.UnroundedScore, p.Level?.Label, p.Description),
                    ((string?)row["studentId"], (string?)row["targetId"], (string?)row["method"], (double?)row["score"], (double?)row["unroundedScore"],
                        (string?)row["level"], (string?)row["description"]));
                Assert.Equal(p.Reasons.Select(r => r.Message), Messages(row["reasons"]));
                Assert.Equal(p.Used.Select(u => (u.Evidence.Source, u.Evidence.Score, u.Weight)),
                    row["used"]!.AsArray().Select(u => ((string?)u!["source"], (double)u["score"]!, (double)u["weight"]!)));
                Assert.Equal(p.Excluded.Length, row["excluded"]!.AsArray().Count);
            }
            var evidence = ReportJsonRows.Rows(root, "howWillWeKnow", "evidence");
            Assert.Equal(report.HowWillWeKnow.Evidence.Length, evidence.Count);
            foreach (var (row, e) in evidence.Zip(report.HowWillWeKnow.Evidence))
            {
                Assert.Equal((e.Student.Value, e.Target.Value, e.PointsEarned, e.PointsPossible, e.Percent, e.Evidence?.Score),
                    ((string?)row["studentId"], (string?)row["targetId"], (double?)row["pointsEarned"], (double?)row["pointsPossible"], (double?)row["percent"], (double?)row["score"]));
                Assert.Equal(e.Reasons.Select(r => r.Message), Messages(row["reasons"]));
            }
        }).Check(Config.Quick.WithMaxTest(12));

    [Fact] // The sample team's 650 responses come down to far fewer texts: the point of the table.
    public void The_sample_teams_responses_share_their_texts()
    {
        var report = CriticalQuestions.UnitCycle.Run(SampleTeam.Default.Input);
        using var json = JsonDocument.Parse(MathPlcJson.Serialize(report));
        int texts = json.RootElement.GetProperty("texts").GetArrayLength();
        Assert.Equal(report.HowWillWeRespond.Plan.Responses.Select(r => r.Reason.Message)
            .Concat(report.HowWillWeKnow.Proficiency.SelectMany(p => p.Reasons.Select(r => r.Message).Append(p.Description)
                .Concat(p.Used.Select(u => u.Evidence.Source).OfType<string>()).Concat(p.Excluded.SelectMany(x => new[] { x.Reason.Message, x.Evidence.Source }).OfType<string>())))
            .Concat(report.HowWillWeKnow.Evidence.SelectMany(e => e.Reasons.Select(r => r.Message)))
            .Concat(report.HowWillWeKnow.Proficiency.Select(p => p.Level?.Label).OfType<string>()).Distinct(StringComparer.Ordinal).Count(), texts);
        Assert.InRange(texts, 1, report.HowWillWeRespond.Plan.Responses.Length / 2);
    }

    [Fact] // Streaming gives the same bytes as the texts: the JSON and the four tables.
    public void Streamed_report_and_tables_are_the_same_bytes_as_the_texts() =>
        Prop.ForAll(Reports.ToArbitrary(), report =>
        {
            Assert.Equal(MathPlcJson.Serialize(report), Streamed(s => MathPlcJson.Serialize(s, report)));
            Assert.Equal(UnitCycleTables.Plan(report), Streamed(s => UnitCycleTables.WritePlan(s, report)));
            Assert.Equal(UnitCycleTables.Proficiency(report), Streamed(s => UnitCycleTables.WriteProficiency(s, report)));
            Assert.Equal(UnitCycleTables.Tiers(report), Streamed(s => UnitCycleTables.WriteTiers(s, report)));
            Assert.Equal(UnitCycleTables.Groups(report), Streamed(s => UnitCycleTables.WriteGroups(s, report)));
        }).Check(Config.Quick.WithMaxTest(8));

    [Fact]
    public void Streaming_needs_a_stream()
    {
        var report = CriticalQuestions.UnitCycle.Run(SampleTeam.Default.Input);
        Assert.Throws<ArgumentNullException>(() => MathPlcJson.Serialize(null!, report));
        Assert.Throws<ArgumentNullException>(() => UnitCycleTables.WritePlan(null!, report));
        Assert.Throws<ArgumentNullException>(() => UnitCycleTables.WriteProficiency(null!, report));
        Assert.Throws<ArgumentNullException>(() => UnitCycleTables.WriteTiers(null!, report));
        Assert.Throws<ArgumentNullException>(() => UnitCycleTables.WriteGroups(null!, report));
        Assert.Throws<ArgumentNullException>(() => UnitCycleTables.WritePlan(new MemoryStream(), null!));
    }

    [Fact] // The streamed folder writes each writer's bytes, and is all or nothing like the text form.
    public void A_streamed_output_folder_is_all_or_nothing()
    {
        using var folder = new TemporaryFolder();
        OutputFolder.Write(folder.Path, [new("a.txt", s => s.Write("a"u8)), new("b.txt", s => s.Write("bb"u8))]);
        Assert.Equal("bb", File.ReadAllText(folder.PathOf("b.txt")));

        Assert.Throws<InvalidOperationException>(() => OutputFolder.Write(folder.Path,
            [new("a.txt", s => s.Write("new"u8)), new("c.txt", _ => throw new InvalidOperationException("the writer failed"))]));
        Assert.Equal("a", File.ReadAllText(folder.PathOf("a.txt")));
        Assert.False(File.Exists(folder.PathOf("c.txt")));
        Assert.Equal(2, Directory.GetFileSystemEntries(folder.Path).Length);

        Assert.Throws<ArgumentNullException>(() => OutputFolder.Write(folder.Path, [new("d.txt", null!)]));
        Assert.Throws<ArgumentNullException>(() => OutputFolder.Write(folder.Path, null!));
        Assert.Throws<ArgumentException>(() => OutputFolder.Write(folder.Path, [new("d.txt", _ => { }), new("D.TXT", _ => { })]));
    }

    private static string Streamed(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

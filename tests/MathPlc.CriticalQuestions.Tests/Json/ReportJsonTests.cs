using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Json;

/// <summary>
/// report.json on contracts (decision 0145): what is written reads back as the report's summary, a district's file
/// as each team's, every problem of a broken file is listed with line and column, and the writer streams.
/// </summary>
public sealed class ReportJsonTests
{
    private static readonly Gen<UnitCycleReport> Reports =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(8, 90)
        from sections in Gen.Choose(1, 5)
        from teachers in Gen.Choose(1, 3)
        from absent in Gen.Elements(0.0, 0.1)
        select UnitCycle.Run(SampleTeam.Generate((ulong)seed,
            new SampleTeamOptions(students, Math.Min(sections, students), Math.Min(teachers, Math.Min(sections, students)), absentRate: absent)).Input);

    private static readonly Lazy<UnitCycleReport> Sample = new(() => UnitCycle.Run(SampleTeam.Default.Input));

    private static readonly Lazy<DistrictCycleReport> District = new(() =>
    {
        var input = SampleTeam.Generate(2026, new SampleTeamOptions(90, 6, 3)).Input;
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => index[s.Teacher] == 0 ? "north \"1\"" : "east"));
    });

    [Fact] // decision 0137: the member is InsufficientEvidence, the file keeps its first token
    public void An_evidence_row_without_responses_keeps_the_token_noResponses()
    {
        // The first student's answers are all blank: present, but no response on any item.
        var input = SampleTeam.Generate(7, new SampleTeamOptions(60, 3, 2)).Input;
        var blank = input.Roster.Students[0].Student;
        var scores = input.ItemScores.Select(s => s.Student == blank ? new Assessments.ItemScore(s.Student, s.Item, null) : s);
        var report = UnitCycle.Run(new UnitCycleInput(input.Team, input.Roster, input.Unit, input.Blueprint, scores, input.AssessedOn, input.Calendar, input.NextCycleStart));
        int insufficient = report.HowWillWeKnow.Evidence.Count(e => e.Status == Assessments.TargetEvidenceStatus.InsufficientEvidence);
        Assert.True(insufficient > 0, "the sample must have a student without responses");
        using var json = JsonDocument.Parse(Bytes(stream => UnitCycleReportJson.Write(stream, report)));
        var statuses = ReportJsonRows.Rows(json.RootElement, "howWillWeKnow", "evidence").Select(row => (string?)row["status"]).ToList();
        Assert.Equal(insufficient, statuses.Count(s => s == "noResponses"));
        Assert.All(statuses, s => Assert.Contains(s, new[] { "scored", "noResponses" }));
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static UnitCycleReportSummary Read(byte[] json) => UnitCycleReportJson.Read(new MemoryStream(json), "report.json");

    private static IReadOnlyList<DataDiagnostic> Problems(string json) =>
        Assert.Throws<DataFileException>(() => Read(Encoding.UTF8.GetBytes(json))).Diagnostics;

    // The sample team's report.json with one edit made to its text, at the first place it is found.
    private static string SampleWith(string find, string replace)
    {
        string json = Encoding.UTF8.GetString(Bytes(s => UnitCycleReportJson.Write(s, Sample.Value)));
        int at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return string.Concat(json.AsSpan(0, at), replace, json.AsSpan(at + find.Length));
    }

    [Fact] // Any team's report.json reads back as the summary of the report that was written.
    public void A_written_report_reads_back_as_its_summary() =>
        Prop.ForAll(Reports.ToArbitrary(), report => Read(Bytes(s => UnitCycleReportJson.Write(s, report))) == UnitCycleReportSummary.Of(report))
            .Check(maxTest: 12);

    [Fact] // Every row's text index reads back the report's own sentence (decision 0105), read with no MathPlc code.
    public void Rows_name_their_sentences_by_index_into_texts()
    {
        var report = Sample.Value;
        using var json = JsonDocument.Parse(Bytes(s => UnitCycleReportJson.Write(s, report)));
        string[] texts = [.. json.RootElement.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!)];
        Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
        var responses = json.RootElement.GetProperty("howWillWeRespond").GetProperty("responses");
        int reason = responses.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList().IndexOf("reason");
        Assert.Equal(report.HowWillWeRespond.Plan.Responses.Select(r => r.Reason.Message),
            responses.GetProperty("data").EnumerateArray().Select(r => texts[r[reason].GetProperty("text").GetInt32()]));
        var proficiency = json.RootElement.GetProperty("howWillWeKnow").GetProperty("proficiency");
        string[] columns = [.. proficiency.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)];
        Assert.Equal(report.HowWillWeKnow.Proficiency.Select(r => r.Description),
            proficiency.GetProperty("data").EnumerateArray().Select(r => texts[r[Array.IndexOf(columns, "description")].GetInt32()]));
        Assert.Equal(report.HowWillWeKnow.Proficiency.Select(r => r.Level?.Label), // decision 0200: the level's label is a text too
            proficiency.GetProperty("data").EnumerateArray().Select(r => r[Array.IndexOf(columns, "level")] is { ValueKind: JsonValueKind.Number } n ? texts[n.GetInt32()] : null));
    }

    [Fact]
    public void The_file_ends_with_one_line_break_and_matches_MathPlcJson()
    {
        byte[] json = Bytes(s => UnitCycleReportJson.Write(s, Sample.Value));
        Assert.Equal((byte)'\n', json[^1]);
        Assert.NotEqual((byte)'\n', json[^2]);
        Assert.Equal(Interop.Json.MathPlcJson.Serialize(Sample.Value) + "\n", Encoding.UTF8.GetString(json));
    }

    [Fact] // The rows reach the stream while the report is written, not in one piece at the end.
    public void The_writer_hands_the_stream_its_bytes_as_it_goes()
    {
        var stream = new CountingStream();
        UnitCycleReportJson.Write(stream, Sample.Value);
        Assert.True(stream.Length > 100_000, $"the sample report is {stream.Length} bytes");
        Assert.True(stream.Writes > 4, $"{stream.Writes} writes for {stream.Length} bytes");
        Assert.True(stream.LargestWrite < stream.Length / 2, $"largest write {stream.LargestWrite} of {stream.Length} bytes");
    }

    [Fact]
    public void A_district_reads_back_as_each_teams_summary()
    {
        var district = District.Value;
        byte[] json = Bytes(s => DistrictCycleJson.Write(s, district));
        Assert.Equal(DistrictCycleSummary.Of(district), DistrictCycleJson.Read(new MemoryStream(json), "report.json"));
        using var doc = JsonDocument.Parse(json);
        var teams = doc.RootElement.GetProperty("teams").EnumerateArray().ToArray();
        for (int i = 0; i < teams.Length; i++) // each team's object is exactly its own report.json
            Assert.Equal(Encoding.UTF8.GetString(Bytes(s => UnitCycleReportJson.Write(s, district.Teams[i].Report))).TrimEnd('\n'), teams[i].GetProperty("report").GetRawText());
        Assert.Equal(district.Teams.Select(t => t.TeamId), teams.Select(t => t.GetProperty("teamId").GetString()));
        Assert.Contains("north \"1\"", district.Teams.Select(t => t.TeamId));
    }

    [Fact] // decision 0170: written one team at a time, the file is the frame around each team's own report.json, byte for byte
    public void A_district_written_team_by_team_is_the_frame_around_each_teams_own_report()
    {
        var district = District.Value;
        byte[] streamed = Bytes(s =>
        {
            var writer = new DistrictCycleJsonWriter(s, district.District);
            foreach (var team in district.Teams) writer.Add(team);
            writer.Complete();
        });
        var expected = new StringBuilder("{\"district\":").Append(JsonString(district.District)).Append(",\"teams\":[");
        for (int i = 0; i < district.Teams.Length; i++)
            expected.Append(i > 0 ? "," : "").Append("{\"teamId\":").Append(JsonString(district.Teams[i].TeamId)).Append(",\"report\":")
                .Append(Encoding.UTF8.GetString(Bytes(s => UnitCycleReportJson.Write(s, district.Teams[i].Report))).TrimEnd('\n')).Append('}');
        expected.Append("]}\n");
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(streamed));
        Assert.Equal(Bytes(s => DistrictCycleJson.Write(s, district)), streamed);
    }

    // A JSON string as Utf8JsonWriter writes it with the default encoder (the serializer's).
    private static string JsonString(string value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) writer.WriteStringValue(value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void The_team_by_team_writer_refuses_misuse()
    {
        var team = District.Value.Teams[0];
        Assert.Throws<ArgumentNullException>("utf8Json", () => new DistrictCycleJsonWriter(null!, "d"));
        Assert.Throws<ArgumentNullException>("district", () => new DistrictCycleJsonWriter(new MemoryStream(), null!));
        var writer = new DistrictCycleJsonWriter(new MemoryStream(), "d");
        Assert.Throws<ArgumentNullException>("team", () => writer.Add(null!));
        Assert.Throws<InvalidOperationException>(writer.Complete); // a district has at least one team
        writer.Add(team);
        writer.Complete();
        Assert.Throws<InvalidOperationException>(writer.Complete);
        Assert.Throws<InvalidOperationException>(() => writer.Add(team));
    }

    [Fact]
    public void Every_problem_of_a_report_is_listed_with_line_and_column()
    {
        string json = SampleWith("\"assessedOn\":\"", "\"assessedon\":1,\n\"assessedOn\":\"x")
            .Replace("\"counts\":{\"students\":", "\"counts\":{\n\"students\":0.5,\"was\":", StringComparison.Ordinal);
        var problems = Problems(json);
        Assert.Equal(["unknown-property", "bad-date", "unknown-property", "bad-number"], problems.Select(p => p.Code));
        Assert.Equal(["$.assessedon", "$.assessedOn", "$.counts.was", "$.counts.students"], problems.Select(p => p.Field));
        Assert.Equal([1, 2, 3, 3], problems.Select(p => p.Line!.Value));
        Assert.True(problems[3].Column < problems[2].Column, "students stands before was on its line");
    }

    [Fact]
    public void Counts_that_do_not_add_up_are_an_invalid_report()
    {
        var c = Sample.Value.Counts;
        var problem = Assert.Single(Problems(SampleWith($"\"tier3\":{c.Tier3},", $"\"tier3\":{c.Tier3 + 1},")));
        Assert.Equal(("invalid-report", "$.counts.students"), (problem.Code, problem.Field));
    }

    [Fact]
    public void A_team_actions_number_must_be_its_own()
    {
        var problem = Assert.Single(Problems(SampleWith("\"number\":1,", "\"number\":2,")));
        Assert.Equal(("invalid-report", "$.teamActions[0].number", "2"), (problem.Code, problem.Field, problem.Value));
    }

    [Fact]
    public void An_unknown_prompt_kind_lists_the_kinds()
    {
        string kind = ReportContractMapper.Camel(Sample.Value.Prompts[0].Kind);
        var problem = Assert.Single(Problems(SampleWith($"\"kind\":\"{kind}\",\"question\"", "\"kind\":\"chat\",\"question\"")));
        Assert.Equal(("unknown-prompt-kind", "$.prompts[0].kind"), (problem.Code, problem.Field));
        Assert.Contains($"\"{kind}\"", problem.Message, StringComparison.Ordinal);
    }


    [Fact]
    public void Missing_members_are_named()
    {
        var problem = Assert.Single(Problems("""{"team":"t","unit":"u","assessment":"a","assessedOn":"2026-10-14","nextCycleStart":"2026-10-19"}"""));
        Assert.Equal("missing-property", problem.Code);
        Assert.Contains("\"counts\", \"howWillWeKnow\", \"howWillWeExtend\", \"teamActions\", \"prompts\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_file_with_a_team_without_its_report_is_refused()
    {
        var problem = Assert.Single(Assert.Throws<DataFileException>(() => DistrictCycleJson.Read(
            new MemoryStream("""{"district":"d","teams":[{"teamId":"a"}]}"""u8.ToArray()), "report.json")).Diagnostics);
        Assert.Equal(("missing-property", "$.teams[0]", 1), (problem.Code, problem.Field, problem.Line));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("utf8Json", () => UnitCycleReportJson.Write(null!, Sample.Value));
        Assert.Throws<ArgumentNullException>("report", () => UnitCycleReportJson.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => UnitCycleReportJson.Read(null!, "r.json"));
        Assert.Throws<ArgumentNullException>("fileName", () => UnitCycleReportJson.Read(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => DistrictCycleJson.Write(null!, District.Value));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleJson.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => DistrictCycleJson.Read(null!, "r.json"));
        Assert.Throws<ArgumentNullException>("report", () => UnitCycleReportSummary.Of(null!));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleSummary.Of(null!));
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _length += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

using System.Text;
using MathPlc.Teams.Json;
using MathPlc.Core;
using MathPlc.Teams;
using MathPlc.Tests;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace MathPlc.Teams.Tests.Json;

/// <summary>Reading team-evidence JSON: the format, and one test per problem with where it is.</summary>
public class TeamEvidenceJsonTests
{
    private const string FileName = "team-evidence.json";

    private static ImmutableArray<TeamEvidence> Read(string json, bool byteOrderMark = false)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        if (byteOrderMark) bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        using var stream = new MemoryStream(bytes);
        return TeamEvidenceJson.Read(stream, FileName);
    }

    private static DataDiagnostic Problem(string json) => Assert.Single(Assert.Throws<DataFileException>(() => Read(json)).Diagnostics);

    private const string Good = """
        {
          "team": "grade6-math",
          "observedOn": "2026-10-15",
          // what the coach saw in agendas and minutes
          "indicators": ["normsAndAgendas", "practices-shared", "SHARED_PLANNING"],
          "selfRatings": [ { "member": "ana", "stage": 3 }, { "member": "ben", "stage": 5 }, ],
        }
        """;

    [Fact]
    public void A_team_evidence_file_reads_into_evidence()
    {
        var evidence = Assert.Single(Read(Good, byteOrderMark: true));
        Assert.Equal(new TeamId("grade6-math"), evidence.Team);
        Assert.Equal(new LocalDate(2026, 10, 15), evidence.ObservedOn);
        Assert.Equal([StageIndicator.NormsAndAgendas, StageIndicator.PracticesShared, StageIndicator.SharedPlanning], evidence.IndicatorsMet.ToArray());
        Assert.Equal([new MemberStageRating(new TeacherId("ana"), TeamStage.PlanningPlanningPlanning), new MemberStageRating(new TeacherId("ben"), TeamStage.AnalyzingStudentLearning)],
            evidence.SelfRatings.ToArray());
    }

    [Fact]
    public void An_array_holds_several_teams() =>
        Assert.Equal(2, Read($"[{Good}, {{\"team\": \"k\", \"observedOn\": \"2026-10-16\", \"indicators\": []}}]").Length);

    [Fact]
    public void An_unknown_indicator_is_reported_with_its_line_and_the_names_allowed()
    {
        var problem = Problem("{\n  \"team\": \"t\",\n  \"observedOn\": \"2026-10-15\",\n  \"indicators\": [\"normsAndAgenda\"]\n}");
        Assert.Equal("unknown-indicator", problem.Code);
        Assert.Equal("$.indicators[0]", problem.Field);
        Assert.Equal("normsAndAgenda", problem.Value);
        Assert.Equal(4, problem.Line);
        Assert.Equal(18, problem.Column);
        Assert.Contains("did you mean \"normsAndAgendas\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-10-15\"}", "missing-property", "$")]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-02-30\", \"indicators\": []}", "bad-date", "$.observedOn")]
    [InlineData("{\"team\": \" \", \"observedOn\": \"2026-10-15\", \"indicators\": []}", "empty-id", "$.team")]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-10-15\", \"indicators\": [], \"ratings\": []}", "unknown-property", "$.ratings")]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-10-15\", \"indicators\": \"all\"}", "wrong-type", "$.indicators")]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-10-15\", \"indicators\": [], \"selfRatings\": [{\"member\": \"a\", \"stage\": 8}]}", "bad-stage", "$.selfRatings[0].stage")]
    [InlineData("{\"team\": \"t\", \"observedOn\": \"2026-10-15\", \"indicators\": [], \"selfRatings\": [{\"member\": \"a\", \"stage\": 2}, {\"member\": \"a\", \"stage\": 3}]}", "invalid-evidence", "$.selfRatings")]
    public void Each_problem_has_its_code_and_path(string json, string code, string path)
    {
        var problem = Problem(json);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Field);
        Assert.Equal(FileName, problem.File);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Malformed_json_is_bad_json_at_its_line()
    {
        var problem = Problem("{\n  \"team\": \"t\",\n  \"observedOn\" \"2026-10-15\"\n}");
        Assert.Equal("bad-json", problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void An_empty_file_is_bad_json() => Assert.Equal("bad-json", Problem("").Code);

    [Fact]
    public void Read_refuses_null() => Assert.Throws<ArgumentNullException>("utf8Json", () => TeamEvidenceJson.Read(null!, FileName));
}

/// <summary>Writing team evidence reads back equal.</summary>
public class TeamEvidenceJsonRoundTripTests
{
    private static readonly Gen<TeamEvidence> Evidence =
        from team in Gen.Elements("grade6-math", "Álgebra 1", "k \"team\"")
        from day in Gen.Choose(0, 300)
        from met in Gen.Elements(Enum.GetValues<StageIndicator>()).ArrayOf()
        from stages in Gen.Choose(1, 7).ArrayOf()
        select new TeamEvidence(new TeamId(team), new LocalDate(2026, 8, 24).PlusDays(day), met,
            stages.Select((s, i) => new MemberStageRating(new TeacherId("m" + i), (TeamStage)s)));

    [Fact]
    public void Written_evidence_reads_back_equal() =>
        Prop.ForAll(Gen.Choose(1, 3).SelectMany(n => Evidence.ArrayOf(n)).ToArbitrary(), items =>
        {
            using var stream = new MemoryStream();
            TeamEvidenceJson.Write(stream, items);
            stream.Position = 0;
            Assert.Equal(items, TeamEvidenceJson.Read(stream, "round-trip.json").ToArray());
        }).Check(200);
}

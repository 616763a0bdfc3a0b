using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// A district's files (decision 0106): the roster's <c>team_id</c> column, the tables with every team's rows and a last
/// <c>team_id</c> column, and <c>report.json</c> holding each team's own report.
/// </summary>
public sealed class DistrictTableTests
{
    private static readonly Lazy<DistrictCycleReport> District = new(() =>
    {
        var input = SampleTeam.Generate(2026, new SampleTeamOptions(90, 6, 3)).Input;
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => index[s.Teacher] == 0 ? "=cmd|' /C calc'!A0" : "east"));
    });

    private static CsvReadResult<RosterRow> Read(string csv) =>
        RosterCsv.ReadWithTeams(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "roster.csv");

    [Fact]
    public void The_team_id_column_is_read_apart_from_the_group_attributes()
    {
        var read = Read("student_id,section_id,teacher_id,Team_ID,ell\ns1,A,t1, north ,yes\ns2,B,t2,south,no\n");
        Assert.False(read.HasErrors);
        Assert.Equal(["north", "south"], read.Value.Select(r => r.Team));
        Assert.Equal(["ell"], read.Value[0].Student.Attributes.Keys);
        Assert.DoesNotContain("team_id", RosterCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes("student_id,section_id,teacher_id,team_id\ns1,A,t1,x\n")), "r.csv")
            .Value[0].Attributes.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_the_column_there_is_no_team()
    {
        var read = Read("student_id,section_id,teacher_id\ns1,A,t1\n");
        Assert.Null(Assert.Single(read.Value).Team);
    }

    [Fact]
    public void A_row_without_a_team_id_is_bad_data_naming_line_and_column()
    {
        var read = Read("student_id,section_id,teacher_id,team_id\ns1,A,t1,north\ns2,A,t1,  \n");
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("empty-team", 3, "team_id"), (problem.Code, problem.Line, problem.Field));
    }

    [Fact]
    public void A_roster_with_teams_is_written_and_read_back()
    {
        var roster = new Roster([new RosterStudent(new("s1"), new("A"), new("t1"), [new("ell", "yes")]), new RosterStudent(new("s2"), new("B"), new("t2"))]);
        using var stream = new MemoryStream();
        RosterCsv.Write(stream, roster, s => s.Teacher.Value == "t1" ? "north" : "south");
        Assert.StartsWith("student_id,section_id,teacher_id,team_id,ell\r\n", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        stream.Position = 0;
        var back = RosterCsv.ReadWithTeams(stream, "r.csv");
        Assert.Equal(["north", "south"], back.Value.Select(r => r.Team));
        Assert.Equal(roster.Students, back.Value.Select(r => r.Student));
    }

    [Theory]
    [InlineData(UnitCycleTable.Plan)]
    [InlineData(UnitCycleTable.Proficiency)]
    [InlineData(UnitCycleTable.Tiers)]
    [InlineData(UnitCycleTable.Groups)]
    public void A_district_table_is_each_teams_table_with_its_team_id_last(UnitCycleTable table)
    {
        var district = District.Value;
        string text = Text(s => UnitCycleTables.WriteDistrict(s, table, district));
        var expected = new StringBuilder();
        foreach (var team in district.Teams)
        {
            string own = table switch
            {
                UnitCycleTable.Plan => UnitCycleTables.Plan(team.Report),
                UnitCycleTable.Proficiency => UnitCycleTables.Proficiency(team.Report),
                UnitCycleTable.Tiers => UnitCycleTables.Tiers(team.Report),
                _ => UnitCycleTables.Groups(team.Report),
            };
            var lines = own.Split("\r\n", StringSplitOptions.RemoveEmptyEntries); // RFC 4180 line ends
            if (expected.Length == 0) expected.Append(lines[0]).Append(",team_id\r\n");
            string cell = Encoding.UTF8.GetString(CsvRowWriter.Encode(team.TeamId)); // the team id is input: neutralised like every text cell
            foreach (string line in lines.Skip(1)) expected.Append(line).Append(',').Append(cell).Append("\r\n");
        }
        Assert.Equal(expected.ToString(), text);
    }

    [Fact]
    public void A_formula_like_team_id_is_neutralised_and_raw_on_request()
    {
        string plan = Text(s => UnitCycleTables.WriteDistrict(s, UnitCycleTable.Plan, District.Value));
        Assert.DoesNotContain(",=cmd", plan, StringComparison.Ordinal);
        string raw = Text(s => UnitCycleTables.WriteDistrict(s, UnitCycleTable.Plan, District.Value, formulas: CsvFormulas.Raw));
        Assert.Contains(",=cmd|' /C calc'!A0\r\n", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void The_district_json_holds_each_teams_own_report()
    {
        var district = District.Value;
        string json = Text(s => DistrictCycleJson.Write(s, district));
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(district.District, doc.RootElement.GetProperty("district").GetString());
        var teams = doc.RootElement.GetProperty("teams").EnumerateArray().ToList();
        Assert.Equal(district.Teams.Select(t => t.TeamId), teams.Select(t => t.GetProperty("teamId").GetString()));
        for (int i = 0; i < teams.Count; i++)
            Assert.Equal(MathPlcJson.Serialize(district.Teams[i].Report), teams[i].GetProperty("report").GetRawText());
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Throws<ArgumentNullException>("district", () => UnitCycleTables.WriteDistrict(new MemoryStream(), UnitCycleTable.Plan, null!));
        Assert.Throws<ArgumentNullException>("stream", () => UnitCycleTables.WriteDistrict(null!, UnitCycleTable.Plan, District.Value));
        Assert.Throws<ArgumentException>("table", () => UnitCycleTables.WriteDistrict(new MemoryStream(), (UnitCycleTable)9, District.Value));
        Assert.Throws<ArgumentNullException>("utf8Json", () => DistrictCycleJson.Write(null!, District.Value));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleJson.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>("stream", () => RosterCsv.ReadWithTeams(null!, "r.csv"));
    }

    [Theory] // decision 0180: team by team, the same bytes as the whole district's table
    [InlineData(UnitCycleTable.Plan)]
    [InlineData(UnitCycleTable.Proficiency)]
    [InlineData(UnitCycleTable.Tiers)]
    [InlineData(UnitCycleTable.Groups)]
    public void A_district_table_written_team_by_team_is_the_whole_districts_table(UnitCycleTable table)
    {
        var district = District.Value;
        var roster = new Roster(district.Teams.SelectMany(t => t.Report.HowWillWeKnow.Proficiency.Select(r => r.StudentId)).Distinct()
            .Select((s, i) => new RosterStudent(s, new($"sec-{i % 3}"), new($"t-{i % 3}"))));
        string streamed = Text(s =>
        {
            using var writer = new DistrictTableWriter(s, table, roster);
            foreach (var team in district.Teams) writer.Add(team);
        });
        Assert.Equal(Text(s => UnitCycleTables.WriteDistrict(s, table, district, roster)), streamed);
        Assert.StartsWith(string.Join(',', [.. UnitCycleTables.HeaderOf(table), UnitCycleTables.TeamColumn]) + "\r\n", streamed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_by_team_table_writer_refuses_misuse()
    {
        Assert.Throws<ArgumentNullException>("stream", () => new DistrictTableWriter(null!, UnitCycleTable.Plan));
        Assert.Throws<ArgumentException>("table", () => new DistrictTableWriter(new MemoryStream(), (UnitCycleTable)9));
        var writer = new DistrictTableWriter(new MemoryStream(), UnitCycleTable.Plan);
        Assert.Throws<ArgumentNullException>("team", () => writer.Add(null!));
        writer.Dispose();
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.Add(District.Value.Teams[0]));
    }

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

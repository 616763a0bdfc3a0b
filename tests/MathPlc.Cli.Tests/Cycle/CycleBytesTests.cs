using System.Text.Json;
using System.Text.Json.Nodes;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Decision 0180: the rewritten writers of <c>mathplc cycle --out</c> (report.json by hand, table cells straight to bytes,
/// a district's tables team by team) give the bytes the tool wrote before them, kept in tests/data/cycle-before-s17 (made
/// by the earlier release tool; see its README): one team with screening and non-response, and a district of two teams
/// whose ids need neutralising and quoting. Decision 0200 changed report.json's rows per student and target into tables:
/// the golden report.json files keep the earlier shape, and the new file must hold the same rows, value for value (texts
/// resolved on both sides), and be the same bytes everywhere else.
/// </summary>
public sealed class CycleBytesTests
{
    private static readonly string Expected = Path.Combine(SharedData.RepositoryRoot, "tests", "data", "cycle-before-s17");
    private static readonly string Examples = Path.Combine(SharedData.RepositoryRoot, "docs", "examples");

    private static string[] Inputs(string unit, string roster) =>
    [
        "cycle", "--unit", unit, "--evidence", Path.Combine(Examples, "scores.csv"), "--roster", roster,
        "--screening", Path.Combine(Examples, "screening.csv"), "--nonresponse", Path.Combine(Examples, "nonresponse.csv"),
    ];

    [Theory]
    [InlineData("plan.csv")]
    [InlineData("proficiency.csv")]
    [InlineData("tiers.csv")]
    [InlineData("groups.csv")]
    public void One_teams_files_are_the_bytes_the_earlier_tool_wrote(string name)
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Examples, "unit.json"), Path.Combine(Examples, "roster.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Expected, "one-team", name)), File.ReadAllBytes(folder.PathOf(name)));
    }

    [Theory]
    [InlineData("plan.csv")]
    [InlineData("proficiency.csv")]
    [InlineData("tiers.csv")]
    [InlineData("groups.csv")]
    [InlineData("teams/north.md")]
    public void A_districts_files_are_the_bytes_the_earlier_tool_wrote(string name)
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Expected, "unit-no-adults.json"), Path.Combine(Expected, "roster-teams.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Expected, "district", Path.GetFileName(name))), File.ReadAllBytes(Path.Combine(folder.Path, name)));
    }

    [Fact]
    public void One_teams_report_json_holds_the_earlier_tools_rows_as_tables()
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Examples, "unit.json"), Path.Combine(Examples, "roster.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        SameReports(File.ReadAllText(Path.Combine(Expected, "one-team", "report.json")), File.ReadAllText(folder.PathOf("report.json")));
    }

    [Fact]
    public void A_districts_report_json_holds_the_earlier_tools_rows_as_tables()
    {
        using var folder = new TemporaryFolder();
        var result = CliRun.Run([.. Inputs(Path.Combine(Expected, "unit-no-adults.json"), Path.Combine(Expected, "roster-teams.csv")), "--out", folder.Path]);
        Assert.Equal(0, result.ExitCode);
        SameReports(File.ReadAllText(Path.Combine(Expected, "district", "report.json")), File.ReadAllText(folder.PathOf("report.json")));
    }

    [Fact] // the golden files are of the earlier shape: the reader says so, once
    public void The_earlier_tools_report_json_is_refused_as_written_by_an_earlier_MathPlc()
    {
        using var one = File.OpenRead(Path.Combine(Expected, "one-team", "report.json"));
        var problem = Assert.Single(Assert.Throws<DataFileException>(() => UnitCycleReportJson.Read(one, "report.json")).Diagnostics);
        Assert.Equal(("old-report-shape", "$.howWillWeKnow.evidence"), (problem.Code, problem.Field));
        using var district = File.OpenRead(Path.Combine(Expected, "district", "report.json"));
        problem = Assert.Single(Assert.Throws<DataFileException>(() => DistrictCycleJson.Read(district, "report.json")).Diagnostics);
        Assert.Equal(("old-report-shape", "$.teams[0].report.howWillWeKnow.evidence"), (problem.Code, problem.Field));
    }

    private static readonly (string Section, string Name)[] RowMembers = [("howWillWeKnow", "evidence"), ("howWillWeKnow", "proficiency"), ("howWillWeRespond", "responses")];

    // The same rows in every report of the two files (old: objects, null members left out; new: tables), texts resolved on
    // both sides, value for value; and, with the rows and texts cut out, the same text (every other part as before, byte for byte).
    private static void SameReports(string before, string after)
    {
        using var old = JsonDocument.Parse(before);
        using var now = JsonDocument.Parse(after);
        var reportsBefore = Reports(old.RootElement).ToList();
        var reportsAfter = Reports(now.RootElement).ToList();
        Assert.Equal(reportsBefore.Count, reportsAfter.Count);
        foreach (var (b, a) in reportsBefore.Zip(reportsAfter)) SameRows(b, a);
        Assert.Equal(WithoutRows(before, reportsBefore), WithoutRows(after, reportsAfter));
    }

    // A team's file is one report; a district's holds one per team.
    private static IEnumerable<JsonElement> Reports(JsonElement root) =>
        root.TryGetProperty("teams", out var teams) ? teams.EnumerateArray().Select(t => t.GetProperty("report")) : [root];

    private static void SameRows(JsonElement before, JsonElement after)
    {
        string[] textsBefore = ReportJsonRows.Texts(before);
        foreach (var (section, name) in RowMembers)
        {
            var rowsBefore = before.GetProperty(section).GetProperty(name).EnumerateArray().ToList();
            var rowsAfter = ReportJsonRows.Rows(after, section, name);
            Assert.Equal(rowsBefore.Count, rowsAfter.Count);
            for (int i = 0; i < rowsAfter.Count; i++)
            {
                var old = ReportJsonRows.Resolved(JsonNode.Parse(rowsBefore[i].GetRawText())!.AsObject(), textsBefore);
                var expected = new JsonObject();
                foreach (var (column, _) in rowsAfter[i]) expected[column] = old[column]?.DeepClone(); // a member left out is a null cell
                Assert.Equal(old.Count, expected.Count(m => old.ContainsKey(m.Key)));
                Assert.True(JsonNode.DeepEquals(expected, rowsAfter[i]), $"{section}.{name} row {i}: {expected.ToJsonString()} != {rowsAfter[i].ToJsonString()}");
            }
        }
    }

    // The file's text with each report's three row members and texts cut out.
    private static string WithoutRows(string json, IEnumerable<JsonElement> reports)
    {
        foreach (var report in reports)
            foreach (string part in RowMembers.Select(m => report.GetProperty(m.Section).GetProperty(m.Name).GetRawText()).Append(report.GetProperty("texts").GetRawText()))
            {
                int at = json.IndexOf(part, StringComparison.Ordinal);
                Assert.True(at >= 0);
                json = string.Concat(json.AsSpan(0, at), "null", json.AsSpan(at + part.Length));
            }
        return json;
    }
}

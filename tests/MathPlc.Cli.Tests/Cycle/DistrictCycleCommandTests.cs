using System.Text.Json;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// <c>mathplc cycle --out</c> on a roster of several teams (decision 0106): the district's summary, one page per team that
/// is the report the team gets on its own, the tables of every team with a <c>team_id</c> column; a roster of one team
/// writes exactly the files it wrote before; team ids are hostile input.
/// </summary>
public sealed class DistrictCycleCommandTests
{
    // 120 students in 8 sections with 4 teachers; teams by teacher as `ids` says (teachers in ordinal order).
    private static (CycleFiles Files, UnitCycleInput Input) District(params string[] ids)
    {
        var input = SampleTeam.Generate(2026, new SampleTeamOptions(120, 8, 4)).Input;
        var files = new CycleFiles(input);
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        OutputFile.Write(files.Roster, s => RosterCsv.Write(s, input.Roster, r => ids[index[r.Teacher] % ids.Length]));
        return (files, input);
    }

    private static CliResult Cycle(CycleFiles files, params string[] more) =>
        CliRun.Run(["cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, .. more]);

    [Fact]
    public void Several_teams_write_a_summary_linking_one_page_per_team()
    {
        var (files, _) = District("north", "south");
        using var _f = files;
        var result = Cycle(files, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["north.html", "north.md", "south.html", "south.md"], Directory.GetFiles(Path.Combine(files.Out, "teams")).Select(Path.GetFileName).Order());
        string md = File.ReadAllText(Path.Combine(files.Out, "report.md"));
        Assert.Contains("district summary", md, StringComparison.Ordinal);
        Assert.Contains("[north](<teams/north.md>)", md, StringComparison.Ordinal);
        Assert.Contains("href=\"teams/south.html\"", File.ReadAllText(Path.Combine(files.Out, "report.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("## Meeting agenda", md, StringComparison.Ordinal);
        Assert.StartsWith("# Unit 2: Ratios and rates — Grade 6 mathematics team, team north", File.ReadAllText(Path.Combine(files.Out, "teams", "north.md")), StringComparison.Ordinal);
        Assert.EndsWith(",team_id", File.ReadLines(Path.Combine(files.Out, "plan.csv")).First(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(files.Out, "report.json")));
        Assert.Equal(["north", "south"], json.RootElement.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("teamId").GetString()));
    }

    [Fact]
    public void Pages_an_earlier_run_left_in_the_teams_folder_are_removed_and_other_files_kept()
    {
        var (files, _) = District("north", "south", "east");
        using var _f = files;
        Assert.Equal(0, Cycle(files, "--out", files.Out).ExitCode);
        string teams = Path.Combine(files.Out, "teams");
        File.WriteAllText(Path.Combine(teams, "notes.txt"), "the coach's notes");
        var (fewer, _) = District("north", "south");
        using var _g = fewer;
        Assert.Equal(0, CliRun.Run("cycle", "--unit", fewer.Unit, "--evidence", fewer.Scores, "--roster", fewer.Roster, "--out", files.Out).ExitCode);
        Assert.Equal(["north.html", "north.md", "notes.txt", "south.html", "south.md"], Directory.GetFiles(teams).Select(Path.GetFileName).Order());
        // A one-team run after a district run: no team page of the district is left beside the team's report.
        using var one = CycleFiles.Sample();
        Assert.Equal(0, CliRun.Run("cycle", "--unit", one.Unit, "--evidence", one.Scores, "--roster", one.Roster, "--out", files.Out).ExitCode);
        Assert.Equal(["notes.txt"], Directory.GetFiles(teams).Select(Path.GetFileName));
        File.Delete(Path.Combine(teams, "notes.txt"));
        Assert.Equal(0, CliRun.Run("cycle", "--unit", one.Unit, "--evidence", one.Scores, "--roster", one.Roster, "--out", files.Out).ExitCode);
        Assert.False(Directory.Exists(teams));
    }

    [Fact]
    public void A_OneRoster_course_taught_in_two_schools_runs_as_one_team_per_school()
    {
        using var files = CycleFiles.Sample();
        string classes = Path.Combine(files.OneRoster, "classes.csv");
        var lines = File.ReadAllLines(classes);
        int school = Array.IndexOf(lines[0].Split(','), "schoolSourcedId");
        for (int i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            cells[school] = i % 2 == 1 ? "north-ms" : "south-ms";
            lines[i] = string.Join(',', cells);
        }
        File.WriteAllLines(classes, lines);
        var result = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["north-ms.html", "north-ms.md", "south-ms.html", "south-ms.md"], Directory.GetFiles(Path.Combine(files.Out, "teams")).Select(Path.GetFileName).Order());
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(files.Out, "report.json")));
        Assert.Equal(["north-ms", "south-ms"], json.RootElement.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("teamId").GetString()));
        // One school (the folder as written): one team, no teams folder.
        using var one = CycleFiles.Sample();
        Assert.Equal(0, CliRun.Run("cycle", "--oneroster", one.OneRoster, "--out", one.Out).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(one.Out, "teams")));
    }

    [Fact]
    public void A_team_page_and_its_rows_are_what_the_team_gets_run_on_its_own()
    {
        var (files, input) = District("north", "south");
        using var _f = files;
        Assert.Equal(0, Cycle(files, "--out", files.Out).ExitCode);
        var teachers = input.Roster.Teachers.ToList(); // ordinal order, as District deals them
        // The south team alone: its roster rows, its scores, the unit file with the team's name.
        var south = new Core.Roster(input.Roster.Students.Where(s => teachers.IndexOf(s.Teacher) % 2 == 1));
        var alone = new CycleFiles(new UnitCycleInput($"{input.Team}, team south", south, input.Unit, input.Blueprint,
            input.ItemScores.Where(s => south.Contains(s.Student)), input.AssessedOn, input.Calendar, input.NextCycleStart));
        using var _a = alone;
        Assert.Equal(0, CliRun.Run("cycle", "--unit", alone.Unit, "--evidence", alone.Scores, "--roster", alone.Roster, "--out", alone.Out).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(alone.Out, "report.md")), File.ReadAllBytes(Path.Combine(files.Out, "teams", "south.md")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(alone.Out, "report.html")), File.ReadAllBytes(Path.Combine(files.Out, "teams", "south.html")));
        foreach (string table in new[] { "plan.csv", "proficiency.csv", "tiers.csv", "groups.csv" })
        {
            var own = File.ReadAllLines(Path.Combine(alone.Out, table));
            var district = File.ReadAllLines(Path.Combine(files.Out, table));
            Assert.Equal(own[0] + ",team_id", district[0]);
            Assert.Equal(own.Skip(1), district.Skip(1).Where(l => l.EndsWith(",south", StringComparison.Ordinal)).Select(l => l[..^",south".Length]));
        }
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(files.Out, "report.json")));
        string teamJson = json.RootElement.GetProperty("teams")[1].GetProperty("report").GetRawText();
        Assert.Equal(File.ReadAllText(Path.Combine(alone.Out, "report.json")).TrimEnd('\n'), teamJson);
    }

    [Fact]
    public void A_roster_of_one_team_writes_exactly_the_files_of_a_roster_without_teams()
    {
        using var files = CycleFiles.Sample();
        var before = Cycle(files, "--out", files.Out);
        Assert.Equal(0, before.ExitCode);
        var input = SampleTeam.Default.Input;
        OutputFile.Write(files.Roster, s => RosterCsv.Write(s, input.Roster, _ => "grade-6"));
        string again = files.PathOf("again");
        Assert.Equal(0, Cycle(files, "--out", again).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(again, "teams")));
        foreach (string name in Directory.GetFiles(files.Out).Select(f => Path.GetFileName(f)))
            Assert.Equal(File.ReadAllBytes(Path.Combine(files.Out, name!)), File.ReadAllBytes(Path.Combine(again, name!)));
    }

    [Fact]
    public void Hostile_team_ids_name_safe_distinct_pages_inside_the_teams_folder()
    {
        var (files, _) = District("../../escape", "CON", "con", "<script>alert(1)</script>");
        using var _f = files;
        var result = Cycle(files, "--out", files.Out);
        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(files.PathOf("escape.md")));
        Assert.Equal(["escape.md", "script-alert-1-script.md", "team-con-2.md", "team-con.md"],
            Directory.GetFiles(Path.Combine(files.Out, "teams"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string html = File.ReadAllText(Path.Combine(files.Out, "report.html"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(7, Directory.GetFiles(files.Out).Length);
    }

    [Fact]
    public void Several_teams_print_the_summary_or_the_district_json_without_out()
    {
        var (files, _) = District("a", "b");
        using var _f = files;
        var md = Cycle(files);
        Assert.Equal(0, md.ExitCode);
        Assert.Contains("[a](<teams/a.md>)", md.Stdout, StringComparison.Ordinal);
        var json = Cycle(files, "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("teams").GetArrayLength());
        Assert.Contains("<a href=\"teams/b.html\">", Cycle(files, "--format", "html").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_team_id_is_bad_data_naming_the_line()
    {
        var (files, _) = District("a", "b");
        using var _f = files;
        var lines = File.ReadAllLines(files.Roster);
        lines[3] = string.Join(',', lines[3].Split(',').Select((f, i) => i == 3 ? "" : f));
        File.WriteAllLines(files.Roster, lines);
        var result = Cycle(files, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("roster.csv:4", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty-team", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out));
    }

    [Fact]
    public void Adults_listed_in_the_unit_file_with_several_teams_are_bad_data_naming_the_line()
    {
        var (files, input) = District("a", "b");
        using var _f = files;
        CycleUnitJson.WriteFile(files.Unit, CycleInputs.ToUnitFile(input with
        {
            Capacity = new MathPlc.Interventions.ResponseCapacity([input.Roster.Teachers[0]], MathPlc.Interventions.ResponseCapacity.DefaultBlocks),
        }));
        var result = Cycle(files, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"unit.json:{CycleFiles.LineOf(files.Unit, "\"adults\"")}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("adults-with-teams", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out));
    }

    [Fact]
    public void Writing_several_teams_to_Ed_Fi_is_a_usage_error()
    {
        var (files, _) = District("a", "b");
        using var _f = files;
        var result = Cycle(files, "--to-edfi", files.PathOf("edfi"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to-edfi", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.PathOf("edfi")));
    }
}

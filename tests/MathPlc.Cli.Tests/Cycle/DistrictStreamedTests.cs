using System.Text;
using MathPlc.Cli.Cycle;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Decision 0170: <c>mathplc cycle --out</c> on a district runs and writes team by team, a few teams at a time, and its
/// files are the bytes the whole district's report gives (the summary and JSON printed with <c>--format</c>, the tables
/// written from <see cref="DistrictCycle.Run(UnitCycleInput, IReadOnlyDictionary{Core.StudentId, string})"/>'s report);
/// a team that fails leaves the folder as it was.
/// </summary>
public sealed class DistrictStreamedTests
{
    // 13 teams of one teacher each: more than one window of teams on any machine up to six processors.
    private static (CycleFiles Files, UnitCycleInput Input) District()
    {
        var input = SampleTeam.Generate(170, new SampleTeamOptions(260, 26, 13)).Input;
        var files = new CycleFiles(input);
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        OutputFile.Write(files.Roster, s => RosterCsv.Write(s, input.Roster, r => $"t{index[r.Teacher]:D2}"));
        return (files, input);
    }

    private static CliResult Cycle(CycleFiles files, params string[] more) =>
        CliRun.Run(["cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, .. more]);

    [Fact]
    public void The_files_written_team_by_team_are_the_whole_reports_bytes()
    {
        var (files, _) = District();
        using var _f = files;
        Assert.Equal(0, Cycle(files, "--out", files.Out).ExitCode);
        Assert.Equal(Cycle(files, "--format", "md").Stdout, File.ReadAllText(Path.Combine(files.Out, "report.md")));
        Assert.Equal(Cycle(files, "--format", "html").Stdout, File.ReadAllText(Path.Combine(files.Out, "report.html")));
        Assert.Equal(Cycle(files, "--format", "json").Stdout, File.ReadAllText(Path.Combine(files.Out, "report.json")));

        var (input, _, teams) = new CycleRequest(files.Unit, files.Scores, files.Roster, null, null).DistrictInput();
        var district = DistrictCycle.Run(input, teams!);
        Assert.Equal(13, district.Teams.Length);
        foreach (var (table, name) in new[] { (UnitCycleTable.Plan, "plan.csv"), (UnitCycleTable.Proficiency, "proficiency.csv"), (UnitCycleTable.Tiers, "tiers.csv"), (UnitCycleTable.Groups, "groups.csv") })
        {
            using var expected = new MemoryStream();
            UnitCycleTables.WriteDistrict(expected, table, district, table == UnitCycleTable.Proficiency ? input.Roster : null);
            Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), File.ReadAllText(Path.Combine(files.Out, name)));
        }
        var names = Reports.Cycle.TeamPageNames.Assign(district.Teams.Select(t => t.TeamId));
        for (int i = 0; i < district.Teams.Length; i++)
        {
            Assert.Equal(Reports.Cycle.UnitCycleReports.Markdown(district.Teams[i].Report), File.ReadAllText(Path.Combine(files.Out, "teams", $"{names[i]}.md")));
            Assert.Equal(Reports.Cycle.UnitCycleReports.Html(district.Teams[i].Report), File.ReadAllText(Path.Combine(files.Out, "teams", $"{names[i]}.html")));
        }
    }

    [Fact] // all or nothing: a team's failure after earlier teams were written leaves an earlier run's files as they were
    public void A_team_that_fails_part_way_leaves_the_folder_as_it_was()
    {
        var (files, _) = District();
        using var _f = files;
        Assert.Equal(0, Cycle(files, "--out", files.Out).ExitCode);
        var before = Snapshot(files.Out);
        var (input, _, teams) = new CycleRequest(files.Unit, files.Scores, files.Roster, null, null).DistrictInput();
        var split = DistrictCycle.Split(input, teams!);
        int ran = 0;
        var error = Assert.Throws<ArgumentException>(() => CycleOutputFolder.WriteDistrict(files.Out, "changed district", split, team =>
        {
            if (team.Team.EndsWith("t08", StringComparison.Ordinal)) throw new ArgumentException("team t08 failed");
            Interlocked.Increment(ref ran);
            return UnitCycle.Run(team);
        }, input.Roster));
        Assert.Equal("team t08 failed", error.Message);
        int failing = split.Select(t => t.TeamId).ToList().IndexOf("t08");
        Assert.True(ran >= failing, $"{ran} teams ran; the {failing} teams before the failing one run first");
        Assert.Equal(before, Snapshot(files.Out));
    }

    // Every file under the folder (temporary files included) with its bytes.
    private static List<(string Name, string Text)> Snapshot(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(folder, f), File.ReadAllText(f)))];
}

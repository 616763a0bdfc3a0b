using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Reports.Cycle;
using MathPlc.Tests;

namespace MathPlc.Reports.Tests;

/// <summary>
/// A district's summary (decision 0106): team ids are hostile input — escaped where rendered, and turned into safe,
/// distinct file names — and small teams stay hidden, also from subtraction.
/// </summary>
public sealed partial class DistrictReportTests
{
    // The sample team generator's teams dealt to `teams` teams by teacher, the ids given.
    private static DistrictCycleReport District(int students, int sections, int teachers, IReadOnlyList<string> ids, ulong seed = 2026)
    {
        var input = SampleTeam.Generate(seed, new SampleTeamOptions(students, sections, teachers)).Input;
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => ids[index[s.Teacher] % ids.Count]));
    }

    [Theory]
    [InlineData("north", "north")]
    [InlineData("North Team 6", "north-team-6")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("..\\..\\windows\\system32", "windows-system32")]
    [InlineData("/absolute", "absolute")]
    [InlineData("CON", "team-con")]
    [InlineData("nul.txt", "team-nul.txt")]
    [InlineData("com1", "team-com1")]
    [InlineData("LPT9", "team-lpt9")]
    [InlineData("console", "console")]
    [InlineData("...", "team")]
    [InlineData("a..b", "a.b")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("équipe nord", "quipe-nord")]
    [InlineData("trailing.", "trailing")]
    public void A_team_id_becomes_a_safe_file_name(string id, string expected) => Assert.Equal(expected, TeamPageNames.Safe(id));

    [Fact]
    public void A_long_id_is_cut_to_the_maximum_length() =>
        Assert.Equal(new string('a', TeamPageNames.MaximumLength), TeamPageNames.Safe(new string('a', 500)));

    [Fact]
    public void Ids_that_map_to_one_name_get_numbered_suffixes_in_team_order() =>
        Assert.Equal("north north-2 north-3 team north-2-2 south",
            string.Join(" ", TeamPageNames.Assign(["North", "north!", "NORTH", "%%", "north-2", "south"])));

    [Fact]
    public void Every_name_is_safe_and_distinct_for_any_ids() =>
        Prop.ForAll(Gen.Elements("a", "A", ".", "..", "/", "\\", " ", "-", "_", "con", "é", ":", "*", "1").ArrayOf().Select(string.Concat).ArrayOf().ToArbitrary(), ids =>
        {
            var names = TeamPageNames.Assign(ids);
            Assert.Equal(ids.Length, names.Length);
            Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(names, n =>
            {
                Assert.Matches(SafeName(), n);
                Assert.DoesNotContain("..", n, StringComparison.Ordinal);
                Assert.NotEqual(".", n[..1]);
                Assert.Equal(n, Path.GetFileName(n));
                Assert.DoesNotMatch(DeviceName(), n);
            });
        }).Check(300);

    [Fact]
    public void Names_refuse_null() =>
        Assert.Throws<ArgumentNullException>("teamIds", () => TeamPageNames.Assign(null!));

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void A_hostile_team_id_is_escaped_in_the_summary(string id)
    {
        var district = District(60, 6, 4, [id, "south"]);
        string html = UnitCycleReports.DistrictHtml(district), md = UnitCycleReports.DistrictMarkdown(district);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", Regex.Match(html, "href=\"[^\"]*\"").Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", md); // the bracket of a link that would run, not an escaped one
        string name = TeamPageNames.Assign([id, "south"])[0];
        Assert.Contains($"(<teams/{name}.md>)", md, StringComparison.Ordinal);
        Assert.Contains($"href=\"teams/{name}.html\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileIds => HostileText.Values;

    [Fact]
    public void The_summary_links_every_team_and_ranks_by_share_not_yet()
    {
        var district = District(400, 16, 8, ["a", "b", "c", "d"]);
        string md = UnitCycleReports.DistrictMarkdown(district);
        var order = Regex.Matches(md, @"^- \[(\w)\]\(<teams/\w\.md>\) — ([\d.]+)% not yet", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(4, order.Count);
        Assert.Equal(order.Select(o => o.Item2).OrderByDescending(x => x), order.Select(o => o.Item2));
        Assert.Equal(["a", "b", "c", "d"], order.Select(o => o.Item1).Order());
        Assert.Contains($"**{district.Counts.Students}** students", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_team_is_hidden_and_cannot_be_worked_out_from_the_total()
    {
        // Eight teachers in four teams; one team of one teacher's students gets fewer than the minimum group size (10).
        var input = SampleTeam.Generate(2026, new SampleTeamOptions(90, 9, 9)).Input;
        var first = input.Roster.Teachers[0];
        var small = input.Roster.Students.Where(s => s.Teacher == first).Take(4).Select(s => s.Student).ToHashSet();
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var teams = input.Roster.Students.ToDictionary(s => s.Student, s => small.Contains(s.Student) ? "tiny" : s.Teacher == first ? "big" : $"t{index[s.Teacher] % 3}");
        var district = DistrictCycle.Run(input, teams);
        var hidden = DistrictCycleDocument.Hidden(district, 10);
        int tiny = district.Teams.Select(t => t.TeamId).ToList().IndexOf("tiny");
        Assert.True(hidden[tiny]);
        Assert.True(hidden.Count(h => h) >= 2, "one hidden team would be the total less the shown ones");
        string md = UnitCycleReports.DistrictMarkdown(district);
        foreach (var (team, i) in district.Teams.Select((t, i) => (t, i)).Where(x => hidden[x.i]))
        {
            Assert.DoesNotMatch(new Regex($@"\[{team.TeamId}\]\([^)]*\) — [\d.]+%"), md);
            Assert.DoesNotMatch(new Regex($@"\[{team.TeamId}\]\([^)]*\): \d+ of"), md);
        }
        Assert.Contains("Not ranked, numbers hidden", md, StringComparison.Ordinal);
        // The shown teams' students do not add up to the district's less any one hidden team.
        int shown = district.Teams.Where((t, i) => !hidden[i]).Sum(t => t.Report.Counts.Students);
        Assert.True(district.Counts.Students - shown > district.Teams[tiny].Report.Counts.Students);
    }

    [Fact]
    public void The_summary_refuses_an_unknown_page_extension()
    {
        var district = District(60, 6, 4, ["a", "b"]);
        Assert.Throws<ArgumentException>("pageExtension", () => DistrictCycleDocument.From(district, "pdf"));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleDocument.From(null!, "md"));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleDocument.Hidden(null!, 10));
    }

    [Fact] // decision 0170: the summary from the teams' outlines (a district written team by team) is the whole report's, text for text
    public void The_summary_from_outlines_is_the_whole_reports()
    {
        var district = District(60, 6, 4, ["a", "b", "c"]);
        var outline = new DistrictCycleOutline(district.District, district.Teams.Select(t => new TeamCycleOutline(t)));
        Assert.Equal(UnitCycleReports.DistrictMarkdown(district), UnitCycleReports.DistrictSummaryMarkdown(outline));
        Assert.Equal(UnitCycleReports.DistrictHtml(district), UnitCycleReports.DistrictSummaryHtml(outline));
        Assert.Equal(DistrictCycleDocument.Hidden(district, 30).AsEnumerable(), DistrictCycleDocument.HiddenOf(outline, 30).AsEnumerable());
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleDocument.FromOutline(null!, "md"));
        Assert.Throws<ArgumentException>("pageExtension", () => DistrictCycleDocument.FromOutline(outline, "pdf"));
        Assert.Throws<ArgumentNullException>("district", () => DistrictCycleDocument.HiddenOf(null!, 10));
        Assert.Throws<ArgumentNullException>("district", () => UnitCycleReports.DistrictSummaryMarkdown(null!));
        Assert.Throws<ArgumentNullException>("district", () => UnitCycleReports.DistrictSummaryHtml(null!));
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex SafeName();

    [GeneratedRegex(@"^(con|prn|aux|nul|com\d|lpt\d)(\.|$)")]
    private static partial Regex DeviceName();
}

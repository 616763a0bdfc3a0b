using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interventions;
using MathPlc.Reports;
using MathPlc.Reports.Cycle;
using MathPlc.Tests;

namespace MathPlc.Reports.Tests;

/// <summary>
/// The unit cycle's report as a team uses it (issue 12): the meeting agenda comes first and fits about 400 words; the
/// numbers in the discussion prompts are the numbers in the tables; chart labels never overlap; every input value is
/// escaped where it is rendered (issue 14, cause 1).
/// </summary>
public sealed partial class CycleReportTests
{
    private static readonly UnitCycleReport Sample = CriticalQuestions.UnitCycle.Run(SampleTeam.Default.Input);

    /// <summary>Generated teams of every size (also the same-bytes properties, <see cref="SameBytesTests"/>).</summary>
    internal static readonly Gen<UnitCycleReport> Reports =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(12, 400)
        from sections in Gen.Choose(1, 12)
        from teachers in Gen.Choose(1, 6)
        from absent in Gen.Elements(0.0, 0.05, 0.2)
        select CriticalQuestions.UnitCycle.Run(SampleTeam.Generate((ulong)seed,
            new SampleTeamOptions(students, Math.Min(sections, students), Math.Min(teachers, Math.Min(sections, students)), absentRate: absent)).Input);

    [Fact] // decision 0180: both pages from one document are the two pages made one at a time
    public void Both_pages_from_one_document_are_the_pages_made_apart() =>
        Prop.ForAll(Reports.ToArbitrary(), report => UnitCycleReports.Pages(report) == (UnitCycleReports.Markdown(report), UnitCycleReports.Html(report)))
            .Check(maxTest: 10);

    [Fact]
    public void Both_pages_need_a_report() =>
        Assert.Throws<ArgumentNullException>("report", () => UnitCycleReports.Pages(null!));

    /// <summary>Words a reader reads: whitespace-separated tokens with a letter or a digit (table rules and bars do not count).</summary>
    internal static int Words(string markdown) => markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(t => t.Any(char.IsLetterOrDigit));

    [Fact] // docs/cli.md: the report's first ## section is the meeting agenda.
    public void The_first_section_is_the_meeting_agenda_and_it_ends_the_printed_page()
    {
        string md = UnitCycleReports.Markdown(Sample);
        Assert.Equal("## Meeting agenda", md.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal)));
        string html = UnitCycleReports.Html(Sample);
        Assert.Matches("<section class=\"ends-page\" aria-labelledby=\"section-1\">\\n<h2 id=\"section-1\">Meeting agenda</h2>", html);
        Assert.Contains("section.ends-page { break-after: page; }", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "class=\"ends-page\""));
    }

    [Fact] // Issue 12: about 400 words at most, on the sample team and on teams of every size.
    public void The_agenda_stays_within_about_400_words()
    {
        Assert.InRange(Words(UnitCycleReports.AgendaMarkdown(Sample)), 150, 400);
        Prop.ForAll(Reports.ToArbitrary(), report => Assert.InRange(Words(UnitCycleReports.AgendaMarkdown(report)), 100, 420)).Check(25);
    }

    [Fact] // The agenda has what the team needs: one chart, the response per target, Tier 3, referrals, not assessed, 3–4 questions.
    public void The_agenda_holds_the_chart_the_responses_and_the_questions()
    {
        var agenda = UnitCycleDocument.Agenda(Sample);
        Assert.Single(agenda.Blocks.OfType<ReportChart>());
        var table = agenda.Blocks.OfType<ReportTable>().Single();
        Assert.Equal(["6.RP.A.1", "6.RP.A.2", "6.RP.A.3a", "6.RP.A.3b", "6.RP.A.3c"], table.Rows.Select(r => r[0]).ToArray());
        Assert.Equal("Reteach to every class", table.Rows[4][2]);
        Assert.StartsWith("3 groups (12 students): ", table.Rows[0][2], StringComparison.Ordinal);
        string md = UnitCycleReports.AgendaMarkdown(Sample);
        foreach (string label in new[] { "**Tier 3:**", "**Referrals:** S0002, S0022, S0043", "**Not assessed:** absent S0001" })
            Assert.Contains(label, md, StringComparison.Ordinal);
        Assert.InRange(UnitCycleDocument.AgendaPromptsOf(Sample.Prompts).Length, 3, 4);
    }

    [Fact] // Issue 12: the numbers in a prompt are the numbers in the tables (today an item's prompt and its table disagreed).
    public void Numbers_in_prompts_equal_the_numbers_in_the_tables()
    {
        foreach (var report in new[] { Sample, CriticalQuestions.UnitCycle.Run(SampleTeam.Generate(7).Input), CriticalQuestions.UnitCycle.Run(SampleTeam.Generate(11).Input) })
            PromptsMatchTables(report);
    }

    internal static void PromptsMatchTables(UnitCycleReport report)
    {
        string md = UnitCycleReports.Markdown(report);
        var tableLines = md.Split('\n').Where(l => l.StartsWith('|')).ToList();
        bool InARow(params string[] cells) => tableLines.Any(l => cells.All(c => l.Contains(c, StringComparison.Ordinal)));
        foreach (var p in report.Prompts)
        {
            var d = p.Evidence.Data;
            switch (p.Kind)
            {
                case PromptKind.TargetMostMissed:
                    string notYet = $"{d["not-yet-proficient"]} of {d["scored"]} ({Figures.Percent(double.Parse(d["share"], CultureInfo.InvariantCulture))})";
                    Assert.Contains(notYet, p.Question, StringComparison.Ordinal);
                    Assert.True(InARow($"| {d["target"]} |", notYet), $"{notYet} for {d["target"]} is in no table row");
                    break;
                case PromptKind.SectionWellAbove:
                    string own = $"{d["proficient"]} of {d["students"]} ({Figures.Percent(double.Parse(d["rate"], CultureInfo.InvariantCulture))})";
                    Assert.Contains(own, p.Question, StringComparison.Ordinal);
                    Assert.True(InARow($"| {d["target"]} |", own), $"{own} is in no table row");
                    var summary = report.HowWillWeKnow.Targets.Single(t => t.Code == d["target"]);
                    Assert.Equal(summary.Proficient - int.Parse(d["proficient"], CultureInfo.InvariantCulture), int.Parse(d["rest-proficient"], CultureInfo.InvariantCulture));
                    Assert.True(InARow($"| {d["target"]} |", $"{summary.Proficient} of {summary.Scored}"));
                    break;
                case PromptKind.NegativeDiscrimination:
                    string value = Figures.Decimal(double.Parse(d["value"], CultureInfo.InvariantCulture));
                    Assert.Contains($"{d["statistic"]} {value})", p.Question, StringComparison.Ordinal);
                    Assert.True(InARow($"| {d["item"]} |", $"| {value} |"), $"item {d["item"]}: {value} is in no table row");
                    break;
                case PromptKind.GroupGap:
                    Assert.True(InARow($"| {d["group"]} |", Figures.Percent(double.Parse(d["rate"], CultureInfo.InvariantCulture)),
                        Figures.Points(double.Parse(d["difference"], CultureInfo.InvariantCulture))));
                    break;
            }
        }
    }

    [Fact] // Issue 12: chart labels do not overlap — every chart of the sample and of generated teams, and the sample charts with awkward labels.
    public void Chart_labels_never_overlap()
    {
        AssertNoOverlap(UnitCycleReports.Html(Sample));
        foreach (var chart in ReportSamples.Charts) AssertNoOverlap(SvgChart.Render(chart));
        Prop.ForAll(Reports.ToArbitrary(), report => AssertNoOverlap(UnitCycleReports.Html(report))).Check(15);
        // A crowded scatter: many items in one corner keep their labels apart (or leave them to the data table).
        var crowded = new ScatterChart("Items", "Crowded.", new ChartAxis("p", 0, 1), new ChartAxis("d", -0.5, 1),
            Enumerable.Range(1, 30).Select(i => new ScatterPoint($"Q{i:00}", 0.9 + (i % 5) * 0.01, 0.2 + (i % 3) * 0.01)));
        AssertNoOverlap(SvgChart.Render(crowded));
    }

    /// <summary>
    /// Every pair of text elements of every SVG chart in <paramref name="page"/> is apart: each text's box estimated from
    /// its length at 0.55 of its font size a character (a narrower estimate than the renderer's own, so the check cannot
    /// pass by sharing the renderer's arithmetic), 0.75 of the size above the baseline and 0.2 below.
    /// </summary>
    internal static void AssertNoOverlap(string page)
    {
        foreach (Match svg in SvgElement().Matches(page))
        {
            var texts = XDocument.Parse(svg.Value).Descendants().Where(e => e.Name.LocalName == "text")
                .Select(e => (Text: string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value)), Box: Box(e))).ToList();
            for (int i = 0; i < texts.Count; i++)
                for (int j = i + 1; j < texts.Count; j++)
                {
                    var (a, b) = (texts[i].Box, texts[j].Box);
                    bool overlap = a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;
                    Assert.False(overlap, $"\"{texts[i].Text}\" and \"{texts[j].Text}\" overlap in {svg.Value[..Math.Min(120, svg.Value.Length)]}");
                }
        }
    }

    private static (double X1, double Y1, double X2, double Y2) Box(XElement text)
    {
        double Attr(string name, double fallback) => text.Attribute(name) is { } a ? double.Parse(a.Value, CultureInfo.InvariantCulture) : fallback;
        double x = Attr("x", 0), y = Attr("y", 0), size = Attr("font-size", 12);
        string content = string.Concat(text.Nodes().OfType<XText>().Select(t => t.Value));
        double width = content.Length * size * 0.55;
        double left = (string?)text.Attribute("text-anchor") switch { "middle" => x - (width / 2), "end" => x - width, _ => x };
        var box = (X1: left, Y1: y - (0.75 * size), X2: left + width, Y2: y + (0.2 * size));
        if (((string?)text.Attribute("transform"))?.Contains("rotate(-90", StringComparison.Ordinal) == true)
            box = (x - (0.75 * size), y - (x - box.X1), x + (0.2 * size), y + (box.X2 - x));
        return box;
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgElement();

    [Theory] // Issue 14, cause 1: a value from input (team, unit, target code and statement, section, teacher, student, item) never becomes markup.
    [MemberData(nameof(HostileText.Values), MemberType = typeof(HostileText))]
    public void Every_input_value_is_escaped_where_it_is_rendered(string value)
    {
        var sample = SampleTeam.Default.Input;
        var targets = sample.Unit.Targets.Select((t, i) => i == 0 ? new Standards.EssentialTarget(t.Id, value, value, t.Rigor, t.Scale) : t).ToList();
        var roster = new Roster(sample.Roster.Students.Select((s, i) => i < 30
            ? new RosterStudent(i == 0 ? new StudentId(value) : s.Student, new SectionId(s.Section.Value + value), new TeacherId(s.Teacher.Value + value), s.Attributes)
            : s));
        var scores = sample.ItemScores.Select(s => s.Student.Value == "S0001" ? new Assessments.ItemScore(new StudentId(value), s.Item, s.Score) : s);
        var unit = new Standards.UnitPlan(value, sample.Unit.TeachingDays, targets, sample.Unit.AssessmentDays, sample.Unit.FlexDays);
        var input = new UnitCycleInput(value, roster, unit, sample.Blueprint, scores,
            sample.AssessedOn, sample.Calendar, sample.NextCycleStart);
        var report = CriticalQuestions.UnitCycle.Run(input);
        string html = UnitCycleReports.Html(report);
        Assert.DoesNotMatch("(?i)<\\s*(img|script|iframe|a)\\b", html);
        Assert.DoesNotMatch("(?i)<[^>]*\\b(onerror|onload|href|src)\\s*=", html);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
        string md = UnitCycleReports.Markdown(report);
        Assert.DoesNotMatch("(?<!\\\\)<(img|script|svg)", md);
        Assert.DoesNotMatch("(?<!\\\\)\\[x\\]\\(", md);
    }
}

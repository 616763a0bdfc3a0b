using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MathPlc.Reports;
using static MathPlc.Reports.Tests.ReportSamples;

namespace MathPlc.Reports.Tests;

/// <summary>The self-contained HTML page and its Markdown twin.</summary>
public class HtmlReportTests
{
    private static readonly string Html = HtmlReport.Render(Report);

    [Fact]
    public void The_page_is_one_self_contained_file_without_scripts_or_external_references()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", Html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(Html, "<style>"));
        foreach (string banned in new[] { "<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "href=", "url(", "@import", "@font-face", "javascript:", "on" + "load=" })
            Assert.DoesNotContain(banned, Html, StringComparison.OrdinalIgnoreCase);
        // The only URL is the SVG namespace name of each chart, which a browser never fetches.
        Assert.Equal(3, Regex.Matches(Html, "http").Count);
        Assert.Equal(3, Regex.Matches(Html, "xmlns=\"http://www.w3.org/2000/svg\"").Count);
    }

    [Fact]
    public void Sections_charts_and_tables_appear_in_order_with_unique_ids()
    {
        Assert.Equal(["section-1", "section-2"], Regex.Matches(Html, "<h2 id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Equal(["chart-1", "chart-2", "chart-3"], Regex.Matches(Html, "<svg[^>]* id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<h3>Tiers</h3>", Html, StringComparison.Ordinal);
        Assert.Contains("<caption>Rates by target</caption>", Html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">82.5%</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<td>n/a</td>", Html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Percent proficient per target &lt;by teacher&gt;.</figcaption>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_the_two_inline_marks_are_kept()
    {
        Assert.Contains("<title>Unit 2 &lt;Ratios&gt; &amp; rates</title>", Html, StringComparison.Ordinal);
        Assert.Contains("<p>The <strong>latest</strong> score counts; see <code>method</code> &amp; &lt;notes&gt;.</p>", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Tom", Html, StringComparison.Ordinal);
        Assert.Contains("<li>Re-engage <strong>Tier 2</strong></li>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_in_the_page_is_well_formed_svg()
    {
        var charts = Regex.Matches(Html, "<svg[\\s\\S]*?</svg>").Select(m => XDocument.Parse(m.Value)).ToList();
        Assert.Equal(3, charts.Count);
    }

    [Fact]
    public void The_page_prints_without_splitting_charts_or_tables_and_hides_nothing_but_data_tables()
    {
        Assert.Contains("@media print", Html, StringComparison.Ordinal);
        Assert.Contains("figure, table { break-inside: avoid; }", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(Html, HtmlReport.Render(Report));
            Assert.Equal(MarkdownReport.Render(Report), MarkdownReport.Render(Report));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Markdown_gives_headings_paragraphs_lists_and_tables_with_charts_as_their_data()
    {
        string md = MarkdownReport.Render(new ReportDocument("Unit 2", [new ReportSection("Know", [
            new ReportParagraph("Latest **score**."),
            new ReportTable(["Target", "Rate"], [["6.RP.A.1", "82.5%"], ["a | b", "3"]], "Rates"),
            new CountBarChart("Tiers", "Students per tier.", [new ChartBar("Tier 1", 71), new ChartBar("Tier 2", 38)]),
            new ReportList(["one", "two\nlines"]),
        ])], "Grade 6"));

        Assert.Equal("""
            # Unit 2

            Grade 6

            ## Know

            Latest **score**.

            **Rates**

            | Target | Rate |
            | --- | ---: |
            | 6.RP.A.1 | 82.5% |
            | a \| b | 3 |

            **Tiers** (chart)

            Students per tier.

            | Category | Students |
            | --- | ---: |
            | Tier 1 | 71 |
            | Tier 2 | 38 |

            - one
            - two lines


            """.ReplaceLineEndings("\n"), md);
    }

    [Fact] // Entities, not "\\<": original Markdown (Markdown.pl) honours no backslash before "<" and would pass the tag through live.
    public void Markdown_escapes_what_would_read_as_html_as_entities()
    {
        string md = MarkdownReport.Render(Report);
        Assert.StartsWith("# Unit 2 &lt;Ratios&gt; &amp; rates\n", md, StringComparison.Ordinal);
        Assert.Contains("see `method` &amp; &lt;notes&gt;.", md, StringComparison.Ordinal);
        Assert.Contains("| a \\| b | 3 |", md, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt;", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<", md.Replace("`<`", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("[x](javascript:alert(1))!", "\\[x\\](javascript:alert(1))\\!")]
    [InlineData("a & b \\ c", "a &amp; b \\\\ c")]
    [InlineData("&amp; $x$ ~~s~~", "&amp;amp; \\$x\\$ \\~\\~s\\~\\~")]
    [InlineData("line\nbreak", "line break")]
    public void Escape_writes_a_value_as_the_text_it_is(string value, string markdown) =>
        Assert.Equal(markdown, MarkdownReport.Escape(value));

    [Theory] // Issue 14, cause 1: a value from input never becomes markup — not HTML, not a Markdown link, emphasis, heading or list.
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("**bold** _em_ `code` ~~strike~~")]
    [InlineData("# heading")]
    [InlineData("- item")]
    [InlineData("1. item")]
    [InlineData("a | b")]
    [InlineData("$x$ &amp; \\")]
    public void Input_values_are_escaped_where_they_are_rendered(string value)
    {
        var document = new ReportDocument(value, [new ReportSection(value, [
            new ReportParagraph(ReportText.Plain(value)),
            new ReportParagraph(ReportText.Strong(value) + ReportText.Plain(" and ") + ReportText.Code(value)),
            new ReportList([ReportText.Plain(value)]),
            new ReportTable([value], [[value]], value),
            new CountBarChart(value, value, [new ChartBar(value, 1)]),
        ])], value);
        string html = HtmlReport.Render(document);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>" + Markup.Escape(value.Trim()) + "</strong>", html, StringComparison.Ordinal);
        string md = MarkdownReport.Render(document);
        foreach (string line in md.Split('\n'))
        {
            // Outside the program's own marks, no Markdown construct starts: every special character is escaped.
            string unmarked = System.Text.RegularExpressions.Regex.Replace(line, "^(#{1,3} |- |\\| |\\*\\*)", "");
            Assert.DoesNotMatch("(?<!\\\\)([<\\[\\]_~#$]|&(?!(lt|gt|amp);))", System.Text.RegularExpressions.Regex.Replace(unmarked, "`+[^`]*`+", ""));
        }
    }

    [Fact]
    public void A_grouped_chart_as_a_table_marks_missing_values()
    {
        var table = Grouped.ToTable();
        Assert.Equal(["Category", "Ms. Kim", Awkward], table.Header.ToArray());
        Assert.Equal(["6.RP.A.2", "100%", "–"], table.Rows[1].ToArray());
        Assert.Equal(["6.RP.A.1", "25%", "50%"], table.Rows[0].ToArray());
    }

    [Fact]
    public void Rendering_refuses_null() 
    {
        Assert.Throws<ArgumentNullException>("report", () => HtmlReport.Render(null!));
        Assert.Throws<ArgumentNullException>("report", () => MarkdownReport.Render(null!));
    }
}

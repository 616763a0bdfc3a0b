using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Reports.Cycle;
using MathPlc.Tests;

namespace MathPlc.Reports.Tests;

/// <summary>
/// Decision 0205: the renderers write every page into one reused buffer, escape by copying the runs between special
/// characters and format numbers into the buffer — and give exactly the bytes of the renderers before them, kept
/// unchanged in <c>Before/</c>, for generated teams, generated districts and generated documents full of hostile text.
/// </summary>
public sealed class SameBytesTests
{
    // The pieces that decide how text is escaped: markup and Markdown punctuation, block markers, every line break
    // ReplaceLineEndings knows, control characters, paired and unpaired surrogates, U+FFFE/U+FFFF, number-like text.
    private static readonly string[] Pieces =
    [
        "a", "Tom", " ", "  ", "<img src=x onerror=alert(1)>", "<script>", "&", "&amp;", "\"", "'", "<", ">", "*", "**", "`", "``", "_",
        "[", "]", "(", "|", "~", "#", "$", "!", "\\", "-", "+", "=", "1", "12", ".", ")", "1.", "3)", "\t", "\r\n", "\n", "\r", "\f", "\v",
        "\u0085", "\u2028", "\u2029", "\u0000", "\u0001", "\u001F", "\u007F", "😀", "\uD83D", "\uDE00", "\uFFFE", "\uFFFF", "\uE000", "\uFB01",
        "é", "数学", "–", "—", "…", "·", "%", "12.5%", "-0", "1e3", "Infinity", "NaN", " 7 ", "\u00A0",
    ];

    private static readonly Gen<string> Text = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));

    private static readonly Gen<string> NotBlank = Text.Select(t => "h" + t);

    private static readonly Gen<double> Value = Gen.Choose(-200_000, 200_000).Select(i => i / 1000.0);

    private static readonly Gen<ReportText> Runs =
        Gen.OneOf(
            Text.Select(ReportText.Plain), Text.Select(ReportText.Strong), Text.Select(ReportText.Code), Text.Select(ReportText.Marked),
            from text in Text from href in NotBlank select ReportText.Link(text, href))
        .ArrayOf().Select(parts => ReportText.Of(parts));

    private static readonly Gen<ReportTable> Tables =
        from width in Gen.Choose(1, 4)
        from header in NotBlank.ArrayOf(width)
        from rows in Gen.OneOf(Text, Value.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Elements("", "–", " 3 ", "4%"))
            .ArrayOf(width).ArrayOf()
        from caption in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t))
        select new ReportTable(header, rows, caption);

    private static readonly Gen<ReportChart> Charts = Gen.OneOf(
        from categories in NotBlank.ArrayOf()
        from series in (from name in NotBlank from values in Gen.OneOf(Gen.Constant<double?>(null), Gen.Choose(0, 1000).Select(v => (double?)(v / 10.0))).ArrayOf(categories.Length)
                        select new ChartSeries(name, values)).ArrayOf()
        from title in NotBlank
        from description in Text
        from line in Gen.OneOf(Gen.Constant<ChartReferenceLine?>(null), from v in Gen.Choose(0, 100) from label in Text select (ChartReferenceLine?)new ChartReferenceLine(false, v, label))
        select (ReportChart)new GroupedBarChart(title, description, categories, series, categoryAxisLabel: description) { ReferenceLine = line },
        from bars in (from label in NotBlank from v in Gen.Choose(0, 5000) from colour in Gen.Choose(-1, 9) select new ChartBar(label, v / 10.0, colour < 0 ? null : colour)).ArrayOf()
        from title in NotBlank
        select (ReportChart)new CountBarChart(title, title, bars),
        from points in (from label in Text from x in Value from y in Value from g in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements<string?>("g1", "<g2>"))
                        select new ScatterPoint(label, x, y, g)).ArrayOf()
        from lines in (from vertical in Gen.Elements(true, false) from v in Value from label in Text select new ChartReferenceLine(vertical, v, label)).ArrayOf()
        from title in NotBlank
        select (ReportChart)new ScatterChart(title, title, new ChartAxis("x <", -1, 1), new ChartAxis("y &", 0, 2), points, lines));

    private static readonly Gen<ReportBlock> Blocks = Gen.OneOf(
        Runs.Select(r => (ReportBlock)new ReportParagraph(r)),
        Text.Select(t => (ReportBlock)new ReportParagraph(t)),
        NotBlank.Select(t => (ReportBlock)new ReportSubheading(t)),
        Runs.ArrayOf().Select(items => (ReportBlock)new ReportList(items)),
        Tables.Select(t => (ReportBlock)t),
        Charts.Select(c => (ReportBlock)c));

    private static readonly Gen<ReportDocument> Documents =
        from title in NotBlank
        from subtitle in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t))
        from sections in (from heading in NotBlank from blocks in Blocks.ArrayOf() from ends in Gen.Elements(true, false)
                          select new ReportSection(heading, blocks) { EndsPage = ends }).ArrayOf()
        select new ReportDocument(title, sections, subtitle);

    [Fact]
    public void A_team_s_two_pages_are_the_bytes_of_the_renderers_before() =>
        Prop.ForAll(CycleReportTests.Reports.ToArbitrary(), report =>
        {
            var document = UnitCycleDocument.From(report);
            string md = Before.MarkdownReport.Render(document), html = Before.HtmlReport.Render(document);
            Assert.Equal((md, html), UnitCycleReports.Pages(report));
            var (mdBytes, htmlBytes) = UnitCycleReports.PagesUtf8(report);
            Assert.Equal(Encoding.UTF8.GetBytes(md), mdBytes);
            Assert.Equal(Encoding.UTF8.GetBytes(html), htmlBytes);
        }).Check(maxTest: 12);

    [Fact]
    public void Any_document_renders_to_the_text_of_the_renderers_before() =>
        Prop.ForAll(Documents.ToArbitrary(), document =>
        {
            Assert.Equal(Before.MarkdownReport.Render(document), MarkdownReport.Render(document));
            Assert.Equal(Before.HtmlReport.Render(document), HtmlReport.Render(document));
            foreach (var section in document.Sections) Assert.Equal(Before.MarkdownReport.RenderSection(section), MarkdownReport.RenderSection(section));
        }).Check(maxTest: 300);

    [Fact]
    public void Any_chart_draws_the_svg_of_the_renderer_before() =>
        Prop.ForAll(Charts.ToArbitrary(), chart => Assert.Equal(Before.SvgChart.Render(chart, "c-1"), SvgChart.Render(chart, "c-1"))).Check(maxTest: 300);

    [Fact]
    public void Any_text_escapes_as_before() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            Assert.Equal(Before.Markup.Escape(text), Markup.Escape(text));
            Assert.Equal(Before.Markup.Inline(text), Markup.Inline(text));
            Assert.Equal(Before.MarkdownReport.Escape(text), MarkdownReport.Escape(text));
            Assert.Equal(Before.MarkdownReport.Escape(text, blockStart: true), MarkdownReport.Escape(text, blockStart: true));
        }).Check(maxTest: 2000);

    [Theory] // block markers at the start of a paragraph: the cases the escape decides on the text's first characters
    [InlineData("- x")]
    [InlineData("+")]
    [InlineData("=")]
    [InlineData("1. x")]
    [InlineData("12)")]
    [InlineData("3.\tx")]
    [InlineData("4.\r\nx")]
    [InlineData("5.\u2028")]
    [InlineData("6.x")]
    [InlineData("7.<")]
    [InlineData("\r\n- x")]
    [InlineData("8")]
    [InlineData(".")]
    public void A_block_marker_is_escaped_as_before(string text) =>
        Assert.Equal(Before.MarkdownReport.Escape(text, blockStart: true), MarkdownReport.Escape(text, blockStart: true));

    [Fact]
    public void Any_number_is_written_as_before() =>
        Prop.ForAll(Gen.OneOf(Value, Gen.Choose(-1000, 1000).Select(i => i / 1e5), Gen.Elements(-0.0, 0.005, -0.005, 0.015, 1e300, -1e300, double.Epsilon, double.MaxValue, double.NaN, 1e21)).ToArbitrary(), value =>
        {
            Assert.Equal(Before.Markup.Number(value), Markup.Number(value));
            var text = new StringBuilder(4); // smaller than a long number: the interpolation's retry path
            text.Append($"{new Coordinate(value)}|{new Coordinate(value)}");
            Assert.Equal($"{Before.Markup.Number(value)}|{Before.Markup.Number(value)}", text.ToString());
            Assert.Equal(Before.Markup.Label(value), Markup.Label(value));
            Assert.Equal(Before.Markup.Label(value, 1), Markup.Label(value, 1));
        }).Check(maxTest: 1000);

    [Fact]
    public void A_district_s_summary_is_the_text_of_the_renderers_before() =>
        Prop.ForAll(Gen.Elements<string[]>(["north", "south"], ["<img src=x onerror=alert(1)>", "a & b", "😀 \uD83D"], ["1. x", "- y", "[x](javascript:alert(1))", "z"]).ToArbitrary(), ids =>
        {
            var input = SampleTeam.Generate(2026, new SampleTeamOptions(120, 8, 4)).Input;
            var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
            var district = DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => ids[index[s.Teacher] % ids.Length]));
            Assert.Equal(Before.MarkdownReport.Render(DistrictCycleDocument.FromOutline(district.Outline, "md")), UnitCycleReports.DistrictSummaryMarkdown(district.Outline));
            Assert.Equal(Before.HtmlReport.Render(DistrictCycleDocument.FromOutline(district.Outline, "html")), UnitCycleReports.DistrictSummaryHtml(district.Outline));
        }).Check(maxTest: 3);

    [Theory] // issue 14, cause 1, through the bytes the district writes
    [MemberData(nameof(HostileText.Values), MemberType = typeof(HostileText))]
    public void Hostile_text_stays_text_in_the_page_bytes(string value)
    {
        var document = new ReportDocument(value, [new ReportSection(value, [
            new ReportParagraph(ReportText.Of(value, ReportText.Strong(value), ReportText.Link(value, "teams/x.html"))), // a code run shows its text as it is
            new ReportTable([value], [[value]], value), new CountBarChart(value, value, [new ChartBar(value, 3)]),
        ])], value);
        string html = Encoding.UTF8.GetString(PageBuffer.Utf8AndReturn(Rendered(HtmlReport.RenderInto, document)));
        Assert.DoesNotMatch("(?i)<\\s*(img|script|iframe)\\b", html);
        Assert.DoesNotMatch("(?i)<svg onload", html);
        Assert.DoesNotMatch("(?i)<[^>]*\\b(onerror|onload|src)\\s*=", html);
        string md = Encoding.UTF8.GetString(PageBuffer.Utf8AndReturn(Rendered(MarkdownReport.RenderInto, document)));
        Assert.DoesNotMatch("(?<!\\\\)<(img|script|svg)", md);
        Assert.DoesNotMatch("(?<!\\\\)\\[x\\]\\(", md);
    }

    private static StringBuilder Rendered(Action<StringBuilder, ReportDocument> render, ReportDocument document)
    {
        var buffer = PageBuffer.Rent();
        render(buffer, document);
        return buffer;
    }

    [Fact] // a page that outgrows the buffer's first chunk, with a surrogate pair across the chunks' seam
    public void A_page_in_several_chunks_encodes_as_its_text()
    {
        foreach (int split in new[] { 1, 2, 3, 7 })
        {
            var buffer = new StringBuilder(split);
            string text = string.Concat(Enumerable.Repeat("ab😀\uD83D x\uDE00é数", 50));
            foreach (char c in text) buffer.Append(c);
            Assert.True(CountChunks(buffer) > 1);
            Assert.Equal(Encoding.UTF8.GetBytes(text), PageBuffer.Utf8AndReturn(buffer));
        }
    }

    private static int CountChunks(StringBuilder buffer)
    {
        int chunks = 0;
        foreach (var chunk in buffer.GetChunks()) chunks++;
        return chunks;
    }

    [Fact]
    public void The_thread_s_buffer_comes_back_empty_after_a_page()
    {
        var first = PageBuffer.Rent().Append("page");
        Assert.Equal("page", PageBuffer.ToStringAndReturn(first));
        var again = PageBuffer.Rent();
        Assert.Same(first, again);
        Assert.Equal(0, again.Length);
        Assert.Equal("x"u8.ToArray(), PageBuffer.Utf8AndReturn(again.Append('x')));
    }

    [Fact]
    public void Both_pages_in_bytes_need_a_report() =>
        Assert.Throws<ArgumentNullException>("report", () => UnitCycleReports.PagesUtf8(null!));
}

using System.Globalization;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Reports;
using MathPlc.Tests;
using static MathPlc.Reports.Tests.ReportSamples;

namespace MathPlc.Reports.Tests;

/// <summary>
/// The SVG charts: well-formed XML, accessible names, escaped labels, nothing external, the same text in every
/// culture, and marks whose sizes follow the values (checked against hand-computed proportions).
/// </summary>
public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(ReportChart chart, string id = "chart") => XDocument.Parse(SvgChart.Render(chart, id)).Root!;

    private static IEnumerable<XElement> Marks(XElement svg) => svg.Descendants().Where(e => (string?)e.Attribute("class") == "mark");

    private static double Number(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_chart_is_well_formed_svg_with_an_accessible_title_and_description()
    {
        foreach (var chart in Charts)
        {
            var svg = Parse(chart, "c-1");
            Assert.Equal(Svg + "svg", svg.Name);
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.Equal("c-1-title c-1-desc", (string?)svg.Attribute("aria-labelledby"));
            Assert.Equal(chart.Title, svg.Element(Svg + "title")!.Value);
            Assert.Equal("c-1-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
            Assert.Equal(chart.Description, svg.Element(Svg + "desc")!.Value);
            Assert.NotNull(svg.Attribute("viewBox"));
        }
    }

    [Fact]
    public void Labels_with_markup_characters_are_escaped_and_read_back_as_written()
    {
        foreach (var chart in Charts)
        {
            string text = SvgChart.Render(chart);
            Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;", text, StringComparison.Ordinal);
            var svg = XDocument.Parse(text).Root!;
            Assert.Contains(svg.Descendants(), e => e.Nodes().OfType<XText>().Any(t => t.Value.Contains("Tom & \"Jerry\"", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Charts_hold_nothing_external()
    {
        foreach (var chart in Charts)
        {
            string text = SvgChart.Render(chart);
            foreach (string banned in new[] { "href", "src=", "url(", "@import", "<script", "<image", "<foreignObject", "@font-face", "javascript:" })
                Assert.DoesNotContain(banned, text, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, CountOf(text, "http")); // only the SVG namespace name, which is not fetched
        }
    }

    [Fact]
    public void The_output_is_the_same_in_a_culture_with_decimal_commas()
    {
        var before = CultureInfo.CurrentCulture;
        string[] invariant, german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = [.. Charts.Select(c => SvgChart.Render(c))];
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            german = [.. Charts.Select(c => SvgChart.Render(c))];
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }
        Assert.Equal(invariant, german);
        Assert.Contains("62.5%", german[0], StringComparison.Ordinal);
        Assert.DoesNotContain("62,5", german[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bar_heights_are_proportional_to_values_from_a_zero_baseline()
    {
        // Ms. Kim: 25, 100, 62.5 → heights in the ratio 1 : 4 : 2.5; the other series has 50, none, 0.
        var svg = Parse(Grouped);
        var bars = Marks(svg).ToList();
        Assert.Equal(5, bars.Count); // six values, one missing
        double h25 = Number(bars[0], "height"), h50 = Number(bars[1], "height"), h100 = Number(bars[2], "height"), h62 = Number(bars[3], "height");
        Assert.Equal(4.0, h100 / h25, 2);
        Assert.Equal(2.0, h50 / h25, 2);
        Assert.Equal(2.5, h62 / h25, 2);
        Assert.Equal(0.0, Number(bars[4], "height"));
        Assert.All(bars.Take(4), b => Assert.Equal(Number(bars[0], "y") + h25, Number(b, "y") + Number(b, "height"), 2)); // common baseline
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value == $"{Awkward}, 6.RP.A.2: no value");
    }

    /// <summary>
    /// Decision 0265: the whole-class line's label is drawn after every bar (SVG paints in document order, so nothing
    /// covers it), where no bar is when there is such a place, and on top of the bars, on its halo, when there is not.
    /// </summary>
    [Theory]
    [InlineData(new double[] { 10, 50, 60 }, 76.0, "start")]     // the right end crosses the tall last bar: the left end, above the line
    [InlineData(new double[] { 60, 50, 10 }, 732.0, "end")]      // the right end above the short last bar
    [InlineData(new double[] { 90, 95, 100 }, 732.0, "end")]     // every place crosses a bar: the right end, on top
    public void The_reference_lines_label_is_drawn_after_the_bars_and_off_them_where_it_can_be(double[] values, double x, string anchor)
    {
        var chart = new GroupedBarChart("Not yet proficient", "d", ["A", "B", "C"], [new ChartSeries("Share", [.. values.Select(v => (double?)v)])])
        {
            ReferenceLine = new ChartReferenceLine(false, 25, "whole-class line 25%"),
        };
        var svg = Parse(chart);
        var elements = svg.Descendants().ToList();
        var label = Assert.Single(elements, e => e.Name == Svg + "text" && e.Value == "whole-class line 25%");
        Assert.True(elements.IndexOf(label) > elements.FindLastIndex(e => (string?)e.Attribute("class") == "mark"), "the label comes after the last bar");
        Assert.Equal(x, Number(label, "x"), 6);
        Assert.Equal(anchor, (string?)label.Attribute("text-anchor"));
        double y = Number(label, "y");
        foreach (var bar in Marks(svg))
        {
            double left = Number(bar, "x"), right = left + Number(bar, "width"), top = Number(bar, "y");
            double textLeft = anchor == "start" ? x : x - (label.Value.Length * 11 * 0.6), textRight = anchor == "start" ? x + (label.Value.Length * 11 * 0.6) : x;
            bool crosses = textLeft < right && left < textRight && y > top;
            Assert.True(!crosses || values.All(v => v >= 90), $"the label at ({x}, {y}) crosses the bar at {left}–{right} from {top} though a free place exists");
        }
        var line = Assert.Single(elements, e => e.Name == Svg + "line" && (string?)e.Attribute("stroke-dasharray") == "6 4");
        Assert.True(elements.IndexOf(line) > elements.FindLastIndex(e => (string?)e.Attribute("class") == "mark"), "the line shows across the bars");
    }

    [Fact]
    public void Series_take_the_palette_colours_in_order_and_a_bar_may_choose_its_own()
    {
        var grouped = Marks(Parse(Grouped)).Select(b => (string)b.Attribute("fill")!).ToArray();
        Assert.Equal(["#0072B2", "#E69F00", "#0072B2", "#0072B2", "#E69F00"], grouped);
        var tiers = Marks(Parse(Tiers)).Select(b => (string)b.Attribute("fill")!).ToArray();
        Assert.Equal([ChartPalette.Colour(0), ChartPalette.Colour(1), ChartPalette.Colour(3)], tiers);
    }

    [Fact]
    public void Count_bars_are_labelled_with_their_counts_on_a_nice_axis()
    {
        var svg = Parse(Tiers);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Nodes().OfType<XText>().LastOrDefault()?.Value).ToList();
        Assert.Contains("71", texts);
        Assert.Contains("38", texts);
        // Heckbert's nice numbers for 0..71 in about six ticks: a step of 20, up to 80.
        foreach (string tick in new[] { "0", "20", "40", "60", "80" }) Assert.Contains(tick, texts);
        Assert.DoesNotContain("100", texts);
    }

    [Fact]
    public void The_scatter_axes_grow_to_hold_every_point()
    {
        // Q3 at (1.25, 0.7) and the point at y = -0.06 lie outside the axes asked for (0..1, 0..0.6).
        var svg = Parse(Items);
        var points = Marks(svg).ToList();
        Assert.Equal(3, points.Count);
        double plotTop = points.Min(p => Number(p, "cy")), plotBottom = points.Max(p => Number(p, "cy"));
        Assert.True(Number(points[2], "cy") == plotTop && Number(points[1], "cy") == plotBottom);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("1.5", texts); // the x axis now ends at the next nice tick above 1.25
        Assert.Contains("-0.2", texts);
        Assert.Equal(2, svg.Descendants(Svg + "line").Count(l => (string?)l.Attribute("stroke-dasharray") is not null));
        // Points are coloured by group in order of appearance; a point without a group takes the first colour.
        Assert.Equal(["#0072B2", "#E69F00", "#0072B2"], points.Select(p => (string)p.Attribute("fill")!));
    }

    [Fact]
    public void Empty_charts_say_there_is_no_data()
    {
        ReportChart[] empty =
        [
            new GroupedBarChart("G", "", [], []),
            new CountBarChart("C", "", []),
            new ScatterChart("S", "", new ChartAxis("x", 0, 1), new ChartAxis("y", 0, 1), []),
        ];
        foreach (var chart in empty)
        {
            var svg = Parse(chart);
            Assert.Empty(Marks(svg));
            Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "No data");
        }
    }

    [Fact]
    public void Any_labels_and_values_give_well_formed_svg_holding_every_label() =>
        Prop.ForAll(
            (from labels in AwkwardText.NotBlank.NonEmptyListOf()
             from values in Gen.Choose(0, 1000).Select(v => v / 10.0).ListOf(labels.Count)
             select (labels.ToArray(), values.ToArray())).ToArbitrary(),
            sample =>
            {
                var (labels, values) = sample;
                var chart = new GroupedBarChart(labels[0], labels[^1], labels, [new ChartSeries(labels[0], values.Select(v => (double?)v))]);
                var svg = XDocument.Parse(SvgChart.Render(chart)).Root!;
                Assert.Equal(labels.Length, Marks(svg).Count());
                var tooltips = svg.Descendants(Svg + "title").Select(t => t.Value).ToHashSet();
                Assert.All(labels.Select(Strip), label => Assert.Contains(tooltips, t => t.Contains(label, StringComparison.Ordinal)));
            }).Check(maxTest: 100);

    [Fact]
    public void An_id_must_be_a_valid_element_id()
    {
        Assert.Throws<ArgumentException>("id", () => SvgChart.Render(Tiers, "1chart"));
        Assert.Throws<ArgumentException>("id", () => SvgChart.Render(Tiers, "a b"));
        Assert.Throws<ArgumentNullException>("id", () => SvgChart.Render(Tiers, null!));
        Assert.Throws<ArgumentNullException>("chart", () => SvgChart.Render(null!));
    }

    /// <summary>A label as the chart holds it: trimmed, XML line ends, without control characters XML cannot hold.</summary>
    private static string Strip(string label) => label.Trim().Replace("\r\n", "\n").Replace('\r', '\n');

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}

using MathPlc.Reports;

namespace MathPlc.Reports.Tests;

/// <summary>Every guard of the report building blocks.</summary>
public class ReportGuardTests
{
    private static readonly ChartAxis Unit = new("x", 0, 1);

    [Fact]
    public void Blocks_refuse_missing_text_and_ragged_tables()
    {
        Assert.Throws<ArgumentNullException>("text", () => new ReportParagraph(null!));
        Assert.Throws<ArgumentException>("text", () => new ReportSubheading(" "));
        Assert.Throws<ArgumentException>("items", () => new ReportList(["a", null!]));
        Assert.Throws<ArgumentException>("header", () => new ReportTable([], []));
        Assert.Throws<ArgumentException>("rows", () => new ReportTable(["a", "b"], [["1"]]));
        Assert.Throws<ArgumentNullException>("rows", () => new ReportTable(["a"], [null!]));
        Assert.Throws<ArgumentException>("heading", () => new ReportSection("", []));
        Assert.Throws<ArgumentException>("blocks", () => new ReportSection("h", [null!]));
        Assert.Throws<ArgumentException>("title", () => new ReportDocument(" ", []));
        Assert.Throws<ArgumentNullException>("sections", () => new ReportDocument("t", null!));
    }

    [Fact]
    public void Charts_refuse_values_they_cannot_draw()
    {
        Assert.Throws<ArgumentException>("name", () => new ChartSeries("", [1]));
        Assert.Throws<ArgumentOutOfRangeException>("values", () => new ChartSeries("s", [double.NaN]));
        Assert.Throws<ArgumentException>("series", () => new GroupedBarChart("t", "", ["a", "b"], [new ChartSeries("s", [1])]));
        Assert.Throws<ArgumentOutOfRangeException>("series", () => new GroupedBarChart("t", "", ["a"], [new ChartSeries("s", [101])]));
        Assert.Throws<ArgumentOutOfRangeException>("series", () => new GroupedBarChart("t", "", ["a"], [new ChartSeries("s", [-1])]));
        Assert.Throws<ArgumentOutOfRangeException>("maximum", () => new GroupedBarChart("t", "", [], [], maximum: 0));
        Assert.Throws<ArgumentException>("categories", () => new GroupedBarChart("t", "", [" "], []));
        Assert.Throws<ArgumentException>("title", () => new CountBarChart("", "", []));
        Assert.Throws<ArgumentNullException>("description", () => new CountBarChart("t", null!, []));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new ChartBar("a", -1));
        Assert.Throws<ArgumentOutOfRangeException>("colour", () => new ChartBar("a", 1, -1));
        Assert.Throws<ArgumentException>("label", () => new ChartBar(" ", 1));
        Assert.Throws<ArgumentOutOfRangeException>("maximum", () => new ChartAxis("x", 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new ChartAxis("x", double.NegativeInfinity, 1));
        Assert.Throws<ArgumentOutOfRangeException>("y", () => new ScatterPoint("p", 0, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => new ChartReferenceLine(true, double.PositiveInfinity, "l"));
        Assert.Throws<ArgumentNullException>("x", () => new ScatterChart("t", "", null!, Unit, []));
        Assert.Throws<ArgumentException>("points", () => new ScatterChart("t", "", Unit, Unit, [null!]));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => ChartPalette.Colour(-1));
    }

    [Fact]
    public void Blocks_compare_by_content()
    {
        Assert.Equal(new ReportTable(["a"], [["1"]]), new ReportTable(["a"], [["1"]]));
        Assert.NotEqual(new ReportTable(["a"], [["1"]]), new ReportTable(["a"], [["2"]]));
        Assert.Equal(ReportSamples.Report, new ReportDocument(ReportSamples.Report.Title, ReportSamples.Report.Sections, ReportSamples.Report.Subtitle));
        Assert.Equal(new ChartSeries("s", [1, null]), new ChartSeries("s", [1, null]));
        Assert.Equal(ChartPalette.Colour(0), ChartPalette.Colour(8));
    }
}

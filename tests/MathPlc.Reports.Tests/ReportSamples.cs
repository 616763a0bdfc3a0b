using MathPlc.Reports;

namespace MathPlc.Reports.Tests;

/// <summary>Small charts and a report with awkward labels (markup characters, quotes, accents) for the rendering tests.</summary>
internal static class ReportSamples
{
    public const string Awkward = "<b>Tom & \"Jerry\"</b> 'ñ' </svg>";

    public static GroupedBarChart Grouped { get; } = new(
        "Proficient by target & teacher", "Percent proficient per target <by teacher>.",
        ["6.RP.A.1", "6.RP.A.2", Awkward],
        [new ChartSeries("Ms. Kim", [25, 100, 62.5]), new ChartSeries(Awkward, [50, null, 0])]);

    public static CountBarChart Tiers { get; } = new(
        "Students by tier", "How many students are in each tier.",
        [new ChartBar("Tier 1", 71), new ChartBar("Tier 2", 38), new ChartBar(Awkward, 9, 3)]);

    public static ScatterChart Items { get; } = new(
        "Item difficulty and discrimination", "Each item at its difficulty and discrimination.",
        new ChartAxis("Difficulty", 0, 1), new ChartAxis("Discrimination", 0, 0.6),
        [new ScatterPoint("Q1", 0.91, 0.18, "6.RP.A.1"), new ScatterPoint(Awkward, 0.44, -0.06, "6.RP.A.2"), new ScatterPoint("Q3", 1.25, 0.7)],
        [new ChartReferenceLine(false, 0.2, "0.2 review"), new ChartReferenceLine(true, 0.3, Awkward)]);

    public static IEnumerable<ReportChart> Charts => [Grouped, Tiers, Items];

    public static ReportDocument Report { get; } = new(
        "Unit 2 <Ratios> & rates",
        [
            new ReportSection("How will we know?", [
                new ReportParagraph("The **latest** score counts; see `method` & <notes>."),
                Grouped,
                new ReportTable(["Target", "Rate"], [["6.RP.A.1", "82.5%"], [Awkward, "n/a"], ["a | b", "3"]], "Rates by target"),
                Items,
            ]),
            new ReportSection("How will we respond?", [new ReportSubheading("Tiers"), Tiers, new ReportList(["Re-engage **Tier 2**", Awkward])]),
        ],
        subtitle: "Grade 6 · 2026-10-09");
}

#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
#:project ../../src/MathPlc.Reports/MathPlc.Reports.csproj
// The building blocks of the unit report: a self-contained HTML page with the three charts a team reads after a
// common assessment (proficiency by target and teacher, the tier distribution, item difficulty against
// discrimination), plus its Markdown twin. Run: dotnet run docs/examples/report-charts.cs [OUT.html]
// Without an argument it writes artifacts/examples/report-charts.html (and .md); .ci/run then checks that page in
// headless Chromium with .ci/check-html-report.
using MathPlc.Interop;
using MathPlc.Reports;

string output = args.Length > 0 ? args[0] : Path.Combine("artifacts", "examples", "report-charts.html");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);

// Illustrative numbers for a grade 6 team's ratio unit (6.RP); the unit cycle computes them from real data.
string[] targets = ["6.RP.A.1 ratio language", "6.RP.A.2 unit rate", "6.RP.A.3a tables", "6.RP.A.3c percent"];
var proficiency = new GroupedBarChart(
    "Students proficient by target and teacher",
    "Percent of each teacher's students at or above proficient on each essential target of the unit.",
    targets,
    [
        new ChartSeries("Ms. Kim", [82, 64, 71, 48]),
        new ChartSeries("Mr. Diaz", [76, 58, 80, 52]),
        new ChartSeries("Ms. Lee", [88, 71, 69, null]),
    ],
    categoryAxisLabel: "Essential target");

var tiers = new CountBarChart(
    "Students by tier of support",
    "How many students need no extra support (Tier 1), targeted support on some targets (Tier 2) or intensive support (Tier 3), and how many are ready for extension.",
    [new ChartBar("Tier 1", 71, 2), new ChartBar("Tier 2", 38, 1), new ChartBar("Tier 3", 9, 3), new ChartBar("Extension", 14, 0)]);

double[][] itemStats =
[
    [0.91, 0.18], [0.84, 0.32], [0.77, 0.41], [0.72, 0.38], [0.69, 0.12], [0.66, 0.45], [0.61, 0.36], [0.58, 0.52],
    [0.55, 0.29], [0.49, 0.47], [0.44, -0.06], [0.41, 0.33], [0.37, 0.44], [0.31, 0.21], [0.26, 0.39], [0.18, 0.08],
];
var items = new ScatterChart(
    "Item difficulty and discrimination",
    "Each item of the common assessment at its difficulty (share of points earned) and its discrimination (upper minus lower group). Items below 0.2 deserve a look; a negative one may be miskeyed.",
    new ChartAxis("Difficulty (p-value)", 0, 1), new ChartAxis("Discrimination (upper − lower)", -0.2, 0.6),
    itemStats.Select((s, i) => new ScatterPoint($"Q{i + 1}", s[0], s[1], targets[i / 4])),
    [new ChartReferenceLine(false, 0.2, "0.2: review"), new ChartReferenceLine(false, 0.4, "0.4: very good"), new ChartReferenceLine(true, 0.3, "hard")]);

var report = new ReportDocument("Unit 2 — Ratios and rates: team report", [
    new ReportSection("How will we know?", [
        new ReportParagraph("Proficiency is the **latest** score on each target on a 0–4 scale; proficient means 3 or more. Groups under `5` students are not shown."),
        proficiency,
        new ReportTable(["Target", "Students", "Proficient", "Rate"], [
            ["6.RP.A.1", "118", "97", "82.2%"], ["6.RP.A.2", "118", "76", "64.4%"], ["6.RP.A.3a", "118", "87", "73.7%"], ["6.RP.A.3c <percent> & \"more\"", "118", "59", "50%"]],
            "Proficiency by target (whole team)"),
        items,
    ]),
    new ReportSection("How will we respond? How will we extend?", [
        tiers,
        new ReportList(["Re-engage **Tier 2** students on 6.RP.A.3c in the next two intervention blocks.", "Extension group: ratio reasoning with double number lines."]),
    ]),
], subtitle: "Grade 6 mathematics team · common assessment of 2026-10-09");

OutputFile.WriteText(output, HtmlReport.Render(report));
OutputFile.WriteText(Path.ChangeExtension(output, ".md"), MarkdownReport.Render(report));
Console.WriteLine($"Wrote {output} and {Path.ChangeExtension(output, ".md")}");

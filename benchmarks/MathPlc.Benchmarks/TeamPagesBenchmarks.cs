using System.Text;
using BenchmarkDotNet.Attributes;
using MathPlc.CriticalQuestions;
using MathPlc.Reports;
using MathPlc.Reports.Cycle;

namespace MathPlc.Benchmarks;

/// <summary>
/// One team's two pages as the district cycle renders them 500 times (decision 0205): a team of the generated district
/// (125 students, 5 classes, 1 teacher, seed 2026; about 38 KB of Markdown and 72 KB of HTML). The baseline is the path
/// the district took before session 18 — both pages as strings, then each encoded to UTF-8 — which now runs on the
/// rewritten renderers too; <see cref="PagesUtf8"/> renders into the thread's buffer and encodes from it, no string between.
/// The renderers before decision 0205 are kept in tests/MathPlc.Reports.Tests/Before (same bytes, tested).
/// </summary>
/// <remarks>Run with <c>--filter '*TeamPages*' --job short --inProcess</c>: the machine is shared.</remarks>
[MemoryDiagnoser]
public class TeamPagesBenchmarks
{
    private UnitCycleReport _report = null!;
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = UnitCycle.Run(SampleTeam.Generate(2026, new SampleTeamOptions(125, 5, 1)).Input);
        _document = UnitCycleDocument.From(_report);
        var (md, html) = UnitCycleReports.PagesUtf8(_report);
        if (!md.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(MarkdownReport.Render(_document))) || !html.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(HtmlReport.Render(_document))))
            throw new InvalidOperationException("The UTF-8 pages and the string pages differ.");
    }

    /// <summary>Both pages as strings, then encoded: what the district's write loop did before session 18.</summary>
    [Benchmark(Baseline = true)]
    public int StringsThenUtf8()
    {
        var (md, html) = UnitCycleReports.Pages(_report);
        return Encoding.UTF8.GetBytes(md).Length + Encoding.UTF8.GetBytes(html).Length;
    }

    /// <summary>Both pages straight to UTF-8 from the thread's buffer.</summary>
    [Benchmark]
    public int PagesUtf8()
    {
        var (md, html) = UnitCycleReports.PagesUtf8(_report);
        return md.Length + html.Length;
    }

    /// <summary>The document alone (what both pages are rendered from).</summary>
    [Benchmark]
    public int Document() => UnitCycleDocument.From(_report).Sections.Length;

    /// <summary>The HTML page alone, from a built document.</summary>
    [Benchmark]
    public int Html() => HtmlReport.Render(_document).Length;

    /// <summary>The Markdown page alone, from a built document.</summary>
    [Benchmark]
    public int Markdown() => MarkdownReport.Render(_document).Length;
}

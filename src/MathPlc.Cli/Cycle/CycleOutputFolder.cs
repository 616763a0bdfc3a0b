using System.Text;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Interop.UnitCycle;
using MathPlc.Reports.Cycle;

namespace MathPlc.Cli.Cycle;

/// <summary>The files <c>mathplc cycle --out DIR</c> writes, all built in memory first and written all or nothing (<see cref="OutputFolder"/>).</summary>
internal static class CycleOutputFolder
{
    /// <summary>The files, in the order they are listed.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["report.md", "report.html", "report.json", "plan.csv", "proficiency.csv", "tiers.csv", "groups.csv"];

    /// <summary>
    /// Writes every form of the report into <paramref name="folder"/>, the CSVs' formula cells as <c>--csv-raw</c> says
    /// (<see cref="CsvText.Formulas"/>), each file streamed into its place (a district's JSON and tables are never whole in memory);
    /// team pages an earlier district run left in <c>teams/</c> are removed once this run's files are in place.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from (the section and teacher columns of <c>proficiency.csv</c>).</param>
    /// <param name="stopwatch">With <c>MATHPLC_STOPWATCH=1</c>, times each file; else null.</param>
    public static void Write(string folder, UnitCycleReport report, Roster roster, StepStopwatch? stopwatch = null)
    {
        var formulas = CsvText.Formulas;
        Action<Stream>[] writers =
        [
            stream => Utf8(stream, UnitCycleReports.Markdown(report)), stream => Utf8(stream, UnitCycleReports.Html(report)),
            stream => UnitCycleReportJson.Write(stream, report),
            stream => UnitCycleTables.WritePlan(stream, report, formulas), stream => UnitCycleTables.WriteProficiency(stream, report, roster, formulas),
            stream => UnitCycleTables.WriteTiers(stream, report, formulas), stream => UnitCycleTables.WriteGroups(stream, report, formulas),
        ];
        Write(folder, writers, stopwatch);
        StaleTeamPages.Remove(Path.Combine(folder, TeamsFolder), kept: []);
    }

    /// <summary>The subfolder of a district's team pages.</summary>
    public const string TeamsFolder = "teams";

    /// <summary>
    /// Runs a district's cycle team by team and writes its report (decisions 0106, 0170) into <paramref name="folder"/>:
    /// <c>report.md</c> and <c>report.html</c> are the district's summary, <c>report.json</c> and the four tables hold every
    /// team (a last column <c>team_id</c>), and <c>teams/NAME.md</c> and <c>teams/NAME.html</c> are each team's report
    /// (<see cref="TeamPageNames"/>). A few teams at a time run and render in parallel; then, in team order, each team's
    /// pages are written, its rows appended to the tables and its object to <c>report.json</c>, and the team dropped, so
    /// no more than a few teams' reports are ever in memory. All or nothing: every file, pages and tables alike, is in
    /// place only when every team has run and been written (<see cref="OutputFolder.WriteTogether"/>); pages an earlier
    /// run left in <c>teams/</c> are removed afterwards (<see cref="StaleTeamPages"/>). The bytes are those of
    /// <see cref="UnitCycleReports.DistrictMarkdown(DistrictCycleReport)"/>, <see cref="DistrictCycleJson.Write"/> and
    /// <see cref="UnitCycleTables.WriteDistrict"/> on the whole district's report.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="district">The district's name for its teams together (the unit file's team).</param>
    /// <param name="teams">The teams' inputs (<see cref="DistrictCycle.Split"/>), in order.</param>
    /// <param name="run">Runs one team's cycle (<see cref="UnitCycle.Run"/>).</param>
    /// <param name="roster">The district's roster (the section and teacher columns of <c>proficiency.csv</c>).</param>
    /// <param name="stopwatch">With <c>MATHPLC_STOPWATCH=1</c>, the processor time of each kind of work summed over the teams; else null.</param>
    /// <returns>How many teams were written.</returns>
    public static int WriteDistrict(string folder, string district, IReadOnlyList<TeamCycleInput> teams, Func<UnitCycleInput, UnitCycleReport> run, Roster roster,
        StepStopwatch? stopwatch = null)
    {
        var formulas = CsvText.Formulas;
        var pageNames = TeamPageNames.Assign(teams.Select(t => t.TeamId));
        List<string> names = [.. FileNames, .. pageNames.SelectMany(n => new[] { $"{TeamsFolder}/{n}.md", $"{TeamsFolder}/{n}.html" })];
        var outlines = new List<TeamCycleOutline>(teams.Count);
        var split = stopwatch is null ? null : new ProcessorSplit();
        OutputFolder.WriteTogether(folder, names, files =>
        {
            var json = new DistrictCycleJsonWriter(files.Open(2), district);
            var tables = Tables.Select((table, k) => new DistrictTableWriter(files.Open(3 + k), table, table == UnitCycleTable.Proficiency ? roster : null, formulas)).ToArray();
            // A window of teams is run and rendered in parallel; the window is written in team order before the next is run.
            int window = Math.Max(2, 2 * Environment.ProcessorCount);
            var reports = new UnitCycleReport[window];
            var pages = new (byte[] Md, byte[] Html)[window];
            for (int start = 0; start < teams.Count; start += window)
            {
                int count = Math.Min(window, teams.Count - start);
                InParallel(count, i => reports[i] = run(teams[start + i].Input));
                split?.Lap("cycle");
                InParallel(count, i =>
                {
                    var (md, html) = UnitCycleReports.Pages(reports[i]);
                    pages[i] = (Encoding.UTF8.GetBytes(md), Encoding.UTF8.GetBytes(html));
                });
                split?.Lap("pages");
                for (int i = 0; i < count; i++)
                {
                    int t = start + i;
                    var team = new TeamCycleReport(teams[t].TeamId, reports[i]);
                    files.Open(FileNames.Count + 2 * t).Write(pages[i].Md);
                    files.Close(FileNames.Count + 2 * t);
                    files.Open(FileNames.Count + 2 * t + 1).Write(pages[i].Html);
                    files.Close(FileNames.Count + 2 * t + 1);
                    split?.Lap("pages written");
                    json.Add(team);
                    split?.Lap("report.json");
                    foreach (var table in tables) table.Add(team);
                    split?.Lap("tables");
                    outlines.Add(new TeamCycleOutline(team));
                    reports[i] = null!;
                    pages[i] = default;
                }
            }
            json.Complete();
            foreach (var table in tables) table.Dispose();
            var outline = new DistrictCycleOutline(district, outlines);
            Utf8(files.Open(0), UnitCycleReports.DistrictSummaryMarkdown(outline));
            Utf8(files.Open(1), UnitCycleReports.DistrictSummaryHtml(outline));
            split?.Lap("summary");
            if (stopwatch is not null) stopwatch.Lap($"teams ({split!})");
        });
        StaleTeamPages.Remove(Path.Combine(folder, TeamsFolder), pageNames.SelectMany(n => new[] { $"{n}.md", $"{n}.html" }));
        stopwatch?.Lap("written");
        return teams.Count;
    }

    private static readonly UnitCycleTable[] Tables = [UnitCycleTable.Plan, UnitCycleTable.Proficiency, UnitCycleTable.Tiers, UnitCycleTable.Groups];

    // Runs work(0..count-1) on the machine's processors; the first failure in index order is thrown, as a run one after the other would throw it.
    private static void InParallel(int count, Action<int> work)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                work(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    // With MATHPLC_STOPWATCH=1: the process's processor time since the last lap, summed by kind of work.
    private sealed class ProcessorSplit
    {
        private readonly Dictionary<string, TimeSpan> _totals = [];
        private TimeSpan _last = Now();

        private static TimeSpan Now()
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }

        public void Lap(string kind)
        {
            var now = Now();
            _totals[kind] = _totals.GetValueOrDefault(kind) + (now - _last);
            _last = now;
        }

        public override string ToString() =>
            string.Join(" · ", _totals.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Key} {t.Value.TotalMilliseconds:F0} ms")));
    }

    private static void Write(string folder, Action<Stream>[] writers, StepStopwatch? stopwatch)
    {
        OutputFolder.Write(folder, [.. FileNames.Zip(writers, (name, write) => new KeyValuePair<string, Action<Stream>>(name, stream =>
        {
            write(stream);
            stopwatch?.Lap(name);
        }))]);
        stopwatch?.Lap("written");
    }

    private static void Utf8(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}

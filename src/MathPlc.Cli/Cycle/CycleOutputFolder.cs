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
    /// (<see cref="TeamPageNames"/>). Teams are made on every core, each on one thread from its cycle to its bytes (its
    /// pages, its <c>report.json</c> object, its rows of each table: decision 0225), while the teams before them are
    /// written in team order and dropped; no more than a window of made teams is ever in memory (decision 0250). All or nothing: every file, pages and tables alike, is in
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
        var split = stopwatch is null ? null : new WorkSplit();
        OutputFolder.WriteTogether(folder, names, files =>
        {
            var json = new DistrictCycleJsonWriter(files.Open(2), district);
            var tables = Tables.Select((table, k) => new DistrictTableWriter(files.Open(3 + k), table, table == UnitCycleTable.Proficiency ? roster : null, formulas)).ToArray();
            // Teams are made on every core, each on one thread from its cycle to its bytes, at most a window ahead;
            // here, in team order, each team's bytes are written and the team dropped (decision 0250).
            int workers = Environment.ProcessorCount;
            MadeInOrder.Run(teams.Count, workers, window: Math.Max(4, 4 * workers), t => Make(teams[t], run, tables, split), (t, team) =>
            {
                long writing = WorkSplit.Now();
                files.Open(FileNames.Count + 2 * t).Write(team.Markdown);
                files.Close(FileNames.Count + 2 * t);
                files.Open(FileNames.Count + 2 * t + 1).Write(team.Html);
                files.Close(FileNames.Count + 2 * t + 1);
                json.AddPrepared(team.Json);
                for (int k = 0; k < tables.Length; k++) tables[k].AddPrepared(team.Rows[k]);
                outlines.Add(team.Outline);
                split?.Add("written in order", writing);
            });
            long summary = WorkSplit.Now();
            json.Complete();
            foreach (var table in tables) table.Dispose();
            var outline = new DistrictCycleOutline(district, outlines);
            Utf8(files.Open(0), UnitCycleReports.DistrictSummaryMarkdown(outline));
            Utf8(files.Open(1), UnitCycleReports.DistrictSummaryHtml(outline));
            split?.Add("summary", summary);
            if (stopwatch is not null) stopwatch.Lap($"teams ({split!})");
        });
        StaleTeamPages.Remove(Path.Combine(folder, TeamsFolder), pageNames.SelectMany(n => new[] { $"{n}.md", $"{n}.html" }));
        stopwatch?.Lap("written");
        return teams.Count;
    }

    private static readonly UnitCycleTable[] Tables = [UnitCycleTable.Plan, UnitCycleTable.Proficiency, UnitCycleTable.Tiers, UnitCycleTable.Groups];

    // One team made on one thread: its cycle, its two pages as UTF-8, its report.json object and its rows of each table.
    private static MadeTeam Make(TeamCycleInput input, Func<UnitCycleInput, UnitCycleReport> run, DistrictTableWriter[] tables, WorkSplit? split)
    {
        long at = WorkSplit.Now();
        var team = new TeamCycleReport(input.TeamId, run(input.Input));
        at = split?.Add("cycle", at) ?? 0;
        var (markdown, page) = UnitCycleReports.PagesUtf8(team.Report);
        at = split?.Add("pages", at) ?? 0;
        var json = DistrictCycleJsonWriter.Prepare(team);
        at = split?.Add("report.json", at) ?? 0;
        var rows = new DistrictTeamRows[tables.Length];
        for (int k = 0; k < tables.Length; k++) rows[k] = tables[k].Prepare(team);
        at = split?.Add("tables", at) ?? 0;
        var outline = new TeamCycleOutline(team);
        split?.Add("outline", at);
        return new MadeTeam(markdown, page, json, rows, outline);
    }

    private sealed record MadeTeam(byte[] Markdown, byte[] Html, DistrictTeamJson Json, DistrictTeamRows[] Rows, TeamCycleOutline Outline);

    // With MATHPLC_STOPWATCH=1: each kind of work's time summed over the threads that did it. The teams' work runs on
    // both cores at once, so the process's processor time cannot be split by kind; each thread's elapsed time is, and on
    // an otherwise idle machine it is that thread's processor time.
    private sealed class WorkSplit
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _ticks = new();

        public static long Now() => System.Diagnostics.Stopwatch.GetTimestamp();

        // Adds the time since `from` to `kind`; returns now, the start of the next piece of work.
        public long Add(string kind, long from)
        {
            long now = Now();
            _ticks.AddOrUpdate(kind, now - from, (_, total) => total + now - from);
            return now;
        }

        public override string ToString() =>
            "thread time: " + string.Join(" · ", Kinds.Where(_ticks.ContainsKey).Select(k => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{k} {System.Diagnostics.Stopwatch.GetElapsedTime(0, _ticks[k]).TotalMilliseconds:F0} ms")));

        private static readonly string[] Kinds = ["cycle", "pages", "report.json", "tables", "outline", "written in order", "summary"];
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

using System.Text;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.Interop.Json.CriticalQuestions;
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
            stream =>
            {
                MathPlcJson.Serialize(stream, report);
                stream.WriteByte((byte)'\n');
            },
            stream => UnitCycleTables.WritePlan(stream, report, formulas), stream => UnitCycleTables.WriteProficiency(stream, report, roster, formulas),
            stream => UnitCycleTables.WriteTiers(stream, report, formulas), stream => UnitCycleTables.WriteGroups(stream, report, formulas),
        ];
        Write(folder, writers, stopwatch);
        StaleTeamPages.Remove(Path.Combine(folder, TeamsFolder), kept: []);
    }

    /// <summary>The subfolder of a district's team pages.</summary>
    public const string TeamsFolder = "teams";

    /// <summary>
    /// Writes a district's report (decision 0106) into <paramref name="folder"/>: <c>report.md</c> and <c>report.html</c>
    /// are the district's summary, <c>report.json</c> and the four tables hold every team (a last column <c>team_id</c>),
    /// and <c>teams/NAME.md</c> and <c>teams/NAME.html</c> are each team's report (<see cref="TeamPageNames"/>), rendered in
    /// parallel. The team pages are written first, all or nothing, then the folder's own files, all or nothing; pages an
    /// earlier run left in <c>teams/</c> are removed once this run's are in place (<see cref="StaleTeamPages"/>).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="district">The district's report.</param>
    /// <param name="roster">The district's roster (the section and teacher columns of <c>proficiency.csv</c>).</param>
    /// <param name="stopwatch">With <c>MATHPLC_STOPWATCH=1</c>, times each file; else null.</param>
    public static void WriteDistrict(string folder, DistrictCycleReport district, Roster roster, StepStopwatch? stopwatch = null)
    {
        var formulas = CsvText.Formulas;
        var names = TeamPageNames.Assign(district.Teams.Select(t => t.TeamId));
        var pages = new KeyValuePair<string, Action<Stream>>[district.Teams.Length * 2];
        var texts = new byte[district.Teams.Length * 2][];
        Parallel.For(0, district.Teams.Length, i =>
        {
            var report = district.Teams[i].Report;
            texts[2 * i] = Encoding.UTF8.GetBytes(UnitCycleReports.Markdown(report));
            texts[2 * i + 1] = Encoding.UTF8.GetBytes(UnitCycleReports.Html(report));
        });
        stopwatch?.Lap("team pages");
        for (int i = 0; i < names.Length; i++)
        {
            byte[] md = texts[2 * i], html = texts[2 * i + 1];
            pages[2 * i] = new($"{names[i]}.md", stream => stream.Write(md));
            pages[2 * i + 1] = new($"{names[i]}.html", stream => stream.Write(html));
        }
        OutputFolder.Write(Path.Combine(folder, TeamsFolder), pages);
        StaleTeamPages.Remove(Path.Combine(folder, TeamsFolder), pages.Select(p => p.Key));
        stopwatch?.Lap("teams written");
        Action<Stream>[] writers =
        [
            stream => Utf8(stream, UnitCycleReports.DistrictMarkdown(district)), stream => Utf8(stream, UnitCycleReports.DistrictHtml(district)),
            stream => DistrictCycleJson.Write(stream, district),
            stream => UnitCycleTables.WriteDistrict(stream, UnitCycleTable.Plan, district, null, formulas),
            stream => UnitCycleTables.WriteDistrict(stream, UnitCycleTable.Proficiency, district, roster, formulas),
            stream => UnitCycleTables.WriteDistrict(stream, UnitCycleTable.Tiers, district, null, formulas),
            stream => UnitCycleTables.WriteDistrict(stream, UnitCycleTable.Groups, district, null, formulas),
        ];
        Write(folder, writers, stopwatch);
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

using System.Text;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.Json;
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
    /// (<see cref="CsvText.Formulas"/>), each file streamed into its place (a district's JSON and tables are never whole in memory).
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
        OutputFolder.Write(folder, [.. FileNames.Zip(writers, (name, write) => new KeyValuePair<string, Action<Stream>>(name, stream =>
        {
            write(stream);
            stopwatch?.Lap(name);
        }))]);
        stopwatch?.Lap("written");
    }

    private static void Utf8(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}

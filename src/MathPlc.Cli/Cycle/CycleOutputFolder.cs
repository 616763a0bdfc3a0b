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

    /// <summary>Writes every form of the report into <paramref name="folder"/>, the CSVs' formula cells as <c>--csv-raw</c> says (<see cref="CsvText.Formulas"/>).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from (the section and teacher columns of <c>proficiency.csv</c>).</param>
    /// <param name="stopwatch">With <c>MATHPLC_STOPWATCH=1</c>, times each file; else null.</param>
    public static void Write(string folder, UnitCycleReport report, Roster roster, CycleStopwatch? stopwatch = null)
    {
        var formulas = CsvText.Formulas;
        Func<string>[] forms =
        [
            () => UnitCycleReports.Markdown(report), () => UnitCycleReports.Html(report), () => MathPlcJson.Serialize(report) + "\n",
            () => UnitCycleTables.Plan(report, formulas), () => UnitCycleTables.Proficiency(report, roster, formulas),
            () => UnitCycleTables.Tiers(report, formulas), () => UnitCycleTables.Groups(report, formulas),
        ];
        var texts = new KeyValuePair<string, string>[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            texts[i] = new KeyValuePair<string, string>(FileNames[i], forms[i]());
            stopwatch?.Lap(FileNames[i]);
        }
        OutputFolder.WriteText(folder, texts);
        stopwatch?.Lap("written");
    }
}

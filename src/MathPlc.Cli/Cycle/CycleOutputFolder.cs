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
    public static void Write(string folder, UnitCycleReport report, Roster roster)
    {
        var formulas = CsvText.Formulas;
        string[] texts =
        [
            UnitCycleReports.Markdown(report), UnitCycleReports.Html(report), MathPlcJson.Serialize(report) + "\n", UnitCycleTables.Plan(report, formulas),
            UnitCycleTables.Proficiency(report, roster, formulas), UnitCycleTables.Tiers(report, formulas), UnitCycleTables.Groups(report, formulas),
        ];
        OutputFolder.WriteText(folder, [.. FileNames.Zip(texts, (name, text) => new KeyValuePair<string, string>(name, text))]);
    }
}

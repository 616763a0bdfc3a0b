using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.CycleReports;
using MathPlc.Interop.Json;

namespace MathPlc.Cli.Cycle;

/// <summary>The files <c>mathplc cycle --out DIR</c> writes, all built in memory first and written all or nothing (<see cref="OutputFolder"/>).</summary>
internal static class CycleOutputFolder
{
    /// <summary>The files, in the order they are listed.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["report.md", "report.html", "report.json", "plan.csv", "proficiency.csv", "tiers.csv", "groups.csv"];

    /// <summary>Writes every form of the report into <paramref name="folder"/>.</summary>
    public static void Write(string folder, UnitCycleReport report, Roster roster)
    {
        string[] texts =
        [
            UnitCycleReports.Markdown(report), UnitCycleReports.Html(report), MathPlcJson.Serialize(report) + "\n", UnitCycleTables.Plan(report),
            UnitCycleTables.Proficiency(report, roster), UnitCycleTables.Tiers(report), UnitCycleTables.Groups(report),
        ];
        OutputFolder.WriteText(folder, [.. FileNames.Zip(texts, (name, text) => new KeyValuePair<string, string>(name, text))]);
    }
}

using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.OneRoster;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>A unit cycle's input written as the files <c>mathplc cycle</c> reads: unit.json, scores.csv, roster.csv and a OneRoster folder.</summary>
internal sealed class CycleFiles : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public CycleFiles(UnitCycleInput input)
    {
        CycleUnitJson.WriteFile(Unit, CycleInputs.ToUnitFile(input));
        OutputFile.Write(Scores, stream => ItemScoreCsv.Write(stream, input.ItemScores.Select(s => new ItemScoreLine(s.Student, s.Item, s.Score))));
        OutputFile.Write(Roster, stream => RosterCsv.Write(stream, input.Roster));
        Directory.CreateDirectory(OneRoster);
        OneRosterFolder.Write(OneRoster, CycleInputs.ToOneRoster(input));
        File.Copy(Unit, Path.Combine(OneRoster, "unit.json"));
    }

    public static CycleFiles Sample() => new(SampleTeam.Default.Input);

    public string Unit => _folder.PathOf("unit.json");

    public string Scores => _folder.PathOf("scores.csv");

    public string Roster => _folder.PathOf("roster.csv");

    public string OneRoster => _folder.PathOf("oneroster");

    public string Out => _folder.PathOf("out");

    public string PathOf(string name) => _folder.PathOf(name);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in <paramref name="file"/>.</summary>
    public static void Edit(string file, string old, string replacement)
    {
        string text = File.ReadAllText(file);
        int at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{old} is not in {file}");
        File.WriteAllText(file, text[..at] + replacement + text[(at + old.Length)..]);
    }

    /// <summary>The 1-based line of the first line of <paramref name="file"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => _folder.Dispose();
}

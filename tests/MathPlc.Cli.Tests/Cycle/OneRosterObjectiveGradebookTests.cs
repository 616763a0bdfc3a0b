using System.Globalization;
using MathPlc.CriticalQuestions;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// A SIS gradebook in OneRoster 1.2 (issue 17): one line item per assessment, scores per learning objective in
/// <c>resultLearningObjectiveIds.csv</c> (1EdTech OneRoster 1.2 CSV binding, §"resultLearningObjectiveIds": resultSourcedId,
/// source, learningObjectiveId, score, textScore). Each objective score is a percent of the line item's resultValueMax,
/// put on the scale by the unit's conversion table (the sample team's: 0 % → 1, 50 % → 2, 70 % → 3, 90 % → 4), and is
/// evidence on that target; missing and exempt results give none.
/// </summary>
public sealed class OneRosterObjectiveGradebookTests
{
    private static readonly double[] Percents = [10, 55, 75, 95];
    private static readonly double[] Levels = [1, 2, 3, 4];   // the sample unit's table, read by hand from its unit.json "scoring"

    // The sample team's OneRoster folder with its per-item line items replaced by one assessment scored per objective.
    private static CycleFiles Gradebook(Func<int, string?>? mark = null, double? max = 100, string? extraTarget = null)
    {
        var files = CycleFiles.Sample();
        string folder = files.OneRoster;
        var items = File.ReadAllLines(Path.Combine(folder, "lineItems.csv"));
        string[] itemHeader = items[0].Split(',');
        string[] item = items[1].Split(',');
        item[Array.IndexOf(itemHeader, "sourcedId")] = "cfa";
        item[Array.IndexOf(itemHeader, "title")] = "Unit 1 common assessment";
        item[Array.IndexOf(itemHeader, "resultValueMax")] = max?.ToString(CultureInfo.InvariantCulture) ?? "";
        item[Array.IndexOf(itemHeader, "resultValueMin")] = "0";
        File.WriteAllLines(Path.Combine(folder, "lineItems.csv"), [items[0], string.Join(',', item)]);
        var targets = SampleTeam.Default.Input.Unit.Targets.Select(t => t.Id.Value).ToArray();
        File.WriteAllLines(Path.Combine(folder, "lineItemLearningObjectiveIds.csv"),
            ["sourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId", .. targets.Select((t, i) => $"lio{i},active,,cfa,case,{t}")]);
        string manifest = Path.Combine(folder, "manifest.csv");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("file.resultLearningObjectiveIds,absent", "file.resultLearningObjectiveIds,bulk", StringComparison.Ordinal));

        var results = File.ReadAllLines(Path.Combine(folder, "results.csv"));
        string[] resultHeader = results[0].Split(',');
        int student = Array.IndexOf(resultHeader, "studentSourcedId");
        var students = results.Skip(1).Select(r => r.Split(',')[student]).Distinct().ToArray();
        var rows = new List<string> { results[0] };
        var objectives = new List<string> { "sourcedId,status,dateLastModified,resultSourcedId,source,learningObjectiveId,score,textScore" };
        for (int s = 0; s < students.Length; s++)
        {
            string[] row = results[1].Split(',');
            row[Array.IndexOf(resultHeader, "sourcedId")] = $"r{s}";
            row[Array.IndexOf(resultHeader, "lineItemSourcedId")] = "cfa";
            row[student] = students[s];
            row[Array.IndexOf(resultHeader, "score")] = "";
            if (mark?.Invoke(s) is { } flag) row[Array.IndexOf(resultHeader, flag)] = "true";
            rows.Add(string.Join(',', row));
            for (int t = 0; t < targets.Length; t++)
                objectives.Add(string.Create(CultureInfo.InvariantCulture, $"o{s}-{t},active,,r{s},case,{targets[t]},{Percents[(s + t) % Percents.Length]},"));
            if (extraTarget is not null) objectives.Add($"o{s}-x,active,,r{s},case,{extraTarget},50,");
        }
        File.WriteAllLines(Path.Combine(folder, "results.csv"), rows);
        File.WriteAllLines(Path.Combine(folder, "resultLearningObjectiveIds.csv"), objectives);
        return files;
    }

    private static string Table(CycleFiles files, string name) => File.ReadAllText(Path.Combine(files.PathOf("report"), name));

    [Fact]
    public void Each_objective_score_is_evidence_on_its_target_on_the_units_scale()
    {
        using var files = Gradebook();
        var run = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--out", files.PathOf("report"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = Table(files, "proficiency.csv").TrimEnd('\n').Split('\n');
        string[] header = lines[0].Split(',');
        var targets = SampleTeam.Default.Input.Unit.Targets.Select(t => t.Id.Value).ToList();
        var students = File.ReadAllLines(Path.Combine(files.OneRoster, "results.csv")).Skip(1).Select(r => r.Split(',')).ToArray();
        Assert.Equal(SampleTeam.Default.Input.Roster.Count * targets.Count, lines.Length - 1);
        int scored = 0;
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split(',');
            var result = students.SingleOrDefault(r => r.Contains(f[Array.IndexOf(header, "student_id")]));
            if (result is null)
            {
                Assert.Equal("insufficient_evidence", f[Array.IndexOf(header, "status")]);   // on the roster, no result: no score, not 0
                continue;
            }
            scored++;
            int s = int.Parse(result.First()[1..], CultureInfo.InvariantCulture);
            int t = targets.IndexOf(f[Array.IndexOf(header, "target_id")]);
            Assert.Equal(Levels[(s + t) % Levels.Length], double.Parse(f[Array.IndexOf(header, "score")], CultureInfo.InvariantCulture));
        }
        Assert.Equal(students.Length * targets.Count, scored);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("incomplete")]
    public void A_result_marked_missing_gives_no_evidence_never_a_zero(string flag)
    {
        using var files = Gradebook(mark: s => s == 0 ? flag : null);
        Assert.Equal(0, CliRun.Run("cycle", "--oneroster", files.OneRoster, "--out", files.PathOf("report")).ExitCode);
        var results = File.ReadAllLines(Path.Combine(files.OneRoster, "results.csv"));
        string first = results[1].Split(',')[Array.IndexOf(results[0].Split(','), "studentSourcedId")];
        var rows = Table(files, "proficiency.csv").Split('\n').Where(l => l.StartsWith(first + ",", StringComparison.Ordinal)).ToList();
        Assert.Equal(SampleTeam.Default.Input.Unit.Targets.Length, rows.Count);
        Assert.All(rows, l => Assert.Contains(",insufficient_evidence,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_item_without_resultValueMax_is_bad_data_naming_the_file_and_field()
    {
        using var files = Gradebook(max: null);
        var run = CliRun.Run("cycle", "--oneroster", files.OneRoster);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("lineItems.csv:2: missing-field: resultValueMax", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objective_that_is_not_a_target_of_the_unit_is_bad_data()
    {
        using var files = Gradebook(extraTarget: "7.EE.B.4");
        var run = CliRun.Run("cycle", "--oneroster", files.OneRoster);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("unknown-target: learningObjectiveId \"7.EE.B.4\"", run.Stderr, StringComparison.Ordinal);
    }
}

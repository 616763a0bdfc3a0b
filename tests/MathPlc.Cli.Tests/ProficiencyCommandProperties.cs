using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// <c>mathplc proficiency</c> on random evidence files: every row is accounted for, and the mean and the latest score
/// agree with a naive count written here (group, filter summative, average; order by date then sequence).
/// </summary>
public sealed class ProficiencyCommandProperties : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed record Row(string Student, string Target, int Day, int Sequence, double Score, string Kind)
    {
        public string Csv() => string.Create(CultureInfo.InvariantCulture,
            $"{Student},{Target},{new DateOnly(2026, 9, 1).AddDays(Day):yyyy-MM-dd},{Score},{Sequence},{Kind}");
    }

    // Distinct (day, sequence) per series, so "latest" has one answer whatever the file order.
    private static readonly Gen<Row[]> Files =
        (from student in Gen.Elements("S-1", "S-2", "S-10")
         from target in Gen.Elements("6.RP.A.3", "6.EE.A.1")
         from day in Gen.Choose(0, 60)
         from sequence in Gen.Choose(0, 3)
         from halves in Gen.Choose(0, 8)
         from kind in Gen.Elements("summative", "summative", "", "formative", "behaviour")
         select new Row(student, target, day, sequence, halves / 2.0, kind))
        .ArrayOf()
        .Select(rows => rows.DistinctBy(r => (r.Student, r.Target, r.Day, r.Sequence)).ToArray());

    private string[][] Run(Row[] rows, string method)
    {
        string file = _folder.Write("evidence.csv", "student_id,target_id,assessed_on,score,sequence,kind\n" + string.Join("\n", rows.Select(r => r.Csv())) + "\n");
        var result = CliRun.Run("proficiency", "--in", file, "--method", method);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))];
    }

    private static bool Counts(Row r) => r.Kind is "summative" or "";

    [Fact]
    public void Every_row_is_used_or_excluded_in_exactly_one_series_and_the_mean_is_the_mean() =>
        Prop.ForAll(Files.ToArbitrary(), rows =>
        {
            var output = Run(rows, "mean");
            var series = rows.GroupBy(r => (r.Student, r.Target)).OrderBy(g => g.Key.Student, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal).ToArray();
            Assert.Equal(series.Select(g => (g.Key.Student, g.Key.Target)), output.Select(o => (o[0], o[1])));
            foreach (var (g, o) in series.Zip(output))
            {
                var used = g.Where(Counts).ToArray();
                Assert.Equal(used.Length.ToString(CultureInfo.InvariantCulture), o[6]);
                Assert.Equal((g.Count() - used.Length).ToString(CultureInfo.InvariantCulture), o[7]);
                Assert.Equal(used.Length > 0 ? "scored" : "insufficient_evidence", o[5]);
                if (used.Length > 0) Assert.Equal(used.Average(r => r.Score), double.Parse(o[3], CultureInfo.InvariantCulture), precision: 12);
                else Assert.Equal(("", ""), (o[3], o[4]));
            }
        }).Check(maxTest: 60);

    [Fact]
    public void Latest_is_the_last_summative_score_by_date_then_sequence_whatever_the_file_order() =>
        Prop.ForAll(Files.ToArbitrary(), rows =>
        {
            var output = Run([.. rows.Reverse()], "latest");
            foreach (var o in output.Where(o => o[5] == "scored"))
            {
                var last = rows.Where(r => r.Student == o[0] && r.Target == o[1] && Counts(r)).OrderBy(r => r.Day).ThenBy(r => r.Sequence).Last();
                Assert.Equal(last.Score, double.Parse(o[3], CultureInfo.InvariantCulture));
            }
        }).Check(maxTest: 60);
}

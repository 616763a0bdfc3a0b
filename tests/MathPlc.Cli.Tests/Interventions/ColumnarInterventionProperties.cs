using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Cli.Interventions;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Interventions;

/// <summary>
/// The columnar paths of <c>mathplc tiers</c> and <c>mathplc progress</c> (issue 18; decisions 0120, 0121) against
/// the row readers and the string writers on random files: a file named by its path is read into columns when the
/// plain scan vouches for it, and the same bytes piped to standard input are always read by rows (a pipe cannot be
/// read twice), so the two runs must agree byte for byte — output, exit code and diagnostics (the file's name aside).
/// The files mix plain rows with what sends the scan back to the row reader: spaces to trim, quotes, a byte order
/// mark, CRLF, blank lines, bad values, duplicates, rows of the wrong width, non-ASCII ids.
/// </summary>
public sealed class ColumnarInterventionProperties : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly Gen<string> Odd = Gen.Elements(" S-2 ", "\"S-1\"", "é-1", "", "=S-1", "S 1", "\"a,b\"");

    private static readonly Gen<string> Student = Gen.Frequency((12, Gen.Choose(0, 40).Select(i => $"S-{i}")), (1, Odd));

    private static readonly Gen<string> ProficiencyLine =
        from student in Student
        from target in Gen.Frequency((12, Gen.Elements("6.RP.A.1", "6.RP.A.2", "6.EE.A.1", "7.NS.A.1")), (1, Odd))
        from method in Gen.Elements("mean", "", "decaying average", "\"mean, rounded\"")
        from status in Gen.Frequency((10, Gen.Constant("scored")), (2, Gen.Constant("insufficient_evidence")), (1, Gen.Elements("teacher_judgement", "Scored", "x")))
        from score in Gen.Frequency((10, Gen.Choose(0, 8).Select(h => (h / 2.0).ToString(CultureInfo.InvariantCulture))),
            (2, Gen.Choose(0, 4000).Select(m => (m / 1000.0).ToString(CultureInfo.InvariantCulture))), (1, Gen.Elements("", "x", "1e0", "-0", "NaN", " 3", "2.99999999999")))
        from level in Gen.Elements("Target content", "Beyond", "", " Approaching")
        from used in Gen.Frequency((10, Gen.Elements("2", "0", "")), (1, Gen.Elements("-1", "a", "+3")))
        from shape in Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        let scoreText = status == "scored" ? score : (score.Length > 0 && shape == 0 && used == "a" ? score : "")
        select shape switch
        {
            1 => "",
            2 => $"{student},{target}",
            _ => $"{student},{target},{method},{scoreText},{level},{status},{used},0",
        };

    private static readonly Gen<string> ScreeningLine =
        from student in Student
        from percentile in Gen.Frequency((10, Gen.Choose(0, 1000).Select(p => (p / 10.0).ToString(CultureInfo.InvariantCulture))), (1, Gen.Elements("101", "-1", "x", "")))
        select $"{student},{percentile}";

    private static readonly Gen<string> ProbeLine =
        from student in Gen.Frequency((12, Gen.Choose(0, 6).Select(i => $"S-{i}")), (1, Odd))
        from day in Gen.Frequency((12, Gen.Choose(0, 120).Select(d => new DateTime(2026, 9, 7).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            (1, Gen.Elements("2026-02-30", "2026-9-1", "", "2026-08-01")))
        from score in Gen.Frequency((12, Gen.Choose(0, 120).Select(s => (s / 2.0).ToString(CultureInfo.InvariantCulture))), (1, Gen.Elements("x", "", "NaN", "1e1")))
        select $"{student},{day},{score}";

    /// <summary>Half the files have only plain lines (the columnar path reads them), the rest a hostile line in eight.</summary>
    private static Gen<(bool Bom, bool Crlf, string[] Lines)> FileOf(Gen<string> line, Gen<string> plain) =>
        from bom in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from crlf in Gen.Elements(false, true)
        from hostile in Gen.Elements(0, 1)
        from lines in Gen.Frequency((7, plain), (hostile, line)).ArrayOf()
        select (bom, crlf, lines);

    private static readonly Gen<string> PlainProficiencyLine =
        from student in Gen.Choose(0, 400)
        from target in Gen.Elements("6.RP.A.1", "6.RP.A.2", "6.EE.A.1", "7.NS.A.1")
        from score in Gen.Choose(-2, 8)
        from level in Gen.Elements("Target content", "Beyond", "")
        select score < 0
            ? $"S-{student},{target},mean,,,{(score == -1 ? "insufficient_evidence" : "teacher_judgement")},0,0"
            : $"S-{student},{target},mean,{(score / 2.0).ToString(CultureInfo.InvariantCulture)},{level},scored,2,1";

    private static string Text((bool Bom, bool Crlf, string[] Lines) file, string header)
    {
        string newline = file.Crlf ? "\r\n" : "\n";
        return (file.Bom ? "\uFEFF" : "") + header + newline + string.Join(newline, file.Lines) + newline;
    }

    /// <summary>Runs the command on the file by its path and on the same bytes from standard input; both runs must say the same.</summary>
    private void SameByPathAndByStandardInput(string text, params string[] arguments)
    {
        string path = _folder.Write("input.csv", text);
        var byPath = CliRun.Run([.. arguments, "--in", path]);
        var byRows = CliRun.RunWithPipedInput(Encoding.UTF8.GetBytes(text), [.. arguments, "--in", "-"]);
        Assert.True(byRows.ExitCode == byPath.ExitCode, $"exit {byRows.ExitCode} by rows ({byRows.Stderr}), {byPath.ExitCode} by path ({byPath.Stderr})");
        Assert.Equal(byRows.Stdout, byPath.Stdout);
        Assert.Equal(byRows.Stderr.Replace(InputFile.StandardInputName, path, StringComparison.Ordinal), byPath.Stderr);
    }

    [Fact]
    public void Tiers_read_into_columns_say_what_the_row_reader_says() =>
        Prop.ForAll(FileOf(ProficiencyLine, PlainProficiencyLine).ToArbitrary(),
            FileOf(ScreeningLine, Gen.Choose(0, 400).Select(i => $"S-{i},{(i * 0.25).ToString(CultureInfo.InvariantCulture)}")).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (file, screening, withScreening) =>
        {
            string[] extra = withScreening ? ["--screening", _folder.Write("screening.csv", Text(screening, "student_id,percentile"))] : [];
            SameByPathAndByStandardInput(Text(file, "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded"), ["tiers", .. extra]);
        }).Check(maxTest: 150);

    [Fact]
    public void Progress_read_into_columns_says_what_the_row_reader_says() =>
        Prop.ForAll(FileOf(ProbeLine, Gen.Choose(0, 120).Select(d => $"S-{d % 7},{new DateTime(2026, 9, 7).AddDays(d):yyyy-MM-dd},{d % 40}")).ToArbitrary(),
            Gen.Elements("", ",12,2026-09-01", ",,").ToArbitrary(), (file, baseline) =>
        {
            // Every student S-0 … S-5 has a goal (S-6 has none: no-goal), some with a given baseline (probes before it: before-baseline).
            string goals = "student_id,goal,goal_date,baseline,baseline_date\n" +
                string.Concat(Enumerable.Range(0, 6).Select(i => $"S-{i},40,2027-03-01{(i % 2 == 0 ? baseline : ",,")}\n"));
            SameByPathAndByStandardInput(Text(file, "student_id,measured_on,score"), ["progress", "--goals", _folder.Write("goals.csv", goals)]);
        }).Check(maxTest: 150);

    private static readonly Gen<string> TargetText = Gen.Frequency((6, Gen.Elements("6.RP.A.1", "6.EE.A.1", "7.NS.A.1")),
        (1, Gen.Elements("=HYPERLINK(\"x\")", "a,b", "say \"hi\"", " padded ", "é", "+1", "-", "tab\there", "line\nbreak")));

    /// <summary>The streamed CSV (each reason encoded once, cells joined from pieces) is the string writer's, byte for byte, for awkward target ids and reasons.</summary>
    [Fact]
    public void Tiers_csv_streamed_is_the_string_writers_csv() =>
        Prop.ForAll((from rows in (from student in Gen.Choose(0, 20) from target in TargetText from score in Gen.Choose(-1, 8) select (student, target, score)).ArrayOf()
                     from raw in Gen.Elements(false, true) select (rows, raw)).ToArbitrary(), input =>
        {
            var scores = input.rows.DistinctBy(r => (r.student, r.target))
                .Select(r => new TargetScore(new StudentId($"S-{r.student}"), new TargetId(r.target), r.score < 0 ? null : r.score / 2.0));
            var decisions = Tiering.Decide(scores, TierRules.Default);
            var formulas = input.raw ? CsvFormulas.Raw : CsvFormulas.Neutralise;
            string expected = Utf8Text.Of(stream => CsvTable.Write(stream, TiersTable.Header, decisions.Select(d => (IReadOnlyList<string?>)
                [d.StudentId.Value, TiersTable.TierText(d.Tier), string.Join(";", d.UnmetTargets.Select(t => t.Value)), d.Extension ? "true" : "false", ReasonText.Csv(d.Reasons)]), formulas));
            Assert.Equal(expected, Utf8Text.Of(stream => TiersTable.WriteCsv(stream, TierDecisions.Of(decisions), formulas)));
        }).Check(maxTest: 200);

    [Fact]
    public void The_groups_file_streamed_is_the_string_writers_file() =>
        Prop.ForAll((from rows in (from student in Gen.Choose(0, 30) from target in TargetText from score in Gen.Choose(-1, 8) select (student, target, score)).ArrayOf()
                     from max in Gen.Choose(1, 5) from min in Gen.Choose(1, 5) select (rows, max, min)).ToArbitrary(), input =>
        {
            var scores = input.rows.DistinctBy(r => (r.student, r.target))
                .Select(r => new TargetScore(new StudentId($"S-{r.student}"), new TargetId(r.target), r.score < 0 ? null : r.score / 2.0));
            var size = new GroupSize(Math.Min(input.min, input.max), input.max);
            var groups = Grouping.Form(Tiering.Decide(scores, TierRules.Default), new GroupingRules(tier2: size, extension: size, adults: input.min));
            string byStrings = _folder.PathOf("groups-strings.csv"), streamed = _folder.PathOf("groups-streamed.csv");
            TiersTable.WriteGroups(byStrings, groups);
            TiersTable.WriteGroupsStreamed(streamed, groups);
            Assert.Equal(File.ReadAllBytes(byStrings), File.ReadAllBytes(streamed));
        }).Check(maxTest: 100);

    /// <summary>
    /// Both streamed writers — from the object form's reports, and from the batch form's columns with each student's own
    /// sentences composed into the cell (decision 0155) — write the string writer's bytes on the object form's reports.
    /// </summary>
    [Fact]
    public void Progress_csv_streamed_is_the_string_writers_csv() =>
        Prop.ForAll((from students in (from points in Gen.Choose(0, 14) from start in Gen.Choose(0, 9) from slope in Gen.Choose(-4, 6)
                                       from noise in Gen.Choose(0, 5).ArrayOf(14) from given in Gen.Elements(false, true) select (points, start, slope, noise, given)).ArrayOf()
                     from id in TargetText select (students, id)).ToArbitrary(), input =>
        {
            var start = new NodaTime.LocalDate(2026, 9, 7);
            var series = input.students.Select(s => Enumerable.Range(1, s.points).Select(w => new Probe(start.PlusWeeks(w), s.start + s.slope * w / 2.0 + s.noise[w - 1])).ToArray()).ToArray();
            var goals = input.students.Select(s => s.given ? new ProgressGoal(40, new NodaTime.LocalDate(2027, 3, 1), 10, start) : new ProgressGoal(40, new NodaTime.LocalDate(2027, 3, 1))).ToArray();
            var ids = input.students.Select((_, i) => new StudentId($"{input.id}-{i}")).ToArray();
            bool?[] dual = [.. input.students.Select((_, i) => i % 3 == 0 ? (bool?)null : i % 3 == 1)];
            var rows = series.Select((probes, i) =>
            {
                var report = ProgressMonitoring.Decide(probes, goals[i]);
                return new ProgressTable.ProgressRow(ids[i], report, report.MissesGoal, dual[i], []);
            }).ToImmutableArray();
            string expected = ProgressTable.Write(rows, OutputFormat.Csv);
            Assert.Equal(expected, Utf8Text.Of(stream => ProgressTable.WriteCsv(stream, rows, CsvFormulas.Neutralise)));
            var starts = new int[series.Length + 1];
            for (int i = 0; i < series.Length; i++) starts[i + 1] = starts[i] + series[i].Length;
            var batch = ProgressMonitoring.DecideAll(series.SelectMany(p => p).ToArray(), starts, goals);
            Assert.Equal(expected, Utf8Text.Of(stream => ProgressTable.WriteCsv(stream, ids, batch, dual, CsvFormulas.Neutralise)));
        }).Check(maxTest: 150);
}

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Cli.Grading;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// The fast path of <c>mathplc proficiency</c> (issue 18) against the object path on random files: the same CSV byte
/// for byte, or the same diagnostics in the same order. The files mix what the fast scan reads itself (plain ASCII
/// rows) with what sends it back to the general reader (spaces, quotes, a byte order mark, CRLF, blank lines, bad
/// and off-scale values, extra columns, rows of the wrong width).
/// </summary>
public sealed class StreamingProficiencyProperties : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly Gen<string> Score = Gen.OneOf(
        Gen.Choose(0, 8).Select(h => (h / 2.0).ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(0, 4000).Select(m => (m / 1000.0).ToString(CultureInfo.InvariantCulture)),
        Gen.Elements("-0", "4.0", "1e0", "5", "x", "", " 2.5", "NaN"));

    private static readonly Gen<string> Field = Gen.Elements("S-1", "S-2", "S-10", "s-1", " S-2 ", "\"S-1\"", "6.RP.A.3", "6.EE.A.1", "é-1", "");

    private static readonly Gen<string> Line =
        from student in Gen.Frequency((8, Gen.Elements("S-1", "S-2", "S-10", "S-3")), (1, Field))
        from target in Gen.Frequency((8, Gen.Elements("6.RP.A.3", "6.EE.A.1")), (1, Field))
        from day in Gen.Frequency((8, Gen.Choose(1, 28).Select(d => string.Create(CultureInfo.InvariantCulture, $"2026-09-{d:D2}"))),
            (1, Gen.Elements("2026-02-30", "2026-9-1", "", "2026-09-01 ")))
        from score in Score
        from sequence in Gen.Frequency((8, Gen.Elements("", "0", "1", "2")), (1, Gen.Elements("-1", "a")))
        from kind in Gen.Frequency((8, Gen.Elements("", "summative", "Formative", "behaviour")), (1, Gen.Elements("quiz")))
        from shape in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select shape switch
        {
            1 => "",                                                     // a blank line
            2 => $"{student},{target}",                                  // too few fields
            _ => $"{student},{target},{day},{score},{sequence},{kind}",
        };

    private static readonly Gen<(bool Bom, bool Crlf, bool Extra, string[] Lines)> Files =
        from bom in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from crlf in Gen.Elements(false, true)
        from extra in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lines in Gen.Frequency((3, Gen.Elements("S-1,6.RP.A.3,2026-09-01,3,,", "S-2,6.EE.A.1,2026-09-02,2.5,1,formative")), (1, Line)).ArrayOf()
        select (bom, crlf, extra, lines);

    private static readonly (string Name, ProficiencyOptions Options)[] Settings =
    [
        ("mean", new(new Mean(), ProficiencyScale.Marzano)),
        ("median, rounded", new(new Median(), ProficiencyScale.Marzano, new ScoreRounding(1, RoundingMode.ToEven))),
        ("decaying average", new(DecayingAverage.FromPercent(65), ProficiencyScale.Marzano, ScoreRounding.Canvas)),
        ("mode, most recent", new(new Mode(ModeTieRule.MostRecent), ProficiencyScale.Marzano)),
        ("power law, at least 2", new(new PowerLaw(clampMinimum: 0, clampMaximum: 4), ProficiencyScale.Marzano, null, new GradingPolicy { MinimumEvidence = 2 })),
        ("n-mastery", new(new NMastery(2, 3), ProficiencyScale.Marzano)),
        ("best fit", new(new BestFit(), ProficiencyScale.Marzano)),
    ];

    private static (string? Csv, ImmutableArray<DataDiagnostic> Diagnostics) Slow(string path, ProficiencyOptions options)
    {
        try
        {
            return (ProficiencyTable.Write(Proficiency.ScoreAll(EvidenceFile.Read(path, new EvidenceCsvChecks(options.Scale)), options), OutputFormat.Csv), []);
        }
        catch (DataFileException e)
        {
            return (null, e.Diagnostics);
        }
    }

    private static (string? Csv, ImmutableArray<DataDiagnostic> Diagnostics) Fast(string path, ProficiencyOptions options, SpillPlan? plan = null)
    {
        try
        {
            string? csv = StreamingProficiency.CsvOf(path, options, plan);
            Assert.NotNull(csv);
            return (csv, []);
        }
        catch (DataFileException e)
        {
            return (null, e.Diagnostics);
        }
    }

    private static IEnumerable<(string, string, string, int?, int?, string?, string?)> Described(ImmutableArray<DataDiagnostic> problems) =>
        problems.Select(d => (d.Code, d.Message, d.File, d.Line, d.Column, d.Field, d.Value));

    [Fact]
    public void The_fast_path_writes_what_the_object_path_writes_byte_for_byte_or_reports_the_same_problems() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(0, Settings.Length - 1).ToArbitrary(), (file, setting) =>
        {
            string newline = file.Crlf ? "\r\n" : "\n";
            string header = "student_id,target_id,assessed_on,score,sequence,kind" + (file.Extra ? ",note" : "");
            var lines = file.Extra ? file.Lines.Select(l => l.Length == 0 ? l : l + ",x") : file.Lines;
            string text = (file.Bom ? "\uFEFF" : "") + header + newline + string.Join(newline, lines) + newline;
            string path = _folder.Write("evidence.csv", text);
            var options = Settings[setting].Options;
            Assert.True(StreamingProficiency.Supports(options, OutputFormat.Csv, path));

            var (slow, slowProblems) = Slow(path, options);
            var (fast, fastProblems) = Fast(path, options);
            Assert.Equal(slow, fast);
            Assert.Equal(Described(slowProblems), Described(fastProblems));
        }).Check(maxTest: 300);

    /// <summary>Spilling (rows in temporary files by student, scored a partition at a time, merged in student order) changes nothing: same bytes, same diagnostics.</summary>
    [Fact]
    public void Spilling_to_temporary_files_writes_what_the_in_memory_path_writes() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(0, Settings.Length - 1).ToArbitrary(),
            (from inMemory in Gen.Choose(0, 12) from partitions in Gen.Choose(2, 9) select new SpillPlan(inMemory, partitions)).ToArbitrary(),
            (file, setting, plan) =>
        {
            string newline = file.Crlf ? "\r\n" : "\n";
            string text = (file.Bom ? "\uFEFF" : "") + "student_id,target_id,assessed_on,score,sequence,kind" + newline + string.Join(newline, file.Lines) + newline;
            string path = _folder.Write("spilled.csv", text);
            var options = Settings[setting].Options;
            var (memory, memoryProblems) = Fast(path, options);
            var (spilled, spilledProblems) = Fast(path, options, plan);
            Assert.Equal(memory, spilled);
            Assert.Equal(Described(memoryProblems), Described(spilledProblems));
            Assert.Equal(Slow(path, options).Csv, spilled);
        }).Check(maxTest: 200);

    [Fact]
    public void A_large_file_read_by_two_readers_and_spilled_into_many_partitions_still_matches()
    {
        var text = new StringBuilder("student_id,target_id,assessed_on,score,kind\n");
        var random = new Random(1801);
        for (int i = 0; i < 400_000; i++)   // about 14 MB: more than one reader's stretch (8 MB), so two readers on a 2-core machine
            text.Append(CultureInfo.InvariantCulture, $"S-{random.Next(20_000)},T{random.Next(6)},2026-{random.Next(9, 13):D2}-{random.Next(1, 29):D2},{random.Next(9) / 2.0},{(random.Next(10) == 0 ? "formative" : "")}\n");
        string path = _folder.Write("large-spilled.csv", text.ToString());
        var options = Settings[0].Options;
        string? slow = Slow(path, options).Csv;
        Assert.Equal(slow, Fast(path, options).Csv);
        Assert.Equal(slow, Fast(path, options, new SpillPlan(0, 7)).Csv);
        Assert.Equal(slow, Fast(path, options, new SpillPlan(100_000, 3)).Csv);   // starts in memory, spills part way
    }

    [Fact]
    public void A_large_plain_file_crosses_the_scan_buffer_and_still_matches()
    {
        var text = new StringBuilder("student_id,target_id,assessed_on,score\n");
        var random = new Random(18);
        for (int i = 0; i < 120_000; i++)   // about 3.5 MB: several 1 MB buffers, lines cut at their edges
            text.Append(CultureInfo.InvariantCulture, $"S-{random.Next(3000)},T{random.Next(7)},2026-09-{random.Next(1, 29):D2},{random.Next(9) / 2.0}\n");
        string path = _folder.Write("large.csv", text.ToString().TrimEnd('\n'));   // and no line break after the last row
        foreach (var (_, options) in Settings) Assert.Equal(Slow(path, options).Csv, Fast(path, options).Csv);
    }

    [Fact]
    public void A_file_with_weight_or_source_columns_goes_the_object_path()
    {
        string weighted = _folder.Write("weighted.csv", "student_id,target_id,assessed_on,score,weight\nS-1,T,2026-09-01,3,2\n");
        string sourced = _folder.Write("sourced.csv", "student_id,target_id,assessed_on,score,source\nS-1,T,2026-09-01,3,quiz\n");
        Assert.Null(StreamingProficiency.CsvOf(weighted, Settings[0].Options));
        Assert.Null(StreamingProficiency.CsvOf(sourced, Settings[0].Options));
    }

    [Fact]
    public void Only_the_whitelisted_settings_take_the_fast_path()
    {
        var mean = Settings[0].Options;
        Assert.True(StreamingProficiency.Supports(mean, OutputFormat.Csv, "evidence.csv"));
        Assert.False(StreamingProficiency.Supports(mean, OutputFormat.Json, "evidence.csv"));
        Assert.False(StreamingProficiency.Supports(mean, OutputFormat.Csv, "-"));
        Assert.False(StreamingProficiency.Supports(mean with { Policy = new GradingPolicy { IncludeFormative = true } }, OutputFormat.Csv, "evidence.csv"));
        Assert.False(StreamingProficiency.Supports(mean with { Policy = new GradingPolicy { ScoreFloor = 50 } }, OutputFormat.Csv, "evidence.csv"));
    }
}

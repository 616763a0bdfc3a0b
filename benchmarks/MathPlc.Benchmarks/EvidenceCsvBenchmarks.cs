using System.Globalization;
using BenchmarkDotNet.Attributes;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using NodaTime.Text;

namespace MathPlc.Benchmarks;

/// <summary>
/// Reading a state-scale evidence CSV (100,000 or 1,000,000 rows, about 50,000 students, 40 targets, one school
/// year) from memory, so the disk is not measured. The baseline is what a first version would write: read lines,
/// split on commas, parse each field with the framework's parsers. MathPlc reads RFC 4180 straight from UTF-8 bytes,
/// shares repeated ids, and reports every bad row instead of stopping at the first.
/// </summary>
[MemoryDiagnoser]
public class EvidenceCsvBenchmarks
{
    private byte[] _file = [];

    /// <summary>Data rows in the file, after the header.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; } = 100_000;

    [GlobalSetup]
    public void Setup()
    {
        _file = EvidenceFiles.Generate(Rows);
        var baseline = SplitLines();
        var result = MathPlc();
        if (result.HasErrors || baseline.Count != Rows || result.Value.Length != baseline.Count
            || result.Value[0] != baseline[0] || result.Value[^1] != baseline[^1])
            throw new InvalidOperationException("The baseline and MathPlc disagree.");
    }

    /// <summary>
    /// <see cref="StreamReader.ReadLine"/>, <see cref="string.Split(char, StringSplitOptions)"/> and a parse per
    /// field. No quoting support (a quoted comma or line break misreads the row), the columns in a fixed order, no
    /// trimming, and the first bad row throws.
    /// </summary>
    [Benchmark(Baseline = true)]
    public List<Evidence> SplitLines()
    {
        var evidence = new List<Evidence>();
        using var reader = new StreamReader(new MemoryStream(_file, writable: false));
        reader.ReadLine();                                                   // the header
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            evidence.Add(new Evidence(
                new StudentId(fields[0]),
                new TargetId(fields[1]),
                LocalDatePattern.Iso.Parse(fields[2]).Value,
                double.Parse(fields[3], CultureInfo.InvariantCulture),
                fields[4].Length == 0 ? 0 : int.Parse(fields[4], CultureInfo.InvariantCulture),
                fields[5].Length == 0 ? EvidenceKind.Summative : Enum.Parse<EvidenceKind>(fields[5], ignoreCase: true)));
        }
        return evidence;
    }

    /// <summary>MathPlc: <see cref="EvidenceCsv.Read"/>, RFC 4180, a diagnostic for every bad row.</summary>
    [Benchmark]
    public CsvReadResult<Evidence> MathPlc() => EvidenceCsv.Read(new MemoryStream(_file, writable: false), "evidence.csv");
}

using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads a screening file (<see cref="ScreeningCsv"/>'s columns) by the shared plain scan (<see cref="PlainCsvScan"/>)
/// for <c>mathplc tiers</c> on district files (issue 18; decision 0120): the same results as the row reader, in the
/// file's order, without its per-field work.
/// </summary>
/// <remarks>
/// It vouches only for files it reads to the end with no doubt — plain ASCII lines, every percentile a finite number
/// from 0 to 100, no student twice — and returns null for any other, which the caller then reads with
/// <see cref="ScreeningCsv.Read(Stream, string)"/>, so every diagnostic is that reader's.
/// </remarks>
public static class ColumnarScreeningCsv
{
    private const int Student = 0, Percentile = 1;

    /// <summary>Reads the file's results, or returns null when the plain scan does not vouch for it.</summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <returns>The results in the file's order, or null: read the file with <see cref="ScreeningCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ImmutableArray<ScreeningScore>? TryRead(Stream stream)
    {
        Guard.Against.Null(stream);
        if (PlainCsvScan.ReadAll(stream, ScreeningCsv.Columns, positions => new Lines(positions)) is not { } readers) return null;
        var seen = new IdTable();
        var results = ImmutableArray.CreateBuilder<ScreeningScore>(readers.Sum(r => r.Results.Count));
        foreach (var reader in readers)
            foreach (var (student, percentile) in reader.Results)
            {
                int before = seen.Count;
                seen.Index(student);
                if (seen.Count == before) return null;   // a student's second result: the row reader names the line
                results.Add(new ScreeningScore(new StudentId(Encoding.ASCII.GetString(student)), percentile));
            }
        return results.MoveToImmutable();
    }

    /// <summary>One stretch's lines.</summary>
    private sealed class Lines(ImmutableArray<int> positions) : PlainCsvScan.LineReader
    {
        public List<(byte[] Student, double Percentile)> Results { get; } = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var student = line[fields[positions[Student]]];
            if (student.IsEmpty || student.Length > 256) return false;
            if (!PlainCsvScan.TryParseNumber(line[fields[positions[Percentile]]], out double percentile) || !(percentile is >= 0 and <= 100)) return false;
            Results.Add((student.ToArray(), percentile));
            return true;
        }
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interop.UnitCycle;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// Issue 18: <c>tiers.csv</c>'s reasons cell joined from each distinct reason's piece, encoded once per team, is the cell
/// composed as one text and written by <see cref="CsvRowWriter.WriteText(ReadOnlySpan{char})"/> (the old form, the
/// oracle) — for reasons shared by several rows or by several responses, and reasons that quote, neutralise, hold line
/// breaks, controls, non-ASCII text or commas.
/// </summary>
public sealed class TiersReasonsCellTests
{
    private static readonly char[] Alphabet = ['a', 'Z', '0', '.', ',', '"', ' ', '\t', '\r', '\n', '=', '-', '@', ';', ':', 'é', '—', '\u2028', '\u0085', '\u0001', '\ud83d', '\ude00'];

    private static readonly Gen<string> Messages =
        from length in Gen.Choose(1, 14)
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length)
        let text = new string(chars).Trim()
        select text.Length == 0 ? "x" : text;

    private static readonly Gen<(int Reason, ResponseKind Kind)> Picks =
        from reason in Gen.Choose(0, 2)
        from kind in Gen.Elements(Enum.GetValues<ResponseKind>())
        select (reason, kind);

    private static readonly Gen<(string[] Messages, (int Reason, ResponseKind Kind)[] Rows)> Students =
        from messages in Gen.ArrayOf(Messages, 3)
        from count in Gen.Choose(1, 6)
        from rows in Gen.ArrayOf(Picks, count)
        select (messages, rows);

    [Fact]
    public void The_cell_joined_from_pieces_is_the_cell_composed_and_written_whole() =>
        Prop.ForAll(Gen.ArrayOf(Students, 3).ToArbitrary(), Gen.Elements(CsvFormulas.Neutralise, CsvFormulas.Raw).ToArbitrary(), (students, formulas) =>
        {
            var rows = new UnitCycleTables.TableRows(UnitCycleTable.Tiers, null);
            using var joined = new MemoryStream();
            using var whole = new MemoryStream();
            using (var a = new CsvRowWriter(joined, formulas))
            using (var b = new CsvRowWriter(whole, formulas))
            {
                foreach (var (messages, picks) in students)   // one team: the same reasons on several students' rows
                {
                    var reasons = messages.Select(m => new Reason("why", m)).ToArray();
                    var responses = picks.Select(p => Row(reasons[p.Reason], p.Kind)).ToArray();
                    rows.WriteReasons(a, responses);
                    b.WriteText(rows.ReasonsCell(responses));
                    a.EndRow();
                    b.EndRow();
                }
            }
            Assert.Equal(whole.ToArray(), joined.ToArray());
        }).Check(maxTest: 1000);

    [Fact] // a cell longer than the direct limit is written whole by the general writer, as before
    public void A_very_long_cell_is_written_whole()
    {
        var reason = new Reason("why", string.Concat(Enumerable.Repeat("a, b — c ", 300)).Trim());
        var responses = Enumerable.Range(0, 8).Select(_ => Row(reason, ResponseKind.WholeClass)).ToArray();
        var rows = new UnitCycleTables.TableRows(UnitCycleTable.Tiers, null);
        using var joined = new MemoryStream();
        using (var csv = new CsvRowWriter(joined)) rows.WriteReasons(csv, responses);
        Assert.Equal(CsvRowWriter.Encode(rows.ReasonsCell(responses).ToString()), joined.ToArray());
    }

    private static StudentResponse Row(Reason reason, ResponseKind kind) =>
        new(new StudentId("s1"), new SectionId("c1"), new TeacherId("t1"), new TargetId("a"), "A.1", TargetStatus.NotYet, 2, kind, null, null, null, null, reason);
}

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using NodaTime.Text;

namespace MathPlc.Tests.Csv;

public class EvidenceCsvPropertyTests
{
    [Fact]
    public void Writing_then_reading_gives_back_the_same_evidence() =>
        Prop.ForAll(EvidenceGenerators.EvidenceLists, evidence =>
        {
            var result = CsvText.Read(CsvText.Write(evidence));
            Assert.Equal<Evidence>(evidence, result.GetValueOrThrow());
        }).Check();

    [Fact]
    public void Reading_and_writing_do_not_depend_on_the_computers_language() =>
        Prop.ForAll(EvidenceGenerators.EvidenceLists, evidence =>
        {
            byte[] invariantBytes = CsvText.WriteBytes(evidence);
            var invariantRead = CsvText.Read(Encoding.UTF8.GetString(invariantBytes));
            var (germanBytes, germanRead) = InCulture("de-DE", () =>
            {
                byte[] bytes = CsvText.WriteBytes(evidence);
                return (bytes, CsvText.Read(Encoding.UTF8.GetString(bytes)));
            });
            Assert.Equal(invariantBytes, germanBytes);
            Assert.Equal(invariantRead, germanRead);
        }).Check(maxTest: 100);

    [Fact]
    public void A_german_computer_reads_a_point_as_the_decimal_separator()
    {
        var result = InCulture("de-DE", () => CsvText.Read("student_id,target_id,assessed_on,score,weight\nS-1,6.RP.A.3,2026-09-14,2.5,0.25\n"));

        var evidence = Assert.Single(result.GetValueOrThrow());
        Assert.Equal((2.5, 0.25), (evidence.Score, evidence.Weight!.Value));
    }

    /// <summary>A field value that the reader must refuse, for the column at that index, or a change to the row's width.</summary>
    private static readonly (int Column, string Value)[] Corruptions =
    [
        (0, ""), (0, "  "), (1, ""), (2, "2026-02-30"), (2, "14.09.2026"), (2, ""), (3, "abc"), (3, "NaN"), (3, "3,5"), (3, ""),
        (4, "-1"), (4, "2.5"), (5, "quiz"), (6, "-3"), (6, "Infinity"), (-1, "drop a field"), (-2, "add a field"),
    ];

    private static readonly Gen<(Evidence Evidence, int Corruption)> CorruptibleRows =
        from evidence in EvidenceGenerators.Evidence
        from corruption in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, Corruptions.Length - 1)))
        select (evidence, corruption);

    [Fact]
    public void No_row_is_dropped_every_corrupted_row_is_reported_and_the_others_read_as_written() =>
        Prop.ForAll(CorruptibleRows.ArrayOf().ToArbitrary(), rows =>
        {
            var text = new StringBuilder("student_id,target_id,assessed_on,score,sequence,kind,weight,source\r\n");
            foreach (var (evidence, corruption) in rows) text.Append(Line(Fields(evidence), corruption)).Append("\r\n");

            var result = CsvText.Read(text.ToString());

            Assert.Empty(result.FileDiagnostics);
            Assert.Equal(rows.Length, result.Rows.Length);
            Assert.Equal(rows.Length, result.Value.Length + result.Rows.Count(r => !r.IsValid));
            Assert.Equal(
                rows.Select((row, index) => (row, index)).Where(x => x.row.Corruption >= 0).Select(x => x.index),
                result.Rows.Select((row, index) => (row, index)).Where(x => !x.row.IsValid).Select(x => x.index));
            Assert.Equal<Evidence>(rows.Where(r => r.Corruption < 0).Select(r => r.Evidence), result.Value);
            Assert.All(result.Rows.Zip(result.Rows.Skip(1)), pair => Assert.True(pair.First.Line < pair.Second.Line));
        }).Check();

    /// <summary>The fields of a row, formatted independently of the writer under test.</summary>
    private static string[] Fields(Evidence e) =>
    [
        e.StudentId.Value, e.TargetId.Value, LocalDatePattern.Iso.Format(e.AssessedOn),
        e.Score.ToString("R", CultureInfo.InvariantCulture), e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.Kind.ToString().ToLowerInvariant(), e.Weight?.ToString("R", CultureInfo.InvariantCulture) ?? "", e.Source ?? "",
    ];

    /// <summary>A CSV line with every field quoted (valid RFC 4180, unlike the writer's minimal quoting), corrupted as asked.</summary>
    private static string Line(string[] fields, int corruption)
    {
        if (corruption >= 0)
        {
            var (column, value) = Corruptions[corruption];
            fields = column switch
            {
                -1 => fields[..^1],
                -2 => [.. fields, "extra"],
                _ => fields.Select((field, index) => index == column ? value : field).ToArray(),
            };
        }
        return string.Join(",", fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator); // else the test proves nothing
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

using System.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>Reading evidence against a scale: a finite score off the scale is <c>off-scale</c> at its line and column.</summary>
public sealed class EvidenceCsvScaleTests : IDisposable
{
    private const string Header = "student_id,target_id,assessed_on,score\n";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CsvReadResult<Evidence> Read(string text, ProficiencyScale scale) =>
        EvidenceCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), CsvText.FileName, scale);

    [Theory]
    [InlineData("4.5")]
    [InlineData("-0.5")]
    [InlineData("40")]
    public void A_score_off_a_0_to_4_scale_is_reported_at_its_place(string score)
    {
        var result = Read(Header + "S-1,6.RP.A.3,2026-09-14,3\nS-2,6.RP.A.3,2026-09-14," + score + "\n", ProficiencyScale.Marzano);

        Assert.Single(result.Value);
        var d = Assert.Single(result.Problems);
        Assert.Equal(("off-scale", CsvText.FileName, 3, 4, "score", score), (d.Code, d.File, d.Line, d.Column, d.Field, d.Value));
        Assert.Equal("The score is not on the scale Marzano 0–4, which runs from 0 to 4.", d.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("2.75")] // between steps: a step constrains recording, not reading
    public void Scores_on_the_scale_including_its_ends_are_read(string score) =>
        Assert.False(Read(Header + "S-1,6.RP.A.3,2026-09-14," + score + "\n", ProficiencyScale.Marzano).HasErrors);

    [Fact]
    public void The_scale_decides_a_zero_is_off_a_one_to_four_scale()
    {
        var d = Assert.Single(Read(Header + "S-1,6.RP.A.3,2026-09-14,0\n", ProficiencyScale.FourLevel).Problems);
        Assert.Equal(("off-scale", 2, 4), (d.Code, d.Line, d.Column));
        Assert.Contains("Four-level 1–4, which runs from 1 to 4", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_that_is_not_a_number_is_not_also_reported_off_the_scale() =>
        Assert.Equal("not-a-number", Assert.Single(Read(Header + "S-1,6.RP.A.3,2026-09-14,five\n", ProficiencyScale.Marzano).Problems).Code);

    [Fact]
    public void Every_bad_field_of_a_row_is_reported_with_the_off_scale_score() =>
        Assert.Equal(["bad-date", "off-scale"], Read(Header + "S-1,6.RP.A.3,2026-02-30,9\n", ProficiencyScale.Marzano).Problems.Select(d => d.Code));

    [Fact]
    public void Without_a_scale_any_finite_score_is_read() =>
        Assert.False(CsvText.Read(Header + "S-1,6.RP.A.3,2026-09-14,40\n").HasErrors);

    [Fact]
    public void The_file_reader_names_the_file_as_given()
    {
        string path = _folder.Write("evidence.csv", Header + "S-1,6.RP.A.3,2026-09-14,5\n");
        var d = Assert.Single(EvidenceCsv.ReadFile(path, ProficiencyScale.Marzano).Problems);
        Assert.StartsWith(path + ":2:4: off-scale: score \"5\": ", d.ToString(), StringComparison.Ordinal);
    }

    [Fact] public void Read_needs_a_scale() => Assert.Throws<ArgumentNullException>("scale", () => EvidenceCsv.Read(new MemoryStream(), "e.csv", (ProficiencyScale)null!));
    [Fact] public void Read_needs_checks() => Assert.Throws<ArgumentNullException>("checks", () => EvidenceCsv.Read(new MemoryStream(), "e.csv", (EvidenceCsvChecks)null!));
    [Fact] public void Read_needs_a_stream() => Assert.Throws<ArgumentNullException>("stream", () => EvidenceCsv.Read(null!, "e.csv", ProficiencyScale.Marzano));
    [Fact] public void Read_needs_a_file_name() => Assert.Throws<ArgumentNullException>("fileName", () => EvidenceCsv.Read(new MemoryStream(), null!, ProficiencyScale.Marzano));
    [Fact] public void ReadFile_needs_a_scale() => Assert.Throws<ArgumentNullException>("scale", () => EvidenceCsv.ReadFile("e.csv", (ProficiencyScale)null!));
    [Fact] public void ReadFile_needs_checks() => Assert.Throws<ArgumentNullException>("checks", () => EvidenceCsv.ReadFile("e.csv", (EvidenceCsvChecks)null!));
    [Fact] public void ReadFile_needs_a_path() => Assert.Throws<ArgumentException>("path", () => EvidenceCsv.ReadFile(" ", ProficiencyScale.Marzano));
}

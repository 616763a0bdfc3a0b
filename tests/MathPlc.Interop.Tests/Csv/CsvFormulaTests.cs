using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>Issue 14, cause 6: formula cells are neutralised in the one shared CSV writer (OWASP CSV injection); numbers never.</summary>
public class CsvFormulaTests
{
    private static string Write(string cell, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        using var stream = new MemoryStream();
        CsvTable.Write(stream, ["v"], [[cell]], formulas);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "v\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n")]
    [InlineData("+1+1", "v\r\n'+1+1\r\n")]
    [InlineData("-2+3", "v\r\n'-2+3\r\n")]
    [InlineData("@SUM(A1)", "v\r\n'@SUM(A1)\r\n")]
    [InlineData("\tx", "v\r\n'\tx\r\n")]
    [InlineData("\rx", "v\r\n\"'\rx\"\r\n")]
    public void A_formula_cell_gets_a_leading_quote(string cell, string csv) => Assert.Equal(csv, Write(cell));

    [Theory]
    [InlineData("-2.5")]
    [InlineData("+3")]
    [InlineData("-1E-05")]
    [InlineData("-0")]
    [InlineData("S-1")]
    [InlineData("a=b")]
    public void Numbers_and_other_text_are_never_touched(string cell) => Assert.Equal($"v\r\n{cell}\r\n", Write(cell));

    [Fact]
    public void Raw_writes_every_cell_as_it_is() => Assert.Equal("v\r\n=1+1\r\n", Write("=1+1", CsvFormulas.Raw));

    [Fact]
    public void No_written_cell_is_a_live_formula() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            string cell = CsvFormulaCell.Neutralise(text.Get);
            bool number = double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) && double.IsFinite(v);
            Assert.True(cell.Length == 0 || !CsvFormulaCell.Triggers.Contains(cell[0], StringComparison.Ordinal) || number);
            Assert.Equal(text.Get, cell.StartsWith('\'') && cell.Length > text.Get.Length ? cell[1..] : cell);
        }).Check();
}

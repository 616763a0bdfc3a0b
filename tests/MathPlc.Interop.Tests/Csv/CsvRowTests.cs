using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

public class CsvRowTests
{
    private static readonly DataDiagnostic Problem = new("bad-date", "No such date.", "e.csv", 2, 3, "assessed_on", "2026-02-30");

    [Fact]
    public void A_read_row_has_its_value_and_no_diagnostics()
    {
        var row = new CsvRow<string>(2, "value");

        Assert.True(row.IsValid);
        Assert.Equal("value", row.Value);
        Assert.Empty(row.Diagnostics);
    }

    [Fact]
    public void A_row_that_could_not_be_read_has_its_diagnostics_and_no_value()
    {
        var row = new CsvRow<string>(2, [Problem]);

        Assert.False(row.IsValid);
        Assert.Null(row.Value);
        Assert.Equal<DataDiagnostic>([Problem], row.Diagnostics);
    }

    [Fact]
    public void Rows_compare_by_content() =>
        Assert.Equal(new CsvRow<string>(2, [Problem]), new CsvRow<string>(2, [Problem with { }]));

    [Fact]
    public void The_default_row_has_empty_diagnostics_not_a_default_array() => Assert.Empty(default(CsvRow<string>).Diagnostics);

    [Fact]
    public void A_line_before_1_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("line", () => new CsvRow<string>(0, "value"));
        Assert.Throws<ArgumentOutOfRangeException>("line", () => new CsvRow<string>(0, [Problem]));
    }

    [Fact]
    public void A_null_value_is_refused() => Assert.Throws<ArgumentNullException>("value", () => new CsvRow<string>(2, (string)null!));

    [Fact]
    public void A_row_without_a_value_needs_a_diagnostic()
    {
        Assert.Throws<ArgumentException>("diagnostics", () => new CsvRow<string>(2, ImmutableArray<DataDiagnostic>.Empty));
        Assert.Throws<ArgumentException>("diagnostics", () => new CsvRow<string>(2, [null!]));
    }

    [Fact]
    public void A_read_result_needs_a_file_name() =>
        Assert.Throws<ArgumentNullException>("file", () => new CsvReadResult<string>(null!, [], []));
}

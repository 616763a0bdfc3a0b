using System.Text;
using MathPlc.Interop.Csv;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Tests.Teams;

/// <summary>Reading run-chart series CSV.</summary>
public class RunChartSeriesCsvTests
{
    private static CsvReadResult<RunChartSeriesRow> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return RunChartSeriesCsv.Read(stream, "series.csv");
    }

    [Fact]
    public void Rows_read_and_group_by_measure_in_order_of_first_appearance()
    {
        var result = Read("Value,Measure,date,note\n52,proficient,2026-09-07,x\n3,absences,2026-09-07,\n55,proficient,2026-09-14,\n");
        Assert.False(result.HasErrors);
        var grouped = RunChartSeriesCsv.ByMeasure(result.Value);
        Assert.Equal(["proficient", "absences"], grouped.Select(g => g.Measure).ToArray());
        Assert.Equal([new RunChartPoint(new LocalDate(2026, 9, 7), 52), new RunChartPoint(new LocalDate(2026, 9, 14), 55)], grouped[0].Points.ToArray());
    }

    [Fact]
    public void Every_bad_row_is_reported_with_line_and_column()
    {
        var result = Read("measure,date,value\nproficient,2026-09-07,52\n,2026-09-14,x\nproficient,2026-13-01,50\n");
        Assert.Single(result.Value);
        Assert.Equal([("empty-id", 3, 1), ("not-a-number", 3, 3), ("bad-date", 4, 2)],
            result.Problems.Select(d => (d.Code, d.Line!.Value, d.Column!.Value)).ToArray());
    }

    [Fact]
    public void A_missing_column_is_reported() =>
        Assert.Equal("missing-column", Assert.Single(Read("measure,date\nx,2026-09-07\n").Problems).Code);
}

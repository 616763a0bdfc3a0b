using System.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

public class CsvTableTests
{
    private static string Write(IReadOnlyList<string> header, params IReadOnlyList<string?>[] rows)
    {
        using var stream = new MemoryStream();
        CsvTable.Write(stream, header, rows);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_table_is_written_with_quotes_only_where_a_reader_needs_them()
    {
        string text = Write(["student_id", "status", "reasons"],
            ["S-1", "scored", "plain"],
            ["Smith, Ana", "say \"hi\"", "two\nlines"],
            [" padded", null, ""]);

        Assert.Equal(
            "student_id,status,reasons\r\n" +
            "S-1,scored,plain\r\n" +
            "\"Smith, Ana\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n" +
            "\" padded\",,\r\n",
            text);
    }

    [Fact]
    public void A_table_without_rows_is_its_header() => Assert.Equal("statistic,value\r\n", Write(["statistic", "value"]));

    [Fact]
    public void A_row_of_another_width_is_refused() =>
        Assert.Throws<ArgumentException>("rows", () => Write(["a", "b"], ["1", "2"], ["1"]));

    [Fact]
    public void An_empty_header_or_a_null_column_name_is_refused()
    {
        Assert.Throws<ArgumentException>("header", () => Write([]));
        Assert.Throws<ArgumentException>("header", () => Write(["a", null!]));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("output", () => CsvTable.Write(null!, ["a"], []));
        Assert.Throws<ArgumentNullException>("header", () => CsvTable.Write(new MemoryStream(), null!, []));
        Assert.Throws<ArgumentNullException>("rows", () => CsvTable.Write(new MemoryStream(), ["a"], null!));
        Assert.Throws<ArgumentNullException>("rows", () => CsvTable.Write(new MemoryStream(), ["a"], [null!]));
    }

    [Fact]
    public void WriteFile_writes_the_table()
    {
        using var folder = new TemporaryFolder();
        string path = folder.PathOf("tiers.csv");

        CsvTable.WriteFile(path, ["student_id", "tier"], [["S-1", "2"]]);

        Assert.Equal("student_id,tier\r\nS-1,2\r\n", File.ReadAllText(path));
    }

    [Fact]
    public void WriteFile_that_fails_part_way_leaves_no_file()
    {
        using var folder = new TemporaryFolder();
        string path = folder.PathOf("tiers.csv");

        Assert.Throws<ArgumentException>(() => CsvTable.WriteFile(path, ["student_id", "tier"], [["S-1", "2"], ["S-2"]]));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}

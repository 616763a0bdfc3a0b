using System.Text.RegularExpressions;

using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// A calendar file with bad content is exit code 3; standard error names the file, the line (counted by hand
/// in each case below), a column, the JSON path and what is wrong; nothing reaches standard output and no
/// output file appears (an earlier one stays as it was).
/// </summary>
public sealed class BadDataTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, int, string, string, string> Cases => new()
    {
        {
            "the last day precedes the first day",
            """
            {
              "firstDay": "2026-08-31",
              "lastDay": "2026-08-01"
            }
            """,
            3, "invalid-calendar", "$.lastDay", "before the first day"
        },
        {
            "an unknown weekday",
            """
            {
              "firstDay": "2026-08-31",
              "lastDay": "2026-10-02",
              "instructionalWeekdays": ["monday", "funday", "friday"]
            }
            """,
            4, "unknown-weekday", "$.instructionalWeekdays[1]", "\"funday\""
        },
        {
            "a non-instructional range outside the year",
            """
            {
              "firstDay": "2026-08-31",
              "lastDay": "2026-10-02",
              "nonInstructional": [
                { "name": "Summer", "start": "2026-07-01", "end": "2026-09-01" }
              ]
            }
            """,
            5, "invalid-calendar", "$.nonInstructional[0]", "outside the school year"
        },
        {
            "malformed JSON (a missing comma)",
            """
            {
              "firstDay": "2026-08-31"
              "lastDay": "2026-10-02"
            }
            """,
            3, "bad-json", "$", "Expected either ','"
        },
        {
            "a file cut off in the middle",
            """
            {
              "firstDay": "2026-08-31",
              "lastDay": "2026-10-0
            """,
            3, "bad-json", "$", "end of data"
        },
        {
            "a date that does not exist",
            """
            {
              "firstDay": "2026-08-31",
              "lastDay": "2026-13-02"
            }
            """,
            3, "bad-date", "$.lastDay", "2026-13-02"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_content_exits_3_naming_file_line_column_and_field_and_writes_no_output(
        string problem, string json, int line, string code, string field, string detail)
    {
        string calendar = _folder.Write("calendar.json", json);
        foreach (string format in new[] { "md", "json", "csv" })
        {
            string output = _folder.PathOf("out." + format);

            var withOut = CliRun.Run("calendar", "--calendar", calendar, "--format", format, "--out", output);
            var toStdout = CliRun.Run("calendar", "--calendar", calendar, "--format", format);

            foreach (var result in new[] { withOut, toStdout })
            {
                Assert.True(result.ExitCode == 3, $"{problem}: exit code {result.ExitCode}; stderr: {result.Stderr}");
                Assert.Equal("", result.Stdout);
                Assert.Matches($"^{Regex.Escape(calendar)}:{line}:[1-9][0-9]*: {Regex.Escape(code)}: {Regex.Escape(field)}[ :]", result.Stderr);
                Assert.Contains(detail, result.Stderr, StringComparison.Ordinal);
            }
            Assert.Equal(["calendar.json"], _folder.FileNames());
        }
    }

    [Fact]
    public void Bad_data_leaves_an_earlier_output_file_as_it_was()
    {
        string calendar = _folder.Write("calendar.json", "{ \"firstDay\": \"2026-08-31\", \"lastDay\": \"2026-08-01\" }");
        string output = _folder.Write("year.md", "last week's report\n");

        var result = CliRun.Run("calendar", "--calendar", calendar, "--out", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("last week's report\n", File.ReadAllText(output));
        Assert.Equal(["calendar.json", "year.md"], _folder.FileNames());
    }
}

using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// The file readers on contracts (decision 0140): every problem of a file is listed, and the first stands on the line
/// and column the streaming converters printed, which is where <see cref="MathPlcJson"/>'s bridge still puts it.
/// </summary>
public class ContractFileTests
{
    private static IReadOnlyList<DataDiagnostic> Problems(Func<Stream, string, object> read, string json) =>
        Assert.Throws<DataFileException>(() => read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "f.json")).Diagnostics;

    private static (int Line, int Column) BridgePosition<T>(string json)
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<T>(json));
        return ((int)e.LineNumber!.Value + 1, (int)e.BytePositionInLine!.Value + 1);
    }

    [Theory]
    [InlineData("{\n  \"includeFormative\": \"yes\"\n}")]                                  // wrong JSON type: the end of the token
    [InlineData("{\n  \"recency\": {\"pieces\": 3},\n  \"minimumEvidence\": 2,\n  \"scoreFlor\": 1\n}")] // an unknown name: after its colon
    [InlineData("{\n  \"overrides\": [\n    {\"studentId\": \"S\"}\n  ]\n}")]                   // missing members: the end of the object
    [InlineData("{\n  \"minimumEvidence\": 0\n}")]                                           // a broken invariant: the end of the object built
    [InlineData("{\n  \"reassessment\": {\"name\": \"keep-best\"}\n}")]
    public void The_first_problem_of_a_policy_file_stands_where_the_bridge_puts_it(string json)
    {
        var first = Problems((s, f) => GradingFilesJson.ReadPolicy(s, f), json)[0];
        Assert.Equal(BridgePosition<GradingPolicy>(json), (first.Line!.Value, first.Column!.Value));
    }

    [Theory]
    [InlineData("{\n  \"kind\": \"median\"\n}")]
    [InlineData("{\n  \"kind\": \"lowestTarget\",\n  \"rounding\": {\"digits\": 1}\n}")]
    [InlineData("{\"kind\":\"conjunctiveRules\",\"ruleSet\":{\"name\":\"r\",\"source\":\"s\",\n\"rules\":[{\"letter\":\"A\",\"conditions\":[{\"kind\":\"meanAtLeast\",\"minimum\":3}]}]}}")]
    public void The_first_problem_of_a_rule_file_stands_where_the_bridge_puts_it(string json)
    {
        var first = Problems((s, f) => GradingFilesJson.ReadReportCardRule(s, f), json)[0];
        Assert.Equal(BridgePosition<ReportCardRule>(json), (first.Line!.Value, first.Column!.Value));
    }

    [Fact]
    public void A_policy_file_lists_every_problem_with_its_line()
    {
        var found = Problems((s, f) => GradingFilesJson.ReadPolicy(s, f), """
            {
              "recency": { "pieces": 0 },
              "reassessment": { "name": "keep-best" },
              "overrides": [ { "studentId": "S", "targetId": "T", "score": 3, "teacherId": "X", "decidedOn": "2026-02-30", "why": "w" } ]
            }
            """);
        Assert.Equal(
        [
            ("invalid-recency", "$.recency.pieces", 2),
            ("invalid-reassessment", "$.reassessment.name", 3),
            ("bad-date", "$.overrides[0].decidedOn", 4),
        ], found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Fact]
    public void A_calendar_file_lists_every_period_outside_the_year_at_its_own_line()
    {
        var found = Problems((s, f) => CalendarJson.Read(s, f), """
            {
              "firstDay": "2026-08-24",
              "lastDay": "2027-06-04",
              "nonInstructional": [
                { "name": "Summer", "start": "2027-06-01", "end": "2027-08-20" },
                { "name": "Spring", "start": "2026-03-01", "end": "2026-03-05" }
              ],
              "gradingPeriods": [ { "name": "Q1", "start": "2026-08-24", "end": "2026-13-01" } ]
            }
            """);
        Assert.Equal(
        [
            ("bad-date", "$.gradingPeriods[0].end", 8),
            ("invalid-calendar", "$.nonInstructional[0]", 5),
            ("invalid-calendar", "$.nonInstructional[1]", 6),
        ], found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Fact]
    public void A_calendar_value_of_the_wrong_type_stands_at_the_end_of_its_token()
    {
        const string Json = "{\n  \"firstDay\": 20260824,\n  \"lastDay\": \"2027-06-04\"\n}";
        var d = Assert.Single(Problems((s, f) => CalendarJson.Read(s, f), Json));
        Assert.Equal(("wrong-type", "$.firstDay", 2, 23), (d.Code, d.Field, d.Line, d.Column)); // 20260824 spans columns 15–22; the reader stood after it
        Assert.Equal(BridgePosition<SchoolCalendar>(Json), (d.Line!.Value, d.Column!.Value));
    }

    [Fact]
    public void The_first_problem_is_the_inner_exception_with_the_broken_invariant_inside()
    {
        var e = Assert.Throws<DataFileException>(() => GradingFilesJson.ReadPolicy(new MemoryStream("""{"minimumEvidence":0}"""u8.ToArray()), "p.json"));
        var inner = Assert.IsType<JsonException>(e.InnerException);
        Assert.Equal("invalid-policy", JsonFailure.DetailsOf(inner).Code);
        Assert.IsAssignableFrom<ArgumentException>(inner.InnerException);
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Cli.Assessments;
using MathPlc.Cli.Calendar;
using MathPlc.Cli.Teams;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Core.Json;
using MathPlc.Interop.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// The CLI's JSON outputs written from contracts (decision 0150): the layout, escaping, numbers and nulls the
/// hand-written <c>Utf8JsonWriter</c> code gave, written out here by hand, and a property against that writer.
/// </summary>
public sealed class CliJsonTests
{
    [Fact]
    public void Output_is_indented_by_two_spaces_with_newline_line_ends_and_a_trailing_line_break()
    {
        string text = CliJson.Text(new NthInstructionalDayOutput(20, "2026-09-29"), json => json.NthInstructionalDayOutput);

        Assert.Equal("{\n  \"n\": 20,\n  \"date\": \"2026-09-29\"\n}\n", text);
    }

    [Fact]
    public void Names_keep_their_letters_and_only_what_JSON_requires_is_escaped()
    {
        // Relaxed escaping: é, < and > stay as written (the output is a file, never inlined in HTML); the quote and backslash are escaped.
        var summary = new CalendarSummaryOutput("2026-09-07", "2026-09-07", 0, 0, [],
            [new NonInstructionalDateOutput("2026-09-07", "Día \"largo\" <b> \\ 1")]);

        string text = CliJson.Text(summary, json => json.CalendarSummaryOutput);

        Assert.Equal("""
            {
              "from": "2026-09-07",
              "to": "2026-09-07",
              "instructionalDays": 0,
              "instructionalWeekCount": 0,
              "weeks": [],
              "nonInstructionalDates": [
                {
                  "date": "2026-09-07",
                  "name": "Día \"largo\" <b> \\ 1"
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Numbers_are_written_in_shortest_round_trip_form_and_nulls_as_the_contract_says()
    {
        // -0 stays -0, a whole double has no ".0", 1e20 is 1E+20 (Utf8JsonWriter's form); districtId is left out when
        // the file names none, while an undefined band or statistic is written as null.
        var school = new SchoolOutput("a", null, -0.0, 3, 0.1, 1e20, null, null, "why");

        string text = CliJson.Text(new SchoolsOutput(new PredictionLineOutput(2, 0.30000000000000004, null, null, null), [school], []), json => json.SchoolsOutput);

        Assert.Equal("""
            {
              "line": {
                "schools": 2,
                "intercept": 0.30000000000000004,
                "slope": null,
                "residualStandardDeviation": null,
                "rSquared": null
              },
              "schools": [
                {
                  "schoolId": "a",
                  "predictor": -0,
                  "actual": 3,
                  "predicted": 0.1,
                  "residual": 1E+20,
                  "standardizedResidual": null,
                  "band": null,
                  "reason": "why"
                }
              ],
              "districts": []
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void A_field_left_out_when_empty_is_written_when_it_has_a_value()
    {
        var defined = new AgreementStatisticOutput("cohen_kappa", 0.4, "defined", 50, 0, null);
        var undefined = new AgreementStatisticOutput("fleiss_kappa", null, "not-applicable", 0, 50, "Two raters only.");

        using var json = JsonDocument.Parse(CliJson.Text(new AgreementOutput([defined, undefined]), j => j.AgreementOutput));

        var statistics = json.RootElement.GetProperty("statistics");
        Assert.False(statistics[0].TryGetProperty("reason", out _));
        Assert.Equal(JsonValueKind.Null, statistics[1].GetProperty("value").ValueKind);
        Assert.Equal("Two raters only.", statistics[1].GetProperty("reason").GetString());
    }

    [Fact]
    public void Reasons_with_data_are_Cores_reason_contract()
    {
        var reason = new Reason("self-rates-higher", "Self-ratings run higher.", [new("pairs", "5"), new("lower", "0.2")]);
        var comparison = new ComparisonOutput("school", "adams", null, 5, 3.5, 2.5, 1, new IntervalOutput(0.2, 1.8), 0.4, 1, null, [ReasonJsonMapper.ToContract(reason)]);

        string text = CliJson.Text(new ObservationsOutput(new InstrumentOutput("tru", 1, 3), "District", [comparison]), json => json.ObservationsOutput);

        Assert.Contains("""
                  "reasons": [
                    {
                      "code": "self-rates-higher",
                      "message": "Self-ratings run higher.",
                      "data": {
                        "lower": "0.2",
                        "pairs": "5"
                      }
                    }
                  ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_contract_keeps_its_own_names_and_nulls_and_takes_the_CLI_layout()
    {
        // The library's JSON form leaves nulls out and names the members itself; the CLI only lays it out (indent, \n, relaxed escaping).
        var reason = new Reason("below-cut", "Día 2 < 3.", []);

        string text = CliJson.Text(reason, CoreJson.Formats);

        Assert.Equal("{\n  \"code\": \"below-cut\",\n  \"message\": \"Día 2 < 3.\",\n  \"data\": {}\n}\n", text);
        // The library's own options escape í and <: the layout is the CLI's, not the library's.
        Assert.Equal("{\"code\":\"below-cut\",\"message\":\"D\\u00EDa 2 \\u003C 3.\",\"data\":{}}", CoreJson.Formats.Serialize(reason));
    }

    [Fact]
    public void The_calendar_command_writes_the_wall_calendar_facts_byte_for_byte()
    {
        // FiveWeekCalendar, counted by hand: 21–23 September are taught (Mon–Wed), the fall break closes Thu 24, Fri 25
        // and Mon 28, and Tue 29 is taught: 4 days in two weeks. The break's name holds a comma and quotes.
        using var folder = new TemporaryFolder();
        var result = CliRun.Run("calendar", "--calendar", folder.Write("calendar.json", FiveWeekCalendar.Json), "--from", "2026-09-21", "--to", "2026-09-29", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("""
            {
              "from": "2026-09-21",
              "to": "2026-09-29",
              "instructionalDays": 4,
              "instructionalWeekCount": 2,
              "weeks": [
                {
                  "monday": "2026-09-21",
                  "instructionalDays": 3
                },
                {
                  "monday": "2026-09-28",
                  "instructionalDays": 1
                }
              ],
              "nonInstructionalDates": [
                {
                  "date": "2026-09-24",
                  "name": "Fall break, \"long\" weekend"
                },
                {
                  "date": "2026-09-25",
                  "name": "Fall break, \"long\" weekend"
                },
                {
                  "date": "2026-09-28",
                  "name": "Fall break, \"long\" weekend"
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), result.Stdout);
    }

    [Fact]
    public void A_missing_contract_is_refused()
    {
        Assert.Throws<ArgumentNullException>("contract", () => CliJson.Text(new NthInstructionalDayOutput(1, "2026-09-01"), (Func<CliJsonContext, System.Text.Json.Serialization.Metadata.JsonTypeInfo<NthInstructionalDayOutput>>)null!));
        Assert.Throws<ArgumentNullException>("library", () => CliJson.Text(new Reason("a", "b", []), (JsonFormats)null!));
    }

    /// <summary>
    /// Any name and any finite numbers give the bytes the hand-written writer gave (the writer's options, the writer's
    /// calls, written here as the code before decision 0150 had them).
    /// </summary>
    [Fact]
    public void Contract_output_equals_the_hand_written_writers_bytes_for_any_text_and_number()
    {
        var finite = ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite).ToArbitrary();
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), finite, finite, (name, low, high) =>
        {
            var run = new RunChartOutput(name.Get, "analyzed", "ihi", low, 12, 11, 4, 3, 6, null, new AstronomicalBandOutput(low, high, 3),
                [new RunChartSignalOutput("shift", "2026-09-07", "2026-10-12", 6, name.Get)], []);

            string expected = HandWritten(json =>
            {
                json.WriteStartArray();
                json.WriteStartObject();
                json.WriteString("measure", name.Get);
                json.WriteString("status", "analyzed");
                json.WriteString("rules", "ihi");
                json.WriteNumber("median", low);
                json.WriteNumber("points", 12);
                json.WriteNumber("usefulObservations", 11);
                json.WriteNumber("runs", 4);
                json.WriteNumber("crossings", 3);
                json.WriteNumber("longestRun", 6);
                json.WriteNull("limits");
                json.WriteStartObject("astronomicalBand");
                json.WriteNumber("low", low);
                json.WriteNumber("high", high);
                json.WriteNumber("multiple", 3.0);
                json.WriteEndObject();
                json.WriteStartArray("signals");
                json.WriteStartObject();
                json.WriteString("signal", "shift");
                json.WriteString("fromDate", "2026-09-07");
                json.WriteString("toDate", "2026-10-12");
                json.WriteNumber("points", 6);
                json.WriteString("detail", name.Get);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartArray("reasons");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
            });

            Assert.Equal(expected, CliJson.Text<IReadOnlyList<RunChartOutput>>([run], json => json.IReadOnlyListRunChartOutput));
        }).Check(maxTest: 300);
    }

    private static string HandWritten(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}

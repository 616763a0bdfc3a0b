using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// A property a MathPlc type does not have is refused, never ignored: a district that writes
/// <c>"gradingPeriod"</c> must not get a calendar without grading periods and every count wrong.
/// </summary>
public class UnknownPropertyTests
{
    private static JsonException Refused<T>(string json) => Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<T>(json));

    private static DataDiagnostic CalendarError(string json) => Assert.Single(CalendarErrors(json));

    // The calendar file lists every problem (decision 0140): a misspelt required name is also the real one missing.
    private static IReadOnlyList<DataDiagnostic> CalendarErrors(string json) =>
        Assert.Throws<DataFileException>(() => CalendarJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "calendar.json")).Diagnostics;

    // Every object converter, with valid JSON but for one extra property, and the path that property must be named at.
    public static TheoryData<string, Func<string, object>, string> EveryObjectType => new()
    {
        { """{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3,"comment":"late"}""", json => MathPlcJson.Deserialize<Evidence>(json), "$.comment" },
        { """{"code":"below-cut","message":"m","severity":"high"}""", json => MathPlcJson.Deserialize<Reason>(json), "$.severity" },
        { """{"label":"A","cut":0,"colour":"red"}""", json => MathPlcJson.Deserialize<ProficiencyLevel>(json), "$.colour" },
        { """{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A","cut":0}],"proficientLevel":"A","scaleType":"marzano"}""", json => MathPlcJson.Deserialize<ProficiencyScale>(json), "$.scaleType" },
        { """{"name":"S","minimum":0,"maximum":4,"levels":[{"label":"A","cut":0,"color":"red"}],"proficientLevel":"A"}""", json => MathPlcJson.Deserialize<ProficiencyScale>(json), "$.levels[0].color" },
        { """{"name":"Q1","start":"2026-08-24","end":"2026-10-23","weeks":9}""", json => MathPlcJson.Deserialize<GradingPeriod>(json), "$.weeks" },
        { """{"name":"Labor Day","date":"2026-09-07","observed":true}""", json => MathPlcJson.Deserialize<NonInstructionalPeriod>(json), "$.observed" },
        { """{"firstDay":"2026-08-24","lastDay":"2027-06-04","holidays":[]}""", json => MathPlcJson.Deserialize<SchoolCalendar>(json), "$.holidays" },
        { """[{"studentId":"S-1","targetId":"T","assessedOn":"2026-09-14","score":3},{"studentId":"S-2","targetId":"T","assessedOn":"2026-09-14","score":2,"points":2}]""",
            json => MathPlcJson.Deserialize<ImmutableArray<Evidence>>(json), "$[1].points" },
    };

    [Theory]
    [MemberData(nameof(EveryObjectType))]
    public void An_unknown_property_is_refused_at_its_path(string json, Func<string, object> read, string path)
    {
        var e = Assert.Throws<JsonException>(() => read(json));
        string name = path[(path.LastIndexOf('.') + 1)..];
        Assert.StartsWith($"{path}: unknown property \"{name}\"", e.Message, StringComparison.Ordinal);
        var (code, at, value, _) = JsonFailure.DetailsOf(e);
        Assert.Equal(("unknown-property", path, null), (code, at, value)); // the name is in the path and the message, not a value
    }

    // Every property each object converter allows, as documented; each must be read, never passed over.
    public static TheoryData<string, string> EveryAllowedProperty
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (type, names) in AllowedProperties)
                foreach (string name in names) data.Add(type, name);
            return data;
        }
    }

    private static readonly (string Type, string[] Names)[] AllowedProperties =
    [
        (nameof(Evidence), ["studentId", "targetId", "assessedOn", "score", "sequence", "kind", "weight", "source"]),
        (nameof(Reason), ["code", "message", "data"]),
        (nameof(ProficiencyLevel), ["label", "cut"]),
        (nameof(ProficiencyScale), ["name", "minimum", "maximum", "step", "levels", "proficientLevel"]),
        (nameof(GradingPeriod), ["name", "start", "end"]),
        (nameof(NonInstructionalPeriod), ["name", "date", "start", "end", "kind"]),
        (nameof(SchoolCalendar), ["firstDay", "lastDay", "instructionalWeekdays", "nonInstructional", "gradingPeriods"]),
    ];

    private static object Read(string type, string json) => type switch
    {
        nameof(Evidence) => MathPlcJson.Deserialize<Evidence>(json),
        nameof(Reason) => MathPlcJson.Deserialize<Reason>(json),
        nameof(ProficiencyLevel) => MathPlcJson.Deserialize<ProficiencyLevel>(json),
        nameof(ProficiencyScale) => MathPlcJson.Deserialize<ProficiencyScale>(json),
        nameof(GradingPeriod) => MathPlcJson.Deserialize<GradingPeriod>(json),
        nameof(NonInstructionalPeriod) => MathPlcJson.Deserialize<NonInstructionalPeriod>(json),
        nameof(SchoolCalendar) => MathPlcJson.Deserialize<SchoolCalendar>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [Theory]
    [MemberData(nameof(EveryAllowedProperty))]
    public void Every_allowed_property_is_read_not_passed_over(string type, string name)
    {
        // true is the wrong type for every property, so a property that is read is refused at its own path,
        // before any required property is missed; one allowed but passed over would not be.
        var e = Assert.Throws<JsonException>(() => Read(type, $$"""{"{{name}}":true}"""));
        var (code, path, _, _) = JsonFailure.DetailsOf(e);
        Assert.Equal(("wrong-type", $"$.{name}"), (code, path));
    }

    [Theory]
    [MemberData(nameof(EveryAllowedProperty))]
    public void The_message_for_an_unknown_property_lists_the_allowed_ones_in_order(string type, string name)
    {
        string[] names = AllowedProperties.Single(p => p.Type == type).Names;
        var e = Assert.Throws<JsonException>(() => Read(type, $$"""{"{{name}}X":true}"""));
        Assert.EndsWith($"The properties allowed here are {string.Join(", ", names.Select(n => $"\"{n}\""))}.", e.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean \"{name}\"?", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_singular_grading_period_is_refused_in_a_calendar_file_at_its_line_and_column()
    {
        var d = CalendarError("""
            {
              "firstDay": "2026-08-24",
              "lastDay": "2027-06-04",
              "gradingPeriod": [ { "name": "Quarter 1", "start": "2026-08-24", "end": "2026-10-23" } ]
            }
            """);
        Assert.Equal(("unknown-property", "$.gradingPeriod", null, "calendar.json", 4), (d.Code, d.Field, d.Value, d.File, d.Line));
        Assert.Equal(19, d.Column); // just after the name and its colon: the reader stands on the name, not on its value (21)
        Assert.Equal("unknown property \"gradingPeriod\": did you mean \"gradingPeriods\"? The properties allowed here are "
            + "\"firstDay\", \"lastDay\", \"instructionalWeekdays\", \"nonInstructional\", \"gradingPeriods\".", d.Message);
        Assert.StartsWith("calendar.json:4:19: unknown-property: $.gradingPeriod: unknown property \"gradingPeriod\": did you mean", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_instructional_days_suggests_nonInstructional()
    {
        var d = CalendarError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructionalDays":[{"name":"Labor Day","date":"2026-09-07"}]}""");
        Assert.Equal(("unknown-property", "$.nonInstructionalDays"), (d.Code, d.Field));
        Assert.Contains("did you mean \"nonInstructional\"?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_case_sensitive_and_the_message_says_so()
    {
        var found = CalendarErrors("""{"FirstDay":"2026-08-24","lastDay":"2027-06-04"}""");
        var d = found[0];
        Assert.Equal([("unknown-property", "$.FirstDay"), ("missing-property", "$")], found.Select(p => (p.Code, p.Field!)));
        Assert.Contains("did you mean \"firstDay\"? Property names are case-sensitive.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_like_none_allowed_gets_no_suggestion()
    {
        var d = CalendarError("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","holidays":[]}""");
        Assert.Equal("unknown property \"holidays\". The properties allowed here are "
            + "\"firstDay\", \"lastDay\", \"instructionalWeekdays\", \"nonInstructional\", \"gradingPeriods\".", d.Message);
    }

    [Theory] // a non-instructional period has them; a grading period used to pass them over
    [InlineData("kind", "break")]
    [InlineData("date", "2026-09-07")]
    public void A_grading_period_has_no_date_or_kind(string property, string value)
    {
        var d = CalendarError($$"""{"firstDay":"2026-08-24","lastDay":"2027-06-04","gradingPeriods":[{"name":"Q1","start":"2026-08-24","end":"2026-10-23","{{property}}":"{{value}}"}]}""");
        Assert.Equal(("unknown-property", $"$.gradingPeriods[0].{property}"), (d.Code, d.Field));
        Assert.Contains("\"name\", \"start\", \"end\".", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_in_a_non_instructional_period_names_its_index()
    {
        var found = CalendarErrors("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructional":[{"name":"Labor Day","date":"2026-09-07"},{"name":"Winter break","start":"2026-12-21","ends":"2027-01-01"}]}""");
        var d = found[0];
        Assert.Equal([("unknown-property", "$.nonInstructional[1].ends"), ("missing-property", "$.nonInstructional[1]")], found.Select(p => (p.Code, p.Field!)));
        Assert.Contains("did you mean \"end\"?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_a_word_is_quoted_in_the_path() =>
        Assert.StartsWith("$['first day']: unknown property \"first day\": did you mean \"firstDay\"?",
            Refused<SchoolCalendar>("""{"first day":"2026-08-24","lastDay":"2027-06-04"}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Comments_and_trailing_commas_are_still_allowed_around_the_known_properties() =>
        Assert.Equal(2, CalendarJsonRead("""
            {
              // a comment is not a property
              "firstDay": "2026-08-24", /* nor is this */
              "lastDay": "2026-08-28",
              "nonInstructional": [ { "name": "Storm day", "date": "2026-08-26", }, { "name": "Storm day 2", "date": "2026-08-27" }, ],
            }
            """).NonInstructional.Length);

    [Fact]
    public void A_reason_keeps_any_key_in_its_data() =>
        Assert.Equal("2.5", MathPlcJson.Deserialize<Reason>("""{"code":"c","message":"m","data":{"anything at all":"2.5"}}""").Data.Single().Value);

    private static SchoolCalendar CalendarJsonRead(string json) => CalendarJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "calendar.json");
}

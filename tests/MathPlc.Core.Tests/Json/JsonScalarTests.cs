using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Fluent;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests.Json;

/// <summary>The pieces a mapper parses scalars with, and the translation of what the serializer refuses (decision 0131).</summary>
public partial class JsonScalarTests
{
    internal sealed record Sample
    {
        public double? Score { get; init; }

        public int? Count { get; init; }

        public bool? Flag { get; init; }

        public List<Sample?>? Items { get; init; }

        public Dictionary<string, string?>? Data { get; init; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(FiniteNumberJsonConverter)])]
    [JsonSerializable(typeof(Sample))]
    internal sealed partial class SampleContext : JsonSerializerContext;

    // Reads the sample and, when the serializer refuses it, the one problem JsonWrongType makes of that; the token is
    // found the way a caller would: at the refused path, by walking the document.
    private static DataDiagnostic Refused(string json, string path = "$")
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, SampleContext.Default.Sample));
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        foreach (var step in e.Path![1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            int bracket = step.IndexOf('[', StringComparison.Ordinal);
            element = bracket < 0 ? element.GetProperty(step) : element.GetProperty(step[..bracket])[int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
        }
        var token = element.ValueKind switch
        {
            JsonValueKind.String => JsonTokenType.String,
            JsonValueKind.Number => JsonTokenType.Number,
            JsonValueKind.True => JsonTokenType.True,
            JsonValueKind.Null => JsonTokenType.Null,
            JsonValueKind.Array => JsonTokenType.StartArray,
            _ => JsonTokenType.StartObject,
        };
        string? text = element.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? null : element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        var problems = new JsonProblems("f.json");
        Assert.True(JsonWrongType.TryAdd(problems, SampleContext.Default.Sample, path, e.Path, token, text));
        return Assert.Single(problems.Found);
    }

    [Theory]
    [InlineData("""{"score":"3,5"}""", "wrong-type", "$.score", "expected a number, found a string (\"3,5\").", "3,5")]
    [InlineData("""{"score":1e400}""", "not-a-number", "$.score", "1e400 is too large for a number of MathPlc (a finite double).", "1e400")]
    [InlineData("""{"count":2.5}""", "not-a-number", "$.count", "2.5 is not a whole number from -2147483648 to 2147483647.", "2.5")]
    [InlineData("""{"flag":"yes"}""", "wrong-type", "$.flag", "expected true or false, found a string (\"yes\").", "yes")]
    [InlineData("""{"items":{}}""", "wrong-type", "$.items", "expected an array, found an object.", null)]
    [InlineData("""{"items":[{"count":true}]}""", "wrong-type", "$.items[0].count", "expected a whole number, found true or false (true).", "true")]
    [InlineData("""{"items":[3]}""", "wrong-type", "$.items[0]", "expected an object, found a number (3).", "3")]
    [InlineData("""{"data":{"cut":4}}""", "wrong-type", "$.data.cut", "expected a string, found a number (4).", "4")]
    public void A_refused_value_is_said_in_MathPlcs_words(string json, string code, string path, string reason, string? value)
    {
        var d = Refused(json);
        Assert.Equal((code, path, reason, value), (d.Code, d.Field, d.Message, d.Value));
    }

    [Fact]
    public void The_path_of_a_refusal_is_joined_to_the_contracts_path() =>
        Assert.Equal("$.units[2].score", Refused("""{"score":"x"}""", "$.units[2]").Field);

    [Fact]
    public void A_path_to_no_member_is_not_a_type_problem()
    {
        var problems = new JsonProblems("f.json");
        Assert.False(JsonWrongType.TryAdd(problems, SampleContext.Default.Sample, "$", "$.nothing", JsonTokenType.String, "x"));
        Assert.False(JsonWrongType.TryAdd(problems, SampleContext.Default.Sample, "$", "not a path", JsonTokenType.String, "x"));
        Assert.False(problems.Any);
    }

    [Fact]
    public void A_finite_number_reads_and_writes_as_the_serializer_does() =>
        Prop.ForAll(CoreGenerators.Number.ToArbitrary(), n =>
        {
            string json = JsonSerializer.Serialize(new Sample { Score = n }, SampleContext.Default.Sample);
            Assert.Equal(n, JsonSerializer.Deserialize(json, SampleContext.Default.Sample)!.Score);
        }).Check();

    private static readonly JsonChoice<NonInstructionalKind> Kinds = new("unknown-kind", "a kind of non-instructional day");

    [Fact]
    public void A_choice_is_written_camel_case_and_read_ignoring_case() =>
        Prop.ForAll(FsCheck.Fluent.Gen.Elements(Enum.GetValues<NonInstructionalKind>()).ToArbitrary(), kind =>
        {
            var problems = new JsonProblems("f.json");
            string name = Kinds.Name(kind);
            Assert.Equal(kind, Kinds.Parse(problems, name, "$.kind"));
            Assert.Equal(kind, Kinds.Parse(problems, name.ToUpperInvariant(), "$.kind"));
            Assert.False(problems.Any);
        }).Check();

    [Fact]
    public void An_unknown_choice_lists_the_names()
    {
        var problems = new JsonProblems("f.json");
        Assert.Null(Kinds.Parse(problems, "vacation", "$.kind"));
        Assert.Null(Kinds.Parse(problems, null, "$.kind"));
        var d = Assert.Single(problems.Found);
        Assert.Equal(("unknown-kind", "$.kind", "vacation"), (d.Code, d.Field, d.Value));
        Assert.Equal("\"vacation\" is not a kind of non-instructional day; use one of \"other\", \"holiday\", \"break\", \"testing\", \"professionalDevelopment\", \"closure\".", d.Message);
    }

    [Fact]
    public void An_excluded_member_is_neither_written_nor_read()
    {
        var weekdays = new JsonChoice<IsoDayOfWeek>("unknown-weekday", "a day of the week", IsoDayOfWeek.None);
        Assert.DoesNotContain("none", weekdays.Names);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => weekdays.Name(IsoDayOfWeek.None)).ParamName);
        var problems = new JsonProblems("f.json");
        Assert.Null(weekdays.Parse(problems, "none", "$"));
        Assert.Equal("unknown-weekday", Assert.Single(problems.Found).Code);
    }

    [Fact]
    public void Dates_and_identifiers_are_parsed_with_the_converters_words()
    {
        var problems = new JsonProblems("f.json");
        Assert.Equal(new LocalDate(2026, 9, 14), problems.IsoDate("2026-09-14", "$.date"));
        Assert.Null(problems.IsoDate("2026-09-31", "$.date"));
        Assert.Null(problems.IsoDate(null, "$.date"));
        Assert.Equal(new StudentId("S-1"), problems.Identifier<StudentId>(" S-1 ", "$.id"));
        Assert.Null(problems.Identifier<StudentId>("  ", "$.id"));
        Assert.Null(problems.Identifier<StudentId>(null, "$.id"));
        Assert.Equal(["bad-date", "empty-id"], problems.Found.Select(d => d.Code));
        Assert.StartsWith("\"2026-09-31\" is not a date in the form yyyy-MM-dd: ", problems.Found[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Value being parsed", problems.Found[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("\"  \" is not a StudentId: ", problems.Found[1].Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(problems.CauseOf(1));
        Assert.Equal("2026-09-14", JsonScalarText.IsoDateText(new LocalDate(2026, 9, 14)));
    }

    [Fact]
    public void A_list_of_identifiers_names_every_bad_element_at_its_index_and_fails_as_a_whole()
    {
        var problems = new JsonProblems("f.json");
        Assert.Equal([new StudentId("S-1"), new StudentId("S-2")], problems.Identifiers<StudentId>([" S-1", "S-2"], "$.students")!.Value.ToArray());
        Assert.Null(problems.Identifiers<StudentId>(["S-1", null, " "], "$.students"));
        Assert.Null(problems.Identifiers<StudentId>(null, "$.students"));
        Assert.Equal([("wrong-type", "$.students[1]"), ("empty-id", "$.students[2]")], problems.Found.Select(d => (d.Code, d.Field)));
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => JsonScalarText.Identifiers<StudentId>(null!, [], "$")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => problems.Identifiers<StudentId>([], null!)).ParamName);
    }

    [Fact]
    public void Items_are_all_mapped_and_a_failed_one_fails_the_list()
    {
        var problems = new JsonProblems("f.json");
        static string? Upper(string s, string path, JsonProblems p) { if (s.Length == 0) p.Add("empty", path, "empty."); return s.Length == 0 ? null : s.ToUpperInvariant(); }
        Assert.Equal(["A", "B"], JsonItems.Map(["a", "b"], "$.x", problems, Upper)!.Value.ToArray());
        Assert.Null(JsonItems.Map(["", null, "c", ""], "$.x", problems, Upper));
        Assert.Null(JsonItems.Map<string, string>(null, "$.x", problems, Upper));
        Assert.Equal(["$.x[0]", "$.x[1]", "$.x[3]"], problems.Found.Select(d => d.Field));
    }

    [Fact]
    public void Guards_name_the_parameter()
    {
        var problems = new JsonProblems("f.json");
        var info = SampleContext.Default.Sample;
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => JsonWrongType.TryAdd(null!, info, "$", "$", JsonTokenType.Null, null)).ParamName);
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => JsonWrongType.TryAdd(problems, null!, "$", "$", JsonTokenType.Null, null)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => JsonWrongType.TryAdd(problems, info, null!, "$", JsonTokenType.Null, null)).ParamName);
        Assert.Equal("refusedAt", Assert.Throws<ArgumentNullException>(() => JsonWrongType.TryAdd(problems, info, "$", null!, JsonTokenType.Null, null)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => JsonWrongType.Reason(null!, JsonTokenType.Null, null)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => JsonWrongType.AddNull(null!, "$", "a string")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new JsonChoice<EvidenceKind>(null!, "x")).ParamName);
        Assert.Equal("what", Assert.Throws<ArgumentNullException>(() => new JsonChoice<EvidenceKind>("c", null!)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => Kinds.Parse(null!, "x", "$")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => Kinds.Parse(problems, "x", null!)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => JsonScalarText.IsoDate(null!, "x", "$")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => problems.Identifier<StudentId>("x", null!)).ParamName);
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => JsonItems.Map<string, string>([], "$", problems, null!)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => problems.CauseOf(0)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new FiniteNumberJsonConverter().Write(null!, 1, JsonSerializerOptions.Default)).ParamName);
    }
}

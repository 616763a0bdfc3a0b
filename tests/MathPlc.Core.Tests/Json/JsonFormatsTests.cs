using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests.Json;

/// <summary>
/// The table from type to mapper (decision 0160): a file lists every problem at its line and column, a text stops at the
/// first as a <see cref="JsonException"/> with the same code, path, value and position, writing is the mapper's contract,
/// and every guard names its parameter.
/// </summary>
public class JsonFormatsTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private const string ThreeEvidence = "[{\"studentId\":\"S\",\"targetId\":\"T\",\"assessedOn\":\"2026-09-14\",\"score\":3},\n"
        + "{\"studentId\":\"S\",\"targetId\":\"T\",\"assessedOn\":\"2026-09-31\",\"score\":3},\n"
        + "{\"studentId\":\"S\",\"targetId\":\"T\",\"assessedOn\":\"2026-09-14\",\"score\":3,\"weight\":-1}]";

    [Fact]
    public void Text_round_trips_through_the_table_as_through_the_mapper() =>
        Prop.ForAll(CoreGenerators.Evidence.ToArbitrary(), evidence =>
        {
            string json = CoreJson.Formats.Serialize(evidence);
            Assert.Equal(JsonSerializer.Serialize(EvidenceJsonMapper.ToContract(evidence), EvidenceJsonMapper.Contract), json);
            Assert.Equal(evidence, CoreJson.Formats.Deserialize<Evidence>(json));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_file_lists_every_problem_with_its_line_and_column()
    {
        var e = Assert.Throws<DataFileException>(() => CoreJson.Formats.Read<ImmutableArray<Evidence>>(Utf8(ThreeEvidence), "evidence.json"));
        Assert.Equal(
            [("bad-date", "$[1].assessedOn", 2), ("invalid-evidence", "$[2].weight", 3)],
            e.Diagnostics.Select(d => (d.Code, d.Field, d.Line)));
        Assert.All(e.Diagnostics, d => Assert.Equal("evidence.json", d.File));
        Assert.Equal(58, e.Diagnostics[0].Column); // just after the date's value, where a streaming reader stood: its quotes are bytes 46 and 57
    }

    [Fact]
    public void A_text_stops_at_the_first_problem_with_its_position_and_details()
    {
        var e = Assert.Throws<JsonException>(() => CoreJson.Formats.Deserialize<ImmutableArray<Evidence>>(ThreeEvidence));
        Assert.Equal(("bad-date", "$[1].assessedOn", "2026-09-31"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
        Assert.StartsWith("$[1].assessedOn: \"2026-09-31\" is not a date", e.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 57L), (e.LineNumber, e.BytePositionInLine)); // line 2, column 58, from 0 as JsonException counts
    }

    [Fact]
    public void A_broken_invariant_is_the_inner_exception() =>
        Assert.IsType<ArgumentOutOfRangeException>(Assert.Throws<JsonException>(() => CoreJson.Formats.Deserialize<Evidence>(
            """{"studentId":"S","targetId":"T","assessedOn":"2026-09-14","score":3,"weight":-1}""")).InnerException);

    [Fact]
    public void A_repeated_key_is_refused_by_the_gate_with_its_line()
    {
        var e = Assert.Throws<JsonException>(() => CoreJson.Formats.Deserialize<Reason>("{\"code\":\"c\",\n\"message\":\"m\",\"code\":\"d\"}"));
        Assert.Equal((JsonInput.DuplicatePropertyCode, "$.code", 1L), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, e.LineNumber));
    }

    [Fact]
    public void Writing_into_a_writer_takes_its_layout()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            CoreJson.Formats.Write(writer, new Reason("c", "m"));
        Assert.Equal("{\n  \"code\": \"c\",\n  \"message\": \"m\",\n  \"data\": {}\n}", Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stream_form_writes_the_texts_bytes()
    {
        var evidence = new Evidence(new StudentId("S-1"), new TargetId("T"), new LocalDate(2026, 9, 14), 3.5);
        using var stream = new MemoryStream();
        CoreJson.Formats.Serialize(stream, evidence);
        Assert.Equal(CoreJson.Formats.Serialize(evidence), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_kind_is_read_as_its_family_and_another_kind_is_refused_at_kind()
    {
        var table = new JsonFormats()
            .AddFile<object>((s, _) => new StreamReader(s).ReadToEnd().Contains("text", StringComparison.Ordinal) ? "text" : 1, (s, v) => s.Write(Encoding.UTF8.GetBytes($"{{\"v\":\"{v}\"}}\n")))
            .AddKind<object, string>("text", "invalid-thing");
        Assert.Equal("text", table.Deserialize<string>("""{"text":1}"""));
        Assert.Equal("""{"v":"text"}""", table.Serialize("text")); // the file writer's line break is left out of a value
        var e = Assert.Throws<JsonException>(() => table.Deserialize<string>("""{"number":1}"""));
        Assert.Equal(("invalid-thing", "$.kind"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path));
    }

    [Fact]
    public void A_type_outside_the_table_is_not_supported_and_the_message_lists_the_table() =>
        Assert.Contains("Evidence, GradingPeriod, ImmutableArray<Evidence>, ImmutableArray<Reason>", Assert.Throws<NotSupportedException>(() => CoreJson.Formats.Serialize(new Uri("https://example.org"))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_type_in_two_tables_or_twice_in_one_is_refused()
    {
        Assert.Equal("tables", Assert.Throws<ArgumentException>(() => JsonFormats.Join(CoreJson.Formats, CoreJson.Formats)).ParamName);
        Assert.Equal("T", Assert.Throws<ArgumentException>(() => new JsonFormats().Add<Reason, ReasonContract, ReasonJsonMapper>().Add<Reason, ReasonContract, ReasonJsonMapper>()).ParamName);
        Assert.Equal("TFamily", Assert.Throws<ArgumentException>(() => new JsonFormats().AddKind<object, string>("text", "c")).ParamName);
        Assert.True(JsonFormats.Join(CoreJson.Formats, new JsonFormats()).Supports<SchoolCalendar>());
    }

    [Fact]
    public void Guards_name_the_parameter()
    {
        var formats = CoreJson.Formats;
        Assert.Equal("tables", Assert.Throws<ArgumentNullException>(() => JsonFormats.Join(null!)).ParamName);
        Assert.Equal("list", Assert.Throws<ArgumentNullException>(() => new JsonFormats().AddList<Reason, ReasonContract, ReasonJsonMapper>(null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentNullException>(() => new JsonFormats().AddKind<object, string>(null!, "c")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new JsonFormats().AddKind<object, string>("k", null!)).ParamName);
        Assert.Equal("read", Assert.Throws<ArgumentNullException>(() => new JsonFormats().AddFile<object>(null!, (_, _) => { })).ParamName);
        Assert.Equal("write", Assert.Throws<ArgumentNullException>(() => new JsonFormats().AddFile<object>((_, _) => 1, null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => formats.Read<Reason>(null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => formats.Read<Reason>(Utf8("{}"), null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => formats.Deserialize<Reason>(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => formats.Serialize<Reason>(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => formats.Serialize(null!, new Reason("c", "m"))).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => formats.Write(null!, new Reason("c", "m"))).ParamName);
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => JsonFormats.ReadFile<ReasonContract, Reason?>(default, "f", null!, (_, _) => null, false)).ParamName);
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => JsonFormats.ReadFile<ReasonContract, Reason?>(default, "f", ReasonJsonMapper.Contract, null!, false)).ParamName);
        Assert.Equal("problem", Assert.Throws<ArgumentNullException>(() => JsonFailure.Of(null!, null)).ParamName);
        Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => JsonFailure.DetailsOf(null!)).ParamName);
    }
}

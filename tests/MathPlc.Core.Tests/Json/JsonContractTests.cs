using System.Text;
using System.Text.Json.Serialization;

namespace MathPlc.Core.Tests.Json;

/// <summary>
/// Reading a contract: a value of the wrong JSON type is one <c>wrong-type</c> diagnostic that says what the member takes
/// (found from the contract, not from the serializer's message, which names the enclosing type) and what the file holds.
/// </summary>
public partial class JsonContractTests
{
    internal sealed record Inner
    {
        public string? Label { get; init; }
    }

    internal sealed record Outer
    {
        public double? Score { get; init; }

        public int? Count { get; init; }

        public bool? Done { get; init; }

        public List<string?>? Names { get; init; }

        public Inner? Inner { get; init; }

        public List<Inner?>? Items { get; init; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(FiniteNumberJsonConverter)])]
    [JsonSerializable(typeof(Outer))]
    internal sealed partial class ContractTestContext : JsonSerializerContext;

    private static DataDiagnostic WrongType(string json) =>
        Assert.Single(Assert.Throws<DataFileException>(() => JsonContract.Read(Encoding.UTF8.GetBytes(json), ContractTestContext.Default.Outer, "f.json")).Diagnostics);

    [Theory]
    [InlineData("""{ "score": "3.5" }""", "$.score", """expected a number, found a string ("3.5").""", 12)]
    [InlineData("""{ "done": "yes" }""", "$.done", """expected true or false, found a string ("yes").""", 11)]
    [InlineData("""{ "names": { } }""", "$.names", "expected an array, found an object.", 12)]
    [InlineData("""{ "names": [ "a", 3 ] }""", "$.names[1]", "expected a string, found a number (3).", 19)]
    [InlineData("""{ "inner": [ ] }""", "$.inner", "expected an object, found an array.", 12)]
    [InlineData("""{ "items": [ { "label": true } ] }""", "$.items[0].label", "expected a string, found true or false (true).", 25)]
    [InlineData("""[ ]""", "$", "expected an object, found an array.", 1)]
    public void A_wrong_type_says_what_the_member_takes_and_what_was_found(string json, string path, string message, int column)
    {
        var d = WrongType(json);
        Assert.Equal((JsonContract.WrongTypeCode, path, message, 1, column, "f.json"), (d.Code, d.Field, d.Message, d.Line, d.Column, d.File));
    }

    [Theory]
    [InlineData("""{ "score": 1e400 }""", "1e400")]
    [InlineData("""{ "score": -1E+309 }""", "-1E+309")]
    public void A_number_too_large_for_a_finite_double_is_refused_not_read_as_infinity(string json, string written)
    {
        var d = WrongType(json);
        Assert.Equal(("not-a-number", "$.score", written, 1, 12), (d.Code, d.Field, d.Value, d.Line, d.Column));
        Assert.Equal($"{written} is too large for a number of MathPlc (a finite double).", d.Message);
    }

    [Fact]
    public void Writing_an_infinite_number_is_refused()
    {
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new FiniteNumberJsonConverter() } };
        Assert.Throws<ArgumentException>(() => System.Text.Json.JsonSerializer.Serialize(double.PositiveInfinity, options));
    }

    [Fact]
    public void A_fraction_where_a_whole_number_goes_is_not_a_number_in_the_words_of_every_reader()
    {
        var d = WrongType("""{ "count": 2.5 }""");
        Assert.Equal(("not-a-number", "$.count", "2.5", 12), (d.Code, d.Field, d.Value, d.Column));
        Assert.Equal("2.5 is not a whole number from -2147483648 to 2147483647.", d.Message);
    }

    [Fact]
    public void A_file_holding_only_null_is_a_wrong_type_problem_not_a_null_contract() =>
        Assert.Equal(("wrong-type", "$", "null"), (WrongType("null").Code, WrongType("null").Field, WrongType("null").Value));

    [Fact]
    public void A_valid_file_reads_into_its_contract() =>
        Assert.Equal(2.5, JsonContract.Read(Encoding.UTF8.GetBytes("""{ "score": 2.5 }"""), ContractTestContext.Default.Outer, "f.json").Score);

    [Fact]
    public void Guards_name_the_parameter()
    {
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => JsonContract.Read<Outer>(new byte[2], null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => JsonContract.Read(new byte[2], ContractTestContext.Default.Outer, null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => JsonContract.Read(null!, "f", ContractTestContext.Default.Outer, (c, p) => c)).ParamName);
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => JsonContract.Read<Outer, Outer>(new MemoryStream(), "f", ContractTestContext.Default.Outer, null!)).ParamName);
    }

    [Fact]
    public void A_whole_read_runs_the_gate_then_the_contract_then_the_mapper_and_lists_its_problems()
    {
        var e = Assert.Throws<DataFileException>(() => JsonContract.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\n  \"score\": 2,\n  \"count\": 1\n}")), "f.json",
            ContractTestContext.Default.Outer, (c, problems) =>
            {
                problems.Add("too-high", "$.score", "the score is too high.");
                problems.Add("too-few", "$.count", "the count is too low.");
                return c;
            }));
        Assert.Equal([("too-high", 2, 12), ("too-few", 3, 12)], e.Diagnostics.Select(d => (d.Code, d.Line ?? 0, d.Column ?? 0)).ToArray());
        Assert.Equal("duplicate-property", Assert.Single(Assert.Throws<DataFileException>(() => JsonContract.Read(new MemoryStream(Encoding.UTF8.GetBytes("""{ "score": 1, "score": 2 }""")), "f.json",
            ContractTestContext.Default.Outer, (c, _) => c)).Diagnostics).Code);
    }
}

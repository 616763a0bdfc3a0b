using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace MathPlc.Core.Tests.Json;

/// <summary>
/// The problem collector a mapper uses (decision 0093): a contract with every member nullable, read by the source
/// generator, then checked member by member so every problem of a file is listed with its path and line.
/// </summary>
public partial class JsonProblemsTests
{
    // A contract as 0093 prescribes: JSON-shaped members only, all nullable, unknown members collected. Init
    // properties, not a positional constructor; the extension data has a setter:
    // System.Text.Json cannot fill extension data through a constructor or an init accessor (the source generator sets
    // init members in the object initializer).
    internal sealed record MeasurementContract
    {
        public string? Date { get; init; }

        public double? Value { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    internal sealed record GoalContract
    {
        public string? Name { get; init; }

        public List<MeasurementContract?>? Measurements { get; init; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Unknown { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(GoalContract))]
    internal sealed partial class ProblemsTestContext : JsonSerializerContext;

    private sealed record Measurement(LocalDate Date, double Value)
    {
        public double Value { get; } = Value >= 0 ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A measurement is a count, never negative.");
    }

    private static readonly string[] GoalMembers = ["name", "measurements"];
    private static readonly string[] MeasurementMembers = ["date", "value"];

    // The mapper a package would write for this aggregate: one line per member, problems collected, not thrown.
    private static (string? Name, List<Measurement> Measurements) Map(GoalContract goal, JsonProblems problems)
    {
        problems.Unknown(goal.Unknown, "$", GoalMembers);
        problems.Present("$", ("name", goal.Name is not null));
        var measurements = new List<Measurement>();
        for (int i = 0; i < (goal.Measurements?.Count ?? 0); i++)
        {
            string path = JsonPath.Index("$.measurements", i);
            var m = goal.Measurements![i];
            if (m is null) { problems.Add("wrong-type", path, "expected an object, found null."); continue; }
            problems.Unknown(m.Unknown, path, MeasurementMembers);
            if (!problems.Present(path, ("date", m.Date is not null), ("value", m.Value is not null))) continue;
            if (problems.Date(m.Date, path + ".date") is not { } date) continue;
            if (problems.Build(path, "invalid-measurement", MeasurementMembers, () => new Measurement(date, m.Value!.Value)) is { } built)
                measurements.Add(built);
        }
        return (goal.Name, measurements);
    }

    private static (JsonProblems Problems, List<Measurement> Measurements) Read(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var contract = JsonSerializer.Deserialize(utf8, ProblemsTestContext.Default.GoalContract)!;
        var problems = new JsonProblems("goal.json", new JsonLineIndex(utf8));
        return (problems, Map(contract, problems).Measurements);
    }

    [Fact]
    public void A_valid_file_maps_with_no_problem()
    {
        var (problems, measurements) = Read("""{ "name": "Fractions", "measurements": [ { "date": "2026-09-14", "value": 3 } ] }""");
        Assert.False(problems.Any);
        problems.ThrowIfAny();
        Assert.Equal([new Measurement(new LocalDate(2026, 9, 14), 3)], measurements);
    }

    [Fact]
    public void Every_problem_of_the_file_is_listed_with_its_path_and_line()
    {
        var (problems, measurements) = Read("""
            {
              "nmae": "Fractions",
              "measurements": [
                { "date": "2026-13-01", "value": 3 },
                { "value": 4 },
                { "date": "2026-09-21", "value": -2, "note": "x" },
                { "date": "2026-09-28", "value": 5 }
              ]
            }
            """);
        Assert.Equal([new Measurement(new LocalDate(2026, 9, 28), 5)], measurements);
        var found = problems.Found.Select(d => (d.Code, d.Field, d.Line, d.Value)).ToArray();
        Assert.Equal(
        [
            ("unknown-property", "$.nmae", 2, null),
            ("missing-property", "$", 1, null),
            ("bad-date", "$.measurements[0].date", 4, "2026-13-01"),
            ("missing-property", "$.measurements[1]", 5, null),
            ("unknown-property", "$.measurements[2].note", 6, null),
            ("invalid-measurement", "$.measurements[2].value", 6, "-2"),
        ], found);
        Assert.Equal("""unknown property "nmae": did you mean "name"? The properties allowed here are "name", "measurements".""", problems.Found[0].Message);
        Assert.Equal("""the required property "name" is missing.""", problems.Found[1].Message);
        Assert.Equal("""the required property "date" is missing.""", problems.Found[3].Message);
        Assert.Equal("A measurement is a count, never negative.", problems.Found[5].Message);
        var thrown = Assert.Throws<DataFileException>(problems.ThrowIfAny);
        Assert.Equal(6, thrown.Diagnostics.Length);
        Assert.All(thrown.Diagnostics, d => Assert.Equal("goal.json", d.File));
    }

    [Fact]
    public void Whole_numbers_and_choices_are_checked_with_the_value_named()
    {
        var problems = new JsonProblems("f.json");
        Assert.Equal(3, problems.WholeNumber(3.0, "$.a"));
        Assert.Null(problems.WholeNumber(2.5, "$.b"));
        Assert.Null(problems.WholeNumber(3e10, "$.c"));
        Assert.Null(problems.WholeNumber(null, "$.d"));
        Assert.Equal(DayOfWeek.Monday, problems.Choice<DayOfWeek>("MONDAY", "$.e"));
        Assert.Null(problems.Choice<DayOfWeek>("1", "$.f")); // a number is not a name, though Enum.TryParse takes it
        Assert.Null(problems.Choice<DayOfWeek>("someday", "$.g"));
        Assert.Null(problems.Choice<DayOfWeek>(null, "$.h"));
        Assert.Equal(
        [
            ("bad-number", "$.b", "2.5", "2.5 is not a whole number."),
            ("bad-number", "$.c", "30000000000", "30000000000 is not a whole number."),
            ("unknown-name", "$.f", "1", "\"1\" is not one of sunday, monday, tuesday, wednesday, thursday, friday, saturday."),
            ("unknown-name", "$.g", "someday", "\"someday\" is not one of sunday, monday, tuesday, wednesday, thursday, friday, saturday."),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Value!, d.Message)).ToArray());
    }

    [Fact]
    public void Choice_names_are_written_in_camel_case()
    {
        Assert.Equal("monday", JsonNames.Of(DayOfWeek.Monday));
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => JsonNames.Of((DayOfWeek)12)).ParamName);
    }

    [Fact]
    public void Missing_members_are_named_together_in_one_problem()
    {
        var problems = new JsonProblems("f.json");
        Assert.False(problems.Present("$.x", ("a", false), ("b", true), ("c", false)));
        var only = Assert.Single(problems.Found);
        Assert.Equal("""the required properties "a", "c" are missing.""", only.Message);
        Assert.Null(only.Line); // no index: no line is guessed
    }

    [Fact]
    public void A_null_date_is_no_problem_of_its_own() // whether it is required is Present's to say
    {
        var problems = new JsonProblems("f.json");
        Assert.Null(problems.Date(null, "$.date"));
        Assert.False(problems.Any);
    }

    [Fact]
    public void An_exception_other_than_an_argument_exception_is_not_swallowed()
    {
        var problems = new JsonProblems("f.json");
        Assert.Throws<InvalidOperationException>(() => problems.Build<string>("$", "x", [], () => throw new InvalidOperationException()));
    }

    [Fact]
    public void Element_parameters_keep_their_index_in_the_path()
    {
        var e = new ArgumentException("bad level", "levels[2]");
        Assert.Equal("$.scale.levels[2]", JsonProblems.MemberPath("$.scale", ["name", "levels"], e));
        Assert.Equal("$.scale", JsonProblems.MemberPath("$.scale", ["name"], e));
        Assert.Equal("bad level", JsonProblems.ReasonOf(e));
        Assert.Null(JsonProblems.ValueOf(e));
    }

    [Fact]
    public void Guards_name_the_parameter()
    {
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => new JsonProblems(null!)).ParamName);
        var problems = new JsonProblems("f.json");
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => problems.Add(null!, "$", "r")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => problems.Add("c", null!, "r")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => problems.Add("c", "$", null!)).ParamName);
        Assert.Equal("create", Assert.Throws<ArgumentNullException>(() => problems.Build<string>("$", "c", [], null!)).ParamName);
        Assert.Equal("names", Assert.Throws<ArgumentNullException>(() => JsonProblems.MissingReason(null!)).ParamName);
        Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => JsonProblems.ReasonOf(null!)).ParamName);
    }

    [Fact]
    public void Every_unknown_member_is_one_problem_in_file_order() =>
        Prop.ForAll(Gen.Elements("alpha", "beta", "gamma", "delta", "name", "measurements").ArrayOf().ToArbitrary(), names =>
        {
            var distinct = names.Distinct().ToArray();
            string json = "{" + string.Join(",", distinct.Select((n, i) => $"\"{n}\": {(n == "name" ? "\"g\"" : n == "measurements" ? "[]" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}")) + "}";
            var (problems, _) = Read(json);
            var unknown = problems.Found.Where(d => d.Code == JsonProblems.UnknownPropertyCode).Select(d => d.Field).ToArray();
            var expected = distinct.Where(n => !GoalMembers.Contains(n)).Select(n => "$." + n).ToArray();
            bool missingName = problems.Found.Any(d => d.Code == JsonProblems.MissingPropertyCode) == !distinct.Contains("name");
            return unknown.SequenceEqual(expected) && missingName;
        }).QuickCheckThrowOnFailure();
}

using System.Text.Json;
using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>The contracts and mappers of the calculation methods, their settings, options and presets (decisions 0093, 0140).</summary>
public class CalculationMethodJsonTests
{
    [Fact] public void Methods_round_trip() => MapperChecks.RoundTrips<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>(GradingGenerators.Method, 200);

    [Fact] public void Settings_round_trip() => MapperChecks.RoundTrips<MethodSettings, MethodSettingsContract, MethodSettingsJsonMapper>(GradingGenerators.Settings, 200);

    [Fact] public void Options_round_trip() => MapperChecks.RoundTrips<ProficiencyOptions, ProficiencyOptionsContract, ProficiencyOptionsJsonMapper>(GradingGenerators.Options, 100);

    [Fact] public void Presets_round_trip() => MapperChecks.RoundTrips<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>(GradingGenerators.Preset, 50);

    [Fact]
    public void The_method_contract_has_a_member_for_each_parameter_of_the_table_and_no_other()
    {
        // The table (decision 0092) is the one list of parameters; the contract spells them, the clamp as its two bounds.
        var members = CalculationMethodJsonMapper.Contract.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).ToHashSet();
        var fromTable = CalculationMethods.All.SelectMany(m => m.Parameters)
            .SelectMany(p => p.Name == "clamp" ? ["clamp", "scaleMinimum", "scaleMaximum"] : new[] { p.Name })
            .Append("name").Append("decayPercent").ToHashSet();
        Assert.Equal(fromTable.Order(), members.Order());
    }

    [Theory]
    [InlineData("mode", """{"name":"mode","modeTies":"highest"}""")]
    [InlineData("n-mastery", """{"name":"n-mastery","count":5,"masteryPoints":3}""")]
    [InlineData("best-fit", """{"name":"best-fit","errorMeasure":"sumOfAbsoluteErrors","zeroPolicy":"floorAt"}""")]
    [InlineData("mean", """{"name":"mean"}""")]
    public void Each_method_is_written_with_the_parameters_of_its_row_in_the_row_order(string name, string json)
    {
        var method = CalculationMethods.Create(name, new MethodSettings());
        Assert.Equal(json, JsonSerializer.Serialize(CalculationMethodJsonMapper.ToContract(method), CalculationMethodJsonMapper.Contract));
    }

    [Fact] // Canvas LMS, app/models/rollup_score.rb (standard_decaying_average): 65 % is 0.01 × 65, so 1.5 then 0 is 0.525… → Ruby 0.53; 0.65 gives 0.52.
    public void A_whole_percent_keeps_Canvas_arithmetic_through_the_file()
    {
        var (percent, p1) = MapperChecks.Map<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>("""{"name":"decaying-average","decayPercent":65}""");
        var (fraction, p2) = MapperChecks.Map<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>("""{"name":"decaying-average","decay":0.65}""");
        Assert.False(p1.Any || p2.Any);
        Assert.Equal(0.53, ScoreRounding.Canvas.Apply(Scores.Of(percent!, 1.5, 0)));
        Assert.Equal(0.52, ScoreRounding.Canvas.Apply(Scores.Of(fraction!, 1.5, 0)));
        Assert.Contains("\"decayPercent\":65", JsonSerializer.Serialize(CalculationMethodJsonMapper.ToContract(percent!), CalculationMethodJsonMapper.Contract), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_method_is_listed_with_its_line()
    {
        var (method, problems) = MapperChecks.Map<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>("""
            {
              "modeTies": "random",
              "zeroPolicy": "skip",
              "decayy": 0.5
            }
            """);
        Assert.Null(method);
        Assert.Equal(
        [
            ("unknown-property", "$.decayy", 4),
            ("unknown-mode-tie-rule", "$.modeTies", 2),
            ("unknown-zero-policy", "$.zeroPolicy", 3),
            ("missing-property", "$", 1),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Theory]
    [InlineData("""{"name":"avg"}""", "$.name", null)]                                    // not in the table
    [InlineData("""{"name":"decaying-average","decay":1.5}""", "$.decay", "1.5")]          // the method's range, at the member it comes from
    [InlineData("""{"name":"weighted-latest","decayPercent":0}""", "$.decayPercent", "0")]
    [InlineData("""{"name":"top-mean","decayPercent":50}""", "$.decayPercent", null)]      // top-mean has no recency weight
    [InlineData("""{"name":"decaying-average","decay":0.5,"decayPercent":50}""", "$.decayPercent", null)]
    [InlineData("""{"name":"best-fit","scaleMinimum":3,"scaleMaximum":2}""", "$.scaleMaximum", "2")]
    [InlineData("""{"name":"recent-median"}""", "$", null)]                               // its count is required
    public void A_method_the_table_refuses_is_one_invalid_method_problem_at_its_member(string json, string path, string? value)
    {
        var (method, problems) = MapperChecks.Map<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>(json);
        Assert.Null(method);
        var only = Assert.Single(problems.Found);
        Assert.Equal(("invalid-method", path, value), (only.Code, only.Field, only.Value));
    }

    [Fact]
    public void Absent_settings_take_the_defaults_and_a_bad_choice_is_named()
    {
        var (settings, none) = MapperChecks.Map<MethodSettings, MethodSettingsContract, MethodSettingsJsonMapper>("{}");
        Assert.False(none.Any);
        Assert.Equal(new MethodSettings(), settings);
        var (bad, problems) = MapperChecks.Map<MethodSettings, MethodSettingsContract, MethodSettingsJsonMapper>("""{"errorMeasure":"rms","modeTie":"highest"}""");
        Assert.Null(bad);
        Assert.Equal([("unknown-property", "$.modeTie"), ("unknown-error-measure", "$.errorMeasure")], problems.Found.Select(d => (d.Code, d.Field!)));
        Assert.Contains("did you mean \"modeTies\"", problems.Found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_list_the_problems_of_their_parts()
    {
        var (options, problems) = MapperChecks.Map<ProficiencyOptions, ProficiencyOptionsContract, ProficiencyOptionsJsonMapper>("""
            {
              "method": { "name": "median" },
              "rounding": { "digits": 11 },
              "levelRule": "ceiling"
            }
            """);
        Assert.Null(options);
        Assert.Equal(
        [
            ("invalid-rounding", "$.rounding.digits"),
            ("unknown-level-rule", "$.levelRule"),
            ("missing-property", "$"),
        ], problems.Found.Select(d => (d.Code, d.Field!)));
    }

    [Fact]
    public void A_preset_needs_its_name_method_source_and_description_and_its_settings_are_strings()
    {
        var (preset, problems) = MapperChecks.Map<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>("""{"method":{"name":"mean"},"settings":["Decay",null]}""");
        Assert.Null(preset);
        Assert.Equal([("wrong-type", "$.settings[1]"), ("missing-property", "$")], problems.Found.Select(d => (d.Code, d.Field!)));
        Assert.Equal("the required properties \"name\", \"source\", \"description\" are missing.", problems.Found[1].Message);
        var (blank, invalid) = MapperChecks.Map<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>("""{"name":" ","method":{"name":"mean"},"source":"s","description":"d"}""");
        Assert.Null(blank);
        Assert.Equal(("invalid-preset", "$.name"), (invalid.Found.Single().Code, invalid.Found.Single().Field));
    }

    [Fact]
    public void The_mappers_guard_their_arguments()
    {
        MapperChecks.Guards<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>(new());
        MapperChecks.Guards<MethodSettings, MethodSettingsContract, MethodSettingsJsonMapper>(new());
        MapperChecks.Guards<ProficiencyOptions, ProficiencyOptionsContract, ProficiencyOptionsJsonMapper>(new());
        MapperChecks.Guards<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>(new());
    }
}

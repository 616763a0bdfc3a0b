using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>The one table of calculation methods (decision 0092): names, factories, defaults and the guards of its rows.</summary>
public class CalculationMethodTableTests
{
    // A count for the methods that require one (recent-mean, recent-median).
    private static MethodSettings Minimal(CalculationMethodDefinition method) =>
        method.Parameters.Any(p => p.IsRequired) ? new MethodSettings { Count = 3 } : new MethodSettings();

    public static TheoryData<string> Names() => [.. CalculationMethods.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_method_round_trips_name_factory_method_name(string name)
    {
        var definition = CalculationMethods.Find(name);
        var method = definition.Create(Minimal(definition));
        Assert.Equal(name, method.Name);
        Assert.Same(definition, CalculationMethods.Find(method.Name));
        Assert.Equal(method, definition.Create(definition.SettingsOf(method)));
        Assert.Equal(method, CalculationMethods.Create(name.ToUpperInvariant(), Minimal(definition)));
    }

    [Fact]
    public void The_names_are_the_table_in_its_order_and_each_is_unique()
    {
        Assert.Equal(CalculationMethods.All.Select(m => m.Name), CalculationMethods.Names);
        Assert.Equal(CalculationMethods.Names.Length, CalculationMethods.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(CalculationMethods.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Summary)));
    }

    [Fact]
    public void The_defaults_in_the_table_are_the_method_types_own()
    {
        object? Default(string method, string option) => CalculationMethods.Find(method).Parameters.Single(p => p.Option == option).Default;
        Assert.Equal(new DecayingAverage().NewerWeight, Default("decaying-average", "--decay"));
        Assert.Equal(0.65, Default("decaying-average", "--decay"));
        Assert.Equal(new WeightedLatest().LatestWeight, Default("weighted-latest", "--decay"));
        Assert.Equal(new NMastery().Count, Default("n-mastery", "--n"));
        Assert.Equal(5, Default("n-mastery", "--n"));
        Assert.Equal(new NMastery().MasteryPoints, Default("n-mastery", "--mastery-points"));
        Assert.Equal(3.0, Default("n-mastery", "--mastery-points"));
        Assert.Equal(new TopMean().Count, Default("top-mean", "--top"));
        Assert.Equal(3, Default("top-mean", "--top"));
        Assert.Equal(new Mode().TieRule, Default("mode", "--mode-ties"));
        Assert.Equal(new PowerLaw().ZeroPolicy, Default("power-law", "--zero-policy"));
        Assert.Equal(new BestFit().ZeroPolicy, Default("best-fit", "--zero-policy"));
        Assert.Equal(new BestFit().Measure, Default("best-fit", "--fit-error"));
        Assert.Equal(new MethodSettings().Clamp, Default("linear-trend", "--clamp"));
        Assert.Null(Default("recent-mean", "--recent"));
        Assert.True(CalculationMethods.Find("recent-median").Parameters.Single().IsRequired);
    }

    [Fact]
    public void A_method_made_without_settings_is_its_default_constructed_type()
    {
        CalculationMethod[] defaults =
        [
            new Mean(), new Median(), new Mode(), new Highest(), new Latest(), new DecayingAverage(), new WeightedLatest(),
            new NMastery(), new PowerLaw(), new LinearTrend(), new TopMean(), new BestFit(),
        ];
        foreach (var method in defaults)
            Assert.Equal(method, CalculationMethods.Find(method.Name).Create(new MethodSettings()));
        Assert.Equal(
            CalculationMethods.Names.Except(["recent-mean", "recent-median"]).Order(StringComparer.Ordinal),
            defaults.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Settings_of_another_method_are_refused() =>
        Assert.Throws<ArgumentException>("method", () => CalculationMethods.Find("mean").SettingsOf(new Median()));

    [Fact]
    public void An_unknown_name_is_refused_with_the_names()
    {
        var e = Assert.Throws<ArgumentException>("name", () => CalculationMethods.Find("average"));
        Assert.Contains("mean, median, mode", e.Message, StringComparison.Ordinal);
        Assert.False(CalculationMethods.TryFind("average", out var none));
        Assert.Null(none);
        Assert.Throws<ArgumentNullException>("name", () => CalculationMethods.TryFind(null!, out _));
    }

    [Fact]
    public void A_method_parameter_guards_its_texts()
    {
        Assert.Throws<ArgumentNullException>("name", () => new MethodParameter(null!, "--x", 1, "any", "x"));
        Assert.Throws<ArgumentException>("name", () => new MethodParameter(" ", "--x", 1, "any", "x"));
        Assert.Throws<ArgumentNullException>("option", () => new MethodParameter("x", null!, 1, "any", "x"));
        Assert.Throws<ArgumentException>("option", () => new MethodParameter("x", "", 1, "any", "x"));
        Assert.Throws<ArgumentNullException>("range", () => new MethodParameter("x", "--x", 1, null!, "x"));
        Assert.Throws<ArgumentNullException>("description", () => new MethodParameter("x", "--x", 1, "any", null!));
        Assert.True(new MethodParameter("x", "--x", null, "any", "x").IsRequired);
    }

    [Fact]
    public void A_method_definition_guards_its_arguments()
    {
        var p = new MethodParameter("x", "--x", 1, "any", "x");
        Func<MethodSettings, CalculationMethod> create = _ => new Mean();
        Func<CalculationMethod, MethodSettings> settingsOf = _ => new MethodSettings();
        Assert.Throws<ArgumentNullException>("name", () => new CalculationMethodDefinition(null!, "s", [], create, settingsOf));
        Assert.Throws<ArgumentException>("name", () => new CalculationMethodDefinition("Mean", "s", [], create, settingsOf));
        Assert.Throws<ArgumentException>("summary", () => new CalculationMethodDefinition("mean", " ", [], create, settingsOf));
        Assert.Throws<ArgumentNullException>("parameters", () => new CalculationMethodDefinition("mean", "s", null!, create, settingsOf));
        Assert.Throws<ArgumentException>("parameters", () => new CalculationMethodDefinition("mean", "s", [p, null!], create, settingsOf));
        Assert.Throws<ArgumentException>("parameters", () => new CalculationMethodDefinition("mean", "s", [p, p], create, settingsOf));
        Assert.Throws<ArgumentNullException>("create", () => new CalculationMethodDefinition("mean", "s", [], null!, settingsOf));
        Assert.Throws<ArgumentNullException>("settingsOf", () => new CalculationMethodDefinition("mean", "s", [], create, null!));
        var row = new CalculationMethodDefinition("mean", "s", [p], create, settingsOf);
        Assert.Throws<ArgumentNullException>("settings", () => row.Create(null!));
        Assert.Throws<ArgumentNullException>("method", () => row.SettingsOf(null!));
        Assert.True(row.Takes("--x"));
        Assert.False(row.Takes("--y"));
    }
}

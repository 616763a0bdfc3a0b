using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.Json;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// Every Core type written by <see cref="MathPlcJson"/> reads back equal, and the text does not depend on the culture.
/// Identifiers, dates, weekdays and kinds have no JSON form of their own (decision 0160); they round-trip inside the
/// evidence, scales and calendars that hold them, whose generators draw them at random.
/// </summary>
public class RoundTripProperties
{
    private static void RoundTrips<T>(Gen<T> values, Func<T, T, bool>? equal = null) =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = MathPlcJson.Serialize(value);
            var back = MathPlcJson.Deserialize<T>(json);
            Assert.True((equal ?? EqualityComparer<T>.Default.Equals)(value, back), $"{value} read back from {json} as {back}");
            Assert.Equal(json, MathPlcJson.Serialize(back)); // writing is stable
        }).Check();

    [Fact] public void Evidence_round_trips() => RoundTrips(CoreGenerators.Evidence);
    [Fact] public void Lists_of_evidence_round_trip() => RoundTrips(CoreGenerators.Evidence.ArrayOf().Select(ImmutableArray.Create), (a, b) => a.SequenceEqual(b));
    [Fact] public void Reasons_round_trip() => RoundTrips(CoreGenerators.Reason);
    [Fact] public void Proficiency_levels_round_trip() => RoundTrips(CoreGenerators.Level);
    [Fact] public void Proficiency_scales_round_trip() => RoundTrips(CoreGenerators.Scale);
    [Fact] public void Grading_periods_round_trip() => RoundTrips(CoreGenerators.GradingPeriod);
    [Fact] public void Non_instructional_periods_round_trip() => RoundTrips(CoreGenerators.NonInstructionalPeriod);
    [Fact] public void School_calendars_round_trip() => RoundTrips(CoreGenerators.Calendar);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_text_is_the_same_in_every_culture(string culture) =>
        Prop.ForAll(Gen.Zip(CoreGenerators.Evidence, CoreGenerators.Scale).ToArbitrary(), CoreGenerators.Calendar.ToArbitrary(), (pair, calendar) =>
        {
            string Write() => MathPlcJson.Serialize(pair.Item1) + MathPlcJson.Serialize(pair.Item2) + MathPlcJson.Serialize(calendar);
            string invariant = InCulture(CultureInfo.InvariantCulture, Write);
            Assert.Equal(invariant, InCulture(CultureInfo.GetCultureInfo(culture), Write));
            Assert.Equal(pair.Item1, InCulture(CultureInfo.GetCultureInfo(culture), () => MathPlcJson.Deserialize<Evidence>(MathPlcJson.Serialize(pair.Item1))));
        }).Check(maxTest: 100);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Decimals_are_written_with_a_point_in_every_culture(string culture)
    {
        var evidence = new Evidence(new StudentId("S-1"), new TargetId("6.RP.A.3"), new LocalDate(2026, 9, 14), 3.5, weight: 0.25);
        string json = InCulture(CultureInfo.GetCultureInfo(culture), () => MathPlcJson.Serialize(evidence) + MathPlcJson.Serialize(ProficiencyScale.Marzano));
        Assert.Contains("\"score\":3.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"weight\":0.25", json, StringComparison.Ordinal);
        Assert.Contains("\"step\":0.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"assessedOn\":\"2026-09-14\"", json, StringComparison.Ordinal); // Gregorian, Western digits, even where ar-SA defaults to Umm al-Qura
        Assert.DoesNotContain("3,5", json, StringComparison.Ordinal);
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}

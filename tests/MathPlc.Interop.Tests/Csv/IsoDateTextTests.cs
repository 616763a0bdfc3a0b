using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Tests.Csv;

public class IsoDateTextTests
{
    /// <summary>The fast path must agree with NodaTime's ISO pattern, which the docs promise.</summary>
    private static void AssertAgreesWithNodaTime(string text)
    {
        var expected = LocalDatePattern.Iso.Parse(text);
        bool ok = IsoDateText.TryParse(Encoding.UTF8.GetBytes(text), out var date, out string? problem);
        Assert.Equal(expected.Success, ok);
        if (ok) Assert.Equal(expected.Value, date);
        else Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Dates_with_any_year_month_and_day_numbers_parse_as_NodaTime_parses_them() =>
        Prop.ForAll(Gen.Choose(0, 9999).ToArbitrary(), Gen.Choose(0, 13).ToArbitrary(), Gen.Choose(0, 32).ToArbitrary(),
            (year, month, day) => AssertAgreesWithNodaTime(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"))).Check(1000);

    [Fact]
    public void Any_text_of_digits_and_dashes_parses_as_NodaTime_parses_it() =>
        Prop.ForAll(Gen.Elements("0123456789-+ /T".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary(), AssertAgreesWithNodaTime).Check(1000);

    [Theory]
    [InlineData("-0001-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-09-14")]
    public void Edge_years_parse_and_format_back(string text)
    {
        Assert.True(IsoDateText.TryParse(Encoding.UTF8.GetBytes(text), out LocalDate date, out _));
        Assert.Equal(text, IsoDateText.Format(date));
    }

    [Fact]
    public void An_impossible_day_is_explained_with_the_days_in_the_month()
    {
        Assert.False(IsoDateText.TryParse("2026-02-30"u8, out _, out string? problem));
        Assert.Equal("There is no day 30 in February 2026, which has 28 days.", problem);
    }
}

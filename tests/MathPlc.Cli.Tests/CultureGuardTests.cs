using System.Globalization;

namespace MathPlc.Cli.Tests;

/// <summary>The culture tests prove something only if de-DE really differs from the invariant culture on this machine.</summary>
public class CultureGuardTests
{
    [Fact]
    public void German_culture_really_writes_numbers_and_dates_differently_here()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal(",", german.NumberFormat.NumberDecimalSeparator);
        Assert.Equal("14.09.2026", new DateTime(2026, 9, 14).ToString("d", german));
    }
}

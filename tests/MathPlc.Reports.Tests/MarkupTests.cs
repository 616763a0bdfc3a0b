using MathPlc.Reports;

namespace MathPlc.Reports.Tests;

/// <summary>The shared text rules of the renderers.</summary>
public class MarkupTests
{
    [Theory]
    [InlineData("a<b>&\"'c", "a&lt;b&gt;&amp;&quot;&#39;c")]
    [InlineData("emoji 😀 kept", "emoji 😀 kept")]
    public void Escaping_leaves_text_that_xml_can_hold(string text, string expected) => Assert.Equal(expected, Markup.Escape(text));

    [Fact]
    public void Control_characters_and_unpaired_surrogates_are_dropped() =>
        Assert.Equal("bell and  lone", Markup.Escape("bell\u0007 and \uD800 lone"));

    [Fact]
    public void Shortening_never_splits_an_emoji() =>
        Assert.Equal("ab…", Markup.Shorten("ab😀cd", 4)); // cutting after "ab\uD83D" would leave half an emoji

    [Theory]
    [InlineData(0.125, "0.13")]
    [InlineData(-0.001, "0")]
    [InlineData(1234.5, "1234.5")]
    public void Coordinates_have_at_most_two_decimals(double value, string expected) => Assert.Equal(expected, Markup.Number(value));

    [Theory]
    [InlineData("**a** and `b<c>`", "<strong>a</strong> and <code>b&lt;c&gt;</code>")]
    [InlineData("2 * 3 ** 4", "2 * 3 ** 4")]
    [InlineData("an ` alone", "an ` alone")]
    public void Inline_marks_become_strong_and_code(string text, string expected) => Assert.Equal(expected, Markup.Inline(text));

    [Fact]
    public void Ticks_are_nice_numbers_covering_the_range()
    {
        // Heckbert (1990): 0..71 in about six ticks steps by 20; 0..1 by 0.2; -0.06..1.25 by 0.5.
        Assert.Equal([0, 20, 40, 60, 80], AxisTicks.Nice(0, 71).ToArray());
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], AxisTicks.Nice(0, 1).ToArray());
        Assert.Equal([-0.5, 0, 0.5, 1, 1.5], AxisTicks.Nice(-0.06, 1.25).ToArray());
    }
}

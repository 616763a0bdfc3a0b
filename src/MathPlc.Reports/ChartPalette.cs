namespace MathPlc.Reports;

/// <summary>
/// The colours charts draw with: the Okabe–Ito palette, eight colours that stay distinct for readers with the common
/// forms of colour-vision deficiency, in an order that keeps neighbours apart.
/// </summary>
/// <remarks>Source: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations that are friendly to colorblind people" (2008).</remarks>
public static class ChartPalette
{
    /// <summary>The colours, as <c>#RRGGBB</c>: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black.</summary>
    public static ImmutableArray<string> Colours { get; } = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>The colour for series or group <paramref name="index"/>, repeating after eight.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string Colour(int index)
    {
        Guard.Against.Below(index, 0);
        return Colours[index % Colours.Length];
    }
}

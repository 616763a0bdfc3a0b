// The renderer as it was before decision 0205 (session 18), kept unchanged but for its namespace: the fast renderer must give its bytes.
using Ardalis.GuardClauses;
using MathPlc.Core.Guards;
namespace MathPlc.Reports.Tests.Before;

/// <summary>
/// What the two bar charts share: the plot area, a zero-based value axis with nice ticks and light grid lines, the
/// axis titles, and the category labels under the bars (shortened to fit, the full text as a tooltip).
/// </summary>
internal sealed class BarChartFrame
{
    public const double Left = 72, Right = 24, Bottom = 72;

    public BarChartFrame(SvgCanvas canvas, double top, double maximum, string valueAxisLabel, string? categoryAxisLabel, int categories)
    {
        Canvas = canvas;
        Top = top;
        PlotBottom = canvas.Height - Bottom;
        Ticks = AxisTicks.Nice(0, maximum);
        Maximum = Ticks[^1];
        Categories = Math.Max(1, categories);
        GroupWidth = (canvas.Width - Left - Right) / Categories;

        foreach (double tick in Ticks)
        {
            double y = Y(tick);
            canvas.Line(Left, y, canvas.Width - Right, y, tick == 0 ? "#333333" : "#DDDDDD");
            canvas.Text(Left - 8, y + 4, Markup.Label(tick), "end", size: 11, fill: "#444444");
        }
        canvas.Line(Left, Top, Left, PlotBottom, "#333333");
        double middle = (Top + PlotBottom) / 2;
        canvas.Text(18, middle, valueAxisLabel, "middle", rotate: -90, fill: "#444444");
        if (categoryAxisLabel is not null) canvas.Text((Left + canvas.Width - Right) / 2, canvas.Height - 12, categoryAxisLabel, "middle", fill: "#444444");
    }

    public SvgCanvas Canvas { get; }

    public double Top { get; }

    public double PlotBottom { get; }

    public ImmutableArray<double> Ticks { get; }

    public double Maximum { get; }

    public int Categories { get; }

    public double GroupWidth { get; }

    /// <summary>The vertical position of a value.</summary>
    public double Y(double value) => PlotBottom - ((PlotBottom - Top) * (value / Maximum));

    /// <summary>The left edge of category <paramref name="index"/>'s group.</summary>
    public double GroupX(int index) => Left + (index * GroupWidth);

    /// <summary>Writes a category's label under its group.</summary>
    public void CategoryLabel(int index, string label)
    {
        int fits = Math.Max(3, (int)(GroupWidth / 7));
        string shown = Markup.Shorten(label, fits);
        Canvas.Text(GroupX(index) + (GroupWidth / 2), PlotBottom + 18, shown, "middle", tooltip: shown == label ? null : label);
    }

    /// <summary>A message in the middle of an empty plot.</summary>
    public void NoData() => Canvas.Text(Canvas.Width / 2, (Top + PlotBottom) / 2, "No data", "middle", size: 14, fill: "#666666");
}

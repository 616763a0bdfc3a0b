// The renderer as it was before decision 0205 (session 18), kept unchanged but for its namespace and, since decision 0265, the
// reference line of a grouped bar chart drawn after the bars (the same few lines as the renderer's): the fast renderer must give its bytes.
using Ardalis.GuardClauses;
using MathPlc.Core.Guards;
using System.Text.RegularExpressions;

namespace MathPlc.Reports.Tests.Before;

/// <summary>
/// Draws a <see cref="ReportChart"/> as a standalone SVG element: title, axes with ticks, legend, accessible
/// <c>title</c> and <c>desc</c>, numbers in the invariant culture, every label escaped, and nothing external (no fonts,
/// images, links or scripts). The same chart always gives the same text, on every machine and culture.
/// </summary>
/// <remarks>
/// Marks (bars and points) carry <c>class="mark"</c> and a tooltip with their value; colours come from
/// <see cref="ChartPalette"/>. Bar charts start at zero (a bar's length is its value; Few, <i>Show Me the Numbers</i>,
/// 2nd ed., 2012, ch. 10). The output is well-formed XML and can be saved as an <c>.svg</c> file or placed inline in HTML.
/// </remarks>
internal static partial class SvgChart
{
    private const double Width = 760;

    /// <summary>Draws the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="id">The SVG element's id, unique in the page: a letter, then letters, digits, <c>-</c> or <c>_</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id.</exception>
    public static string Render(ReportChart chart, string id = "chart")
    {
        Guard.Against.Null(chart);
        Guard.Against.Null(id);
        Guard.Against.Unmet(IdPattern().IsMatch(id), nameof(id), $"\"{id}\" is not a valid id: use a letter, then letters, digits, - or _.");
        return chart switch
        {
            GroupedBarChart grouped => Grouped(grouped, id),
            CountBarChart counts => Counts(counts, id),
            ScatterChart scatter => Scatter(scatter, id),
            _ => throw new ArgumentException($"Charts of type {chart.GetType().Name} cannot be drawn.", nameof(chart)),
        };
    }

    private static string Grouped(GroupedBarChart chart, string id)
    {
        var canvas = new SvgCanvas(id, Width, 420, chart.Title, chart.Description);
        double top = canvas.Legend(52, [.. chart.Series.Select((s, i) => (s.Name, ChartPalette.Colour(i)))]) + 8;
        var frame = new BarChartFrame(canvas, top, chart.Maximum, chart.ValueAxisLabel, chart.CategoryAxisLabel, chart.Categories.Length);
        if (chart.Categories.IsEmpty || chart.Series.IsEmpty)
        {
            frame.NoData();
            return canvas.ToString();
        }
        double barWidth = frame.GroupWidth * 0.8 / chart.Series.Length;
        var bars = new List<(double X, double Top)>();
        for (int c = 0; c < chart.Categories.Length; c++)
        {
            for (int s = 0; s < chart.Series.Length; s++)
            {
                double x = frame.GroupX(c) + (frame.GroupWidth * 0.1) + (s * barWidth);
                string category = chart.Categories[c], series = chart.Series[s].Name;
                if (chart.Series[s].Values[c] is not { } value)
                {
                    canvas.Text(x + (barWidth / 2), frame.PlotBottom - 4, "–", "middle", size: 11, fill: "#666666", tooltip: $"{series}, {category}: no value");
                    continue;
                }
                string label = Markup.Label(value, 1) + chart.ValueSuffix;
                canvas.Rect(x + 1, frame.Y(value), barWidth - 2, frame.PlotBottom - frame.Y(value), ChartPalette.Colour(s), "mark", $"{series}, {category}: {label}");
                bars.Add((x + 1, frame.Y(value)));
                if (barWidth >= 30) canvas.Label(label, 10, "#333333", (x + (barWidth / 2), frame.Y(value) - 4, "middle"));
            }
            frame.CategoryLabel(c, chart.Categories[c]);
        }
        if (chart.ReferenceLine is { } line)
        {
            foreach (var (x, barTop) in bars) canvas.Reserve(x, barTop, x + barWidth - 2, frame.PlotBottom);
            double y = frame.Y(line.Value), right = canvas.Width - BarChartFrame.Right - 4, left = BarChartFrame.Left + 4;
            canvas.Line(BarChartFrame.Left, y, canvas.Width - BarChartFrame.Right, y, "#444444", 1.5, dashed: true);
            if (!canvas.Label(line.Label, 11, "#333333", (right, y - 5, "end"), (right, y + 14, "end"), (left, y - 5, "start"), (left, y + 14, "start")))
                canvas.Text(right, y - 5, line.Label, "end", 11, fill: "#333333", halo: true);
        }
        return canvas.ToString();
    }

    private static string Counts(CountBarChart chart, string id)
    {
        var canvas = new SvgCanvas(id, Width, 380, chart.Title, chart.Description);
        double maximum = chart.Bars.IsEmpty ? 1 : Math.Max(1, chart.Bars.Max(b => b.Value));
        var frame = new BarChartFrame(canvas, 56, maximum, chart.ValueAxisLabel, null, chart.Bars.Length);
        if (chart.Bars.IsEmpty)
        {
            frame.NoData();
            return canvas.ToString();
        }
        for (int i = 0; i < chart.Bars.Length; i++)
        {
            var bar = chart.Bars[i];
            double width = Math.Min(frame.GroupWidth * 0.7, 120), x = frame.GroupX(i) + ((frame.GroupWidth - width) / 2);
            string value = Markup.Label(bar.Value);
            canvas.Rect(x, frame.Y(bar.Value), width, frame.PlotBottom - frame.Y(bar.Value), ChartPalette.Colour(bar.Colour ?? i), "mark", $"{bar.Label}: {value}");
            canvas.Label(value, 12, "#222222", (x + (width / 2), frame.Y(bar.Value) - 6, "middle"), (x + (width / 2), frame.Y(bar.Value) + 16, "middle"));
            frame.CategoryLabel(i, bar.Label);
        }
        return canvas.ToString();
    }

    private static string Scatter(ScatterChart chart, string id)
    {
        const double Left = 72, Right = 32, Bottom = 64;
        var canvas = new SvgCanvas(id, Width, 480, chart.Title, chart.Description);
        var groups = chart.Groups();
        double top = groups.IsEmpty ? 52 : canvas.Legend(52, [.. groups.Select((g, i) => (g, ChartPalette.Colour(i)))]) + 8;
        double plotBottom = canvas.Height - Bottom, plotRight = canvas.Width - Right;

        var xs = chart.Points.Select(p => p.X).Concat(chart.ReferenceLines.Where(l => l.Vertical).Select(l => l.Value)).Append(chart.X.Minimum).Append(chart.X.Maximum);
        var ys = chart.Points.Select(p => p.Y).Concat(chart.ReferenceLines.Where(l => !l.Vertical).Select(l => l.Value)).Append(chart.Y.Minimum).Append(chart.Y.Maximum);
        var xTicks = AxisTicks.Nice(xs.Min(), xs.Max());
        var yTicks = AxisTicks.Nice(ys.Min(), ys.Max());
        double X(double v) => Left + ((plotRight - Left) * (v - xTicks[0]) / (xTicks[^1] - xTicks[0]));
        double Y(double v) => plotBottom - ((plotBottom - top) * (v - yTicks[0]) / (yTicks[^1] - yTicks[0]));

        foreach (double tick in yTicks)
        {
            canvas.Line(Left, Y(tick), plotRight, Y(tick), "#E4E4E4");
            canvas.Text(Left - 8, Y(tick) + 4, Markup.Label(tick), "end", size: 11, fill: "#444444");
        }
        foreach (double tick in xTicks)
        {
            canvas.Line(X(tick), top, X(tick), plotBottom, "#E4E4E4");
            canvas.Text(X(tick), plotBottom + 16, Markup.Label(tick), "middle", size: 11, fill: "#444444");
        }
        canvas.Line(Left, plotBottom, plotRight, plotBottom, "#333333");
        canvas.Line(Left, top, Left, plotBottom, "#333333");
        canvas.Text((Left + plotRight) / 2, canvas.Height - 16, chart.X.Label, "middle", fill: "#444444");
        canvas.Text(18, (top + plotBottom) / 2, chart.Y.Label, "middle", rotate: -90, fill: "#444444");

        foreach (var line in chart.ReferenceLines)
        {
            if (line.Vertical) canvas.Line(X(line.Value), top, X(line.Value), plotBottom, "#666666", 1.5, dashed: true);
            else canvas.Line(Left, Y(line.Value), plotRight, Y(line.Value), "#666666", 1.5, dashed: true);
        }
        // Marks first, then labels where they fit: a label never covers a point, a tick or another label.
        var placed = new List<(ScatterPoint Point, double X, double Y)>();
        foreach (var point in chart.Points)
        {
            double x = X(point.X), y = Y(point.Y);
            canvas.Reserve(x - 6, y - 6, x + 6, y + 6);
            placed.Add((point, x, y));
        }
        foreach (var line in chart.ReferenceLines)
        {
            if (line.Vertical)
                canvas.Label(line.Label, 11, "#555555", (X(line.Value) + 4, top + 12, "start"), (X(line.Value) - 4, top + 12, "end"),
                    (X(line.Value) + 4, plotBottom - 6, "start"), (X(line.Value) - 4, plotBottom - 6, "end"));
            else
                canvas.Label(line.Label, 11, "#555555", (plotRight - 4, Y(line.Value) - 5, "end"), (plotRight - 4, Y(line.Value) + 14, "end"),
                    (Left + 4, Y(line.Value) - 5, "start"), (Left + 4, Y(line.Value) + 14, "start"));
        }
        if (chart.Points.IsEmpty) canvas.Text(canvas.Width / 2, (top + plotBottom) / 2, "No data", "middle", size: 14, fill: "#666666");
        foreach (var (point, x, y) in placed)
        {
            int group = point.Group is null ? 0 : groups.IndexOf(point.Group);
            string tooltip = $"{point.Label}: {chart.X.Label} {Markup.Label(point.X)}, {chart.Y.Label} {Markup.Label(point.Y)}" + (point.Group is null ? "" : $" ({point.Group})");
            canvas.Circle(x, y, 6, ChartPalette.Colour(group), "mark", tooltip);
        }
        foreach (var (point, x, y) in placed)
            canvas.Label(Markup.Shorten(point.Label, 16), 10, "#333333",
                (x + 8, y - 7, "start"), (x + 8, y + 13, "start"), (x - 8, y - 7, "end"), (x - 8, y + 13, "end"), (x, y - 10, "middle"), (x, y + 19, "middle"));
        return canvas.ToString();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();
}

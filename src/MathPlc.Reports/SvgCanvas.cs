using System.Text;

namespace MathPlc.Reports;

/// <summary>
/// Writes one SVG chart as text: the root element with its accessible name (<c>title</c>) and description
/// (<c>desc</c>), a white background and the chart's heading, then shapes and text, all coordinates in the invariant
/// culture and all text escaped. No fonts, images, links or scripts: the chart stands alone.
/// </summary>
/// <remarks>Accessible names follow the W3C's SVG accessibility guidance: <c>role="img"</c> with <c>aria-labelledby</c> pointing at <c>title</c> and <c>desc</c>.</remarks>
internal sealed class SvgCanvas
{
    /// <summary>
    /// The chart's background: a white with a trace of blue, the same to the eye as the page's white, by which an
    /// automated check finds the chart's area in a screenshot (<c>.ci/check-screenshot.cs</c>).
    /// </summary>
    public const string Background = "#FBFCFE";

    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private readonly StringBuilder _svg;
    private readonly List<LabelBox> _boxes = [];

    /// <summary>Starts a chart in <paramref name="svg"/>, the page's buffer (or a buffer of its own); <see cref="Finish"/> ends it.</summary>
    public SvgCanvas(StringBuilder svg, string id, double width, double height, string title, string description)
    {
        _svg = svg;
        Width = width;
        Height = height;
        var (w, h) = (new Coordinate(width), new Coordinate(height));
        _svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" ")
            .Append($"viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" ")
            .Append("font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">\n")
            .Append($"<title id=\"{id}-title\">").AppendEscaped(title).Append("</title>\n")
            .Append($"<desc id=\"{id}-desc\">").AppendEscaped(description).Append("</desc>\n")
            .Append($"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"").Append(Background).Append("\"/>\n");
        Text(width / 2, 24, title, "middle", size: 16, bold: true);
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>A filled rectangle; with a tooltip, the tooltip is its <c>title</c>.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string? cssClass = null, string? tooltip = null)
    {
        _svg.Append("<rect");
        Class(cssClass);
        _svg.Append($" x=\"{new Coordinate(x)}\" y=\"{new Coordinate(y)}\" width=\"{new Coordinate(Math.Max(0, width))}\" height=\"{new Coordinate(Math.Max(0, height))}\" fill=\"").Append(fill).Append('"');
        Close("rect", tooltip);
    }

    public void Circle(double cx, double cy, double r, string fill, string? cssClass = null, string? tooltip = null)
    {
        _svg.Append("<circle");
        Class(cssClass);
        _svg.Append($" cx=\"{new Coordinate(cx)}\" cy=\"{new Coordinate(cy)}\" r=\"{new Coordinate(r)}\" fill=\"").Append(fill).Append("\" stroke=\"#FFFFFF\" stroke-width=\"1\"");
        Close("circle", tooltip);
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        _svg.Append($"<line x1=\"{new Coordinate(x1)}\" y1=\"{new Coordinate(y1)}\" x2=\"{new Coordinate(x2)}\" y2=\"{new Coordinate(y2)}\" stroke=\"").Append(stroke)
            .Append($"\" stroke-width=\"{new Coordinate(width)}\"");
        if (dashed) _svg.Append(" stroke-dasharray=\"6 4\"");
        _svg.Append("/>\n");
    }

    /// <summary>A text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>; <paramref name="rotate"/> turns it about its anchor point; <paramref name="halo"/> outlines it in the background colour so it reads over lines.</summary>
    public void Text(double x, double y, string text, string anchor = "start", double size = 12, bool bold = false, string fill = "#222222", double rotate = 0, string? tooltip = null, bool halo = false)
    {
        _boxes.Add(LabelBox.Of(x, y, text, anchor, size, rotate));
        _svg.Append($"<text x=\"{new Coordinate(x)}\" y=\"{new Coordinate(y)}\" text-anchor=\"").Append(anchor)
            .Append($"\" font-size=\"{new Coordinate(size)}\" fill=\"").Append(fill).Append('"');
        if (bold) _svg.Append(" font-weight=\"600\"");
        if (halo) _svg.Append(" stroke=\"").Append(Background).Append("\" stroke-width=\"3\" paint-order=\"stroke\"");
        if (rotate != 0) _svg.Append($" transform=\"rotate({new Coordinate(rotate)} {new Coordinate(x)} {new Coordinate(y)})\"");
        _svg.Append('>');
        if (tooltip is not null) _svg.Append("<title>").AppendEscaped(tooltip).Append("</title>");
        _svg.AppendEscaped(text).Append("</text>\n");
    }

    /// <summary>
    /// A label placed at the first of <paramref name="places"/> (x, y, anchor) where it overlaps no text or mark already
    /// placed; none when every place is taken (the chart's data table still has it).
    /// </summary>
    /// <returns>Whether the label was placed.</returns>
    public bool Label(string text, double size, string fill, params ReadOnlySpan<(double X, double Y, string Anchor)> places)
    {
        foreach (var (x, y, anchor) in places)
        {
            var box = LabelBox.Of(x, y, text, anchor, size, 0);
            if (box.X1 < 0 || box.X2 > Width || box.Y1 < 0 || box.Y2 > Height) continue;
            if (Overlaps(box)) continue;
            Text(x, y, text, anchor, size, fill: fill, halo: true);
            return true;
        }
        return false;
    }

    /// <summary>Keeps an area free of labels (a mark such as a point).</summary>
    public void Reserve(double x1, double y1, double x2, double y2) => _boxes.Add(new LabelBox(x1, y1, x2, y2));

    /// <summary>A row of legend entries (a colour swatch and a name each) centred at <paramref name="y"/>, wrapping onto more rows when needed.</summary>
    /// <returns>The y just below the legend.</returns>
    public double Legend(double y, IReadOnlyList<(string Name, string Colour)> entries)
    {
        const double Swatch = 12, Gap = 18, CharWidth = 7;
        var rows = new List<List<(string Name, string Colour, double Width)>> { new() };
        double rowWidth = 0, maxWidth = Width - 40;
        foreach (var (name, colour) in entries)
        {
            string shown = Markup.Shorten(name, 40);
            double width = Swatch + 6 + (shown.Length * CharWidth) + Gap;
            if (rowWidth + width > maxWidth && rows[^1].Count > 0)
            {
                rows.Add([]);
                rowWidth = 0;
            }
            rows[^1].Add((shown, colour, width));
            rowWidth += width;
        }
        foreach (var row in rows)
        {
            double x = (Width - row.Sum(e => e.Width) + Gap) / 2;
            foreach (var (name, colour, width) in row)
            {
                Rect(x, y - Swatch + 2, Swatch, Swatch, colour, "legend-swatch");
                Text(x + Swatch + 6, y, name);
                x += width;
            }
            y += 20;
        }
        return y;
    }

    /// <summary>Ends the chart (its closing tag).</summary>
    public void Finish() => _svg.Append("</svg>");

    private bool Overlaps(LabelBox box)
    {
        foreach (var placed in _boxes)
            if (placed.Overlaps(box)) return true;
        return false;
    }

    private void Close(string element, string? tooltip)
    {
        if (tooltip is null) _svg.Append("/>\n");
        else _svg.Append("><title>").AppendEscaped(tooltip).Append("</title></").Append(element).Append(">\n");
    }

    private void Class(string? cssClass)
    {
        if (cssClass is not null) _svg.Append(" class=\"").Append(cssClass).Append('"');
    }
}

/// <summary>
/// The area a text takes, estimated from its length: each character 0.58 of the font size wide (a sans-serif's average,
/// as the legend assumes), the height from 0.8 of the size above the baseline to 0.25 below; turned by ±90° for an axis title.
/// </summary>
internal readonly record struct LabelBox(double X1, double Y1, double X2, double Y2)
{
    public const double CharWidth = 0.58;

    public static LabelBox Of(double x, double y, string text, string anchor, double size, double rotate)
    {
        double width = text.Length * size * CharWidth;
        double left = anchor switch { "middle" => x - (width / 2), "end" => x - width, _ => x };
        var box = new LabelBox(left, y - (0.8 * size), left + width, y + (0.25 * size));
        if (Math.Abs(Math.Abs(rotate) - 90) < 1e-9)
        {
            // Turned about (x, y): the box's offsets from the anchor swap axes.
            double dx1 = box.X1 - x, dx2 = box.X2 - x, dy1 = box.Y1 - y, dy2 = box.Y2 - y;
            return new LabelBox(x + Math.Min(dy1, dy2), y + Math.Min(dx1, dx2), x + Math.Max(dy1, dy2), y + Math.Max(dx1, dx2));
        }
        return box;
    }

    public bool Overlaps(LabelBox other) => X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;
}

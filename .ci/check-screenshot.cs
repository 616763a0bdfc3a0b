#!/usr/bin/env dotnet
// Checks a headless-Chromium screenshot of a MathPlc HTML report: every chart in the page rendered, in page order,
// with the colours of its marks (bars and points). Used by .ci/check-html-report; run on its own as
//   dotnet run .ci/check-screenshot.cs -- SCREENSHOT.png REPORT.html
// How: the report's charts are read from the HTML: each <svg class="chart">, its background colour (the
// class="background" rect), the fill colours of its marks (class="mark" shapes of non-zero size) and of its legend
// swatches. The PNG is decoded here (zlib via System.IO.Compression, the five PNG row filters, 8-bit RGB or RGBA,
// not interlaced; PNG specification, W3C 2003, sections 9 and 11). A chart region is a run of rows each holding at
// least 40 pixels of a chart background (breaks of up to 4 rows allowed), at least 100 rows tall. There must be
// one region per chart, in page order, and region k must hold, for every mark colour of chart k, at least 30
// pixels within 6 of it on each channel beyond the area of its legend swatches (so a legend alone does not pass).
using System.IO.Compression;
using System.Text.RegularExpressions;

if (args.Length != 2) { Console.Error.WriteLine("usage: check-screenshot SCREENSHOT.png REPORT.html"); return 2; }
var (width, height, pixels) = Png.Decode(File.ReadAllBytes(args[0]));
string html = File.ReadAllText(args[1]);

var charts = Regex.Matches(html, "<svg[^>]*class=\"chart\"[\\s\\S]*?</svg>").Select(m => Chart.Parse(m.Value)).ToArray();
if (charts.Length == 0) return Fail("the report has no charts (no <svg class=\"chart\">).");
if (charts.Any(c => c.Marks.Length == 0)) return Fail("a chart has no marks (no class=\"mark\" shapes of non-zero size with a fill colour).");
var backgrounds = charts.Select(c => c.Background).Distinct().ToArray();
var palette = charts.SelectMany(c => c.Marks).Distinct().ToArray();

const int Tolerance = 6, MinPixels = 30, MinBackground = 40, MinRows = 100, MaxBreak = 4;
bool Near(int pixel, int colour, int tolerance) =>
    Math.Abs(((pixel >> 16) & 255) - ((colour >> 16) & 255)) <= tolerance
    && Math.Abs(((pixel >> 8) & 255) - ((colour >> 8) & 255)) <= tolerance
    && Math.Abs((pixel & 255) - (colour & 255)) <= tolerance;

// Per row: the pixels near each mark colour, and the pixels of a chart background.
var counts = new int[height, palette.Length];
var background = new int[height];
int nonWhite = 0;
for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
    {
        int p = pixels[(y * width) + x];
        if ((p & 0xFFFFFF) != 0xFFFFFF) nonWhite++;
        if (backgrounds.Any(b => Near(p, b, 1))) background[y]++;
        for (int k = 0; k < palette.Length; k++)
            if (Near(p, palette[k], Tolerance)) counts[y, k]++;
    }
if (nonWhite < width * height / 100) return Fail($"the screenshot is almost blank ({nonWhite} non-white pixels of {width * height}).");

var regions = new List<(int Top, int Bottom)>();
for (int y = 0; y < height; y++)
{
    if (background[y] < MinBackground) continue;
    int top = y;
    // A grid line or a wide bar may cover most of a row: a region runs on across breaks of a few rows.
    for (int next = y + 1; next < height && next - y <= MaxBreak + 1; next++)
        if (background[next] >= MinBackground) y = next;
    if (y - top + 1 >= MinRows) regions.Add((top, y));
}
Console.WriteLine($"screenshot {width}x{height}: {charts.Length} chart(s) in the HTML, {regions.Count} chart region(s) at rows {string.Join(", ", regions.Select(r => $"{r.Top}-{r.Bottom}"))}");
if (regions.Count != charts.Length)
    return Fail($"found {regions.Count} chart region(s) but the report has {charts.Length} charts; a chart did not render, or the page is longer than the window.");

for (int c = 0; c < charts.Length; c++)
{
    var (top, bottom) = regions[c];
    var found = charts[c].Marks.Select(colour =>
    {
        int k = Array.IndexOf(palette, colour), n = 0;
        for (int y = top; y <= bottom; y++) n += counts[y, k];
        return (Colour: colour, Pixels: n, Legend: charts[c].LegendArea(colour));
    }).ToArray();
    Console.WriteLine($"chart {c + 1} ({charts[c].Title}): rows {top}-{bottom}, " + string.Join(", ", found.Select(f => $"#{f.Colour:X6} {f.Pixels} px")));
    foreach (var (colour, n, legend) in found.Where(f => f.Pixels < f.Legend + MinPixels))
        return Fail($"chart {c + 1} ({charts[c].Title}) did not render its marks: #{colour:X6} covers {n} px in its region, {legend} px of which are its legend; expected at least {legend + MinPixels}.");
}
Console.WriteLine("ok: every chart rendered with its colours");
return 0;

static int Fail(string why)
{
    Console.Error.WriteLine($"check-screenshot: {why}");
    return 1;
}

/// <summary>What the check needs of one chart's SVG text.</summary>
sealed record Chart(string Title, int Background, int[] Marks, (int Colour, int Area)[] Swatches)
{
    public static Chart Parse(string svg)
    {
        static int Colour(string hex) => Convert.ToInt32(hex, 16);
        static double Attribute(string element, string name) =>
            Regex.Match(element, $"\\s{name}=\"([-0-9.]+)\"") is { Success: true } m ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        string title = Regex.Match(svg, "<title[^>]*>([^<]*)</title>").Groups[1].Value;
        int background = Colour(Regex.Match(svg, "<rect[^>]*class=\"background\"[^>]*fill=\"#([0-9A-Fa-f]{6})\"").Groups[1].Value is { Length: 6 } b ? b : "FFFFFF");
        var marks = Regex.Matches(svg, "<(rect|circle)[^>]*class=\"mark\"[^>]*>")
            .Where(m => m.Groups[1].Value == "circle" ? Attribute(m.Value, "r") > 0 : Attribute(m.Value, "width") > 0 && Attribute(m.Value, "height") > 0)
            .Select(m => Colour(Regex.Match(m.Value, "fill=\"#([0-9A-Fa-f]{6})\"").Groups[1].Value)).Distinct().ToArray();
        var swatches = Regex.Matches(svg, "<rect[^>]*class=\"legend-swatch\"[^>]*>")
            .Select(m => (Colour(Regex.Match(m.Value, "fill=\"#([0-9A-Fa-f]{6})\"").Groups[1].Value), (int)Math.Ceiling(Attribute(m.Value, "width") * Attribute(m.Value, "height")))).ToArray();
        return new Chart(System.Net.WebUtility.HtmlDecode(title), background, marks, swatches);
    }

    /// <summary>The pixels the legend swatches of a colour cover, at most (drawn at scale 1).</summary>
    public int LegendArea(int colour) => Swatches.Where(s => s.Colour == colour).Sum(s => s.Area);
}

/// <summary>A minimal PNG decoder: 8-bit truecolour (RGB) or truecolour with alpha (RGBA), not interlaced.</summary>
static class Png
{
    public static (int Width, int Height, int[] Pixels) Decode(byte[] file)
    {
        byte[] signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= file.Length;)
        {
            int length = BigEndian(file, at);
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            int data = at + 8;
            if (type == "IHDR")
            {
                width = BigEndian(file, data);
                height = BigEndian(file, data + 4);
                byte depth = file[data + 8], colourType = file[data + 9], interlace = file[data + 12];
                if (depth != 8 || interlace != 0 || colourType is not (2 or 6))
                    throw new InvalidDataException($"unsupported PNG: bit depth {depth}, colour type {colourType}, interlace {interlace}");
                channels = colourType == 6 ? 4 : 3;
            }
            else if (type == "IDAT") idat.Write(file, data, length);
            else if (type == "IEND") break;
            at = data + length + 4; // + CRC
        }
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        int stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        zlib.ReadExactly(raw);

        var pixels = new int[width * height];
        var previous = new byte[stride];
        var row = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, row, 0, stride);
            for (int i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"bad PNG filter {filter} on row {y}"),
                });
            }
            for (int x = 0; x < width; x++)
            {
                int o = x * channels;
                int r = row[o], g = row[o + 1], b = row[o + 2];
                if (channels == 4)
                {
                    int a = row[o + 3]; // composite on white
                    r = ((r * a) + (255 * (255 - a))) / 255; g = ((g * a) + (255 * (255 - a))) / 255; b = ((b * a) + (255 * (255 - a))) / 255;
                }
                pixels[(y * width) + x] = (r << 16) | (g << 8) | b;
            }
            (previous, row) = (row, previous);
        }
        return (width, height, pixels);
    }

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

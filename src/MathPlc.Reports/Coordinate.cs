using System.Globalization;

namespace MathPlc.Reports;

/// <summary>
/// A number as SVG writes it (<see cref="Markup.Number"/>: at most two decimals, half away from zero, invariant culture,
/// never <c>-0</c>), formatted straight into the buffer it is interpolated into.
/// </summary>
internal readonly struct Coordinate(double value) : ISpanFormattable
{
    private const string Format = "0.##";

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!Math.Round(value, 2, MidpointRounding.AwayFromZero).TryFormat(destination, out charsWritten, Format, CultureInfo.InvariantCulture)) return false;
        if (charsWritten == 2 && destination[0] == '-' && destination[1] == '0')
        {
            destination[0] = '0';
            charsWritten = 1;
        }
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString()
    {
        string text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(Format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}

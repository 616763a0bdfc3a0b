using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Core.Json;

/// <summary>Writes a value for an error message the way it would appear in a MathPlc JSON file, in the invariant culture.</summary>
internal static class InvariantText
{
    /// <summary>Numbers at round-trip precision, dates as <c>yyyy-MM-dd</c>, anything else by its invariant text.</summary>
    public static string Of(object value) => value switch
    {
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

using System.Globalization;
using System.Numerics;

namespace MathPlc;

/// <summary>Formats a number for a message: invariant culture, round-trip precision. Compiled into every shipped assembly.</summary>
internal static class InvariantNumber
{
    /// <summary>The number with round-trip precision in the invariant culture (<c>0.1</c>, <c>-0.5</c>, <c>NaN</c>).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Any other number in the invariant culture.</summary>
    public static string Format<T>(T value) where T : INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}

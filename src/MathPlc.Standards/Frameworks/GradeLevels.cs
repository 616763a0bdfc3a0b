using System.Globalization;

namespace MathPlc.Standards;

/// <summary>Orders the grade-level codes CASE packages use (<c>PK</c>, <c>KG</c>, <c>01</c>…<c>12</c>).</summary>
/// <remarks>
/// Source: the CEDS grade-level code set as used in CASE <c>educationLevel</c> (CCSS packages write <c>KG</c> and
/// two-digit, zero-padded grades). <c>K</c> and unpadded numbers (<c>6</c>) are read too.
/// </remarks>
public static class GradeLevels
{
    /// <summary>The grade's position (pre-kindergarten −1, kindergarten 0, grade n is n), or null for a code that is not a grade (<c>HS</c>, <c>AE</c>).</summary>
    public static int? Order(string? grade)
    {
        if (grade is null) return null;
        string text = grade.Trim().ToUpperInvariant();
        if (text is "PK") return -1;
        if (text is "KG" or "K") return 0;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 13 ? n : null;
    }

    /// <summary>Whether two codes name the same grade (<c>6</c> and <c>06</c> do); codes that are not grades compare as text, ignoring case.</summary>
    public static bool Same(string left, string right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        return Order(left) is { } a && Order(right) is { } b ? a == b : string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}

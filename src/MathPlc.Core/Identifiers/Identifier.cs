namespace MathPlc.Core;

/// <summary>The one implementation of the identifier rules, shared by every identifier type.</summary>
internal static class Identifier
{
    /// <summary>Checks and trims an identifier's text.</summary>
    public static string Normalize(string value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        Guard.Against.Unmet(!string.IsNullOrWhiteSpace(value), paramName,
            $"An identifier must not be empty or white space (got \"{value}\").");
        return value.Trim();
    }

    /// <summary>Ordinal comparison; the text of a default (invalid) identifier sorts first.</summary>
    public static int Compare(string? left, string? right) => string.CompareOrdinal(left, right);
}

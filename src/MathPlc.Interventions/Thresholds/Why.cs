using System.Globalization;

namespace MathPlc.Interventions;

/// <summary>
/// Builds a <see cref="Reason"/> with all its data in one construction (the hot paths make millions of them;
/// chaining <see cref="Reason.With(string, double)"/> rebuilds the data once per fact). Numbers are written as
/// <see cref="Reason.With(string, double)"/> writes them, so the reasons are equal.
/// </summary>
internal static class Why
{
    /// <summary>A reason with its facts.</summary>
    public static Reason Of(string code, string message, params ReadOnlySpan<(string Key, string Value)> data)
    {
        var pairs = new KeyValuePair<string, string>[data.Length];
        for (int i = 0; i < data.Length; i++) pairs[i] = new(data[i].Key, data[i].Value);
        return new Reason(code, message, pairs);
    }

    /// <summary>A number at round-trip precision, invariant culture.</summary>
    public static string N(double value) => InvariantNumber.Format(value);

    /// <summary>A whole number, invariant culture.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

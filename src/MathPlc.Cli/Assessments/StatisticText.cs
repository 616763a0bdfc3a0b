using System.Globalization;
using MathPlc.Assessments;

namespace MathPlc.Cli.Assessments;

/// <summary>How the assessment commands write a <see cref="StatisticValue"/>: the number at round-trip precision, or empty/null with the reason elsewhere.</summary>
internal static class StatisticText
{
    /// <summary>The value for a CSV cell: empty when there is none, never NaN.</summary>
    public static string? Csv(StatisticValue value) => value.Value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The value for a CSV cell from a plain number.</summary>
    public static string Csv(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Why a statistic has no value, for standard error: <c>name: reason</c>.</summary>
    public static string Note(string name, StatisticValue value) =>
        $"note: {name}: {(value.Reasons.IsEmpty ? value.Status.ToString() : value.Reasons[0].Message)}";
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>Builds weekly run-chart series from plain values.</summary>
internal static class Series
{
    public static readonly LocalDate Start = new(2026, 9, 7);

    public static RunChartPoint[] Weekly(params double[] values) =>
        [.. values.Select((v, i) => new RunChartPoint(Start.PlusWeeks(i), v))];
}

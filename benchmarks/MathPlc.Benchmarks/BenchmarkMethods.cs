using MathPlc.Grading;

namespace MathPlc.Benchmarks;

/// <summary>
/// The calculation methods the scoring benchmarks run, by their command-line names, with default settings (recent-N
/// methods take the last 3 scores; with no scale given, the power law and linear trend are unclamped).
/// </summary>
internal static class BenchmarkMethods
{
    public static CalculationMethod Create(string name) =>
        CalculationMethods.Create(name, new MethodSettings { Count = name.StartsWith("recent-", StringComparison.Ordinal) ? 3 : null });
}

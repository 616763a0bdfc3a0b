using MathPlc.Grading;

namespace MathPlc.Benchmarks;

/// <summary>The calculation methods the scoring benchmarks run, by their command-line names, with default parameters.</summary>
internal static class BenchmarkMethods
{
    public static CalculationMethod Create(string name) => name switch
    {
        "mean" => new Mean(),
        _ => throw new ArgumentException($"The benchmarks have no method {name} yet.", nameof(name)),
    };
}

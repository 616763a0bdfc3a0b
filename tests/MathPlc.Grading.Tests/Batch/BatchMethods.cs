namespace MathPlc.Grading.Tests.Batch;

/// <summary>Every calculation method, with the parameter variants that change its arithmetic, by a readable key for test names.</summary>
internal static class BatchMethods
{
    public static readonly IReadOnlyDictionary<string, CalculationMethod> All = new Dictionary<string, CalculationMethod>
    {
        ["mean"] = new Mean(),
    };

    public static TheoryData<string> Keys => [.. All.Keys];
}

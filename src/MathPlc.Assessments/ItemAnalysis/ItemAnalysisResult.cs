using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>An item analysis: per-item statistics in item order, and the whole-test statistics.</summary>
/// <param name="Items">Per-item statistics.</param>
/// <param name="Test">Whole-test statistics.</param>
public sealed record ItemAnalysisResult(ValueArray<ItemStatistics> Items, TestStatistics Test);

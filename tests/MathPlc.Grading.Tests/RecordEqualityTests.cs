using MathPlc.Tests;

namespace MathPlc.Grading.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(GradingPolicy));

using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(UnitCycleInput));

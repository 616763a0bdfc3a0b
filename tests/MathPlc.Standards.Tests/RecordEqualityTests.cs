using MathPlc.Standards;
using MathPlc.Tests;

namespace MathPlc.Standards.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(UnitPlan));

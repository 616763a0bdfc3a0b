using MathPlc.Assessments;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(BlueprintItem));

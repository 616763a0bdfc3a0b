using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interventions.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(TierRules));

using MathPlc.Teams;
using MathPlc.Tests;

namespace MathPlc.Teams.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(SmartGoal));

using MathPlc.Interop;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests;

// The JSON file types of commitments and SMART goals keep ImmutableArray and their hand-written equality for now:
// issue 15's JSON step replaces them with contract types (decisions 0093–0099), and this step leaves JSON code alone.
public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(DataDiagnostic),
    "MathPlc.Interop.Json.CommitmentsFile.Assessments", "MathPlc.Interop.Json.CommitmentsFile.Commitments",
    "MathPlc.Interop.Json.CommitmentsFile.LearningActions", "MathPlc.Interop.Json.LearningAction.CurrentActions",
    "MathPlc.Interop.Json.LearningAction.PossibleNextSteps", "MathPlc.Interop.Json.SmartGoalEntry.Measurements");

using MathPlc.Interop.Json;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests;

// The JSON file types of commitments and SMART goals moved to MathPlc.Teams.Json with value-equal collections (decision
// 0093), so Interop's public records have no exception left.
public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(MathPlcJson));

using MathPlc.Tests;

namespace MathPlc.Reports.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(ReportTable));

using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Schools' results against prediction: the line, each school, and the spread within each district.</summary>
/// <param name="Line">The least-squares line.</param>
/// <param name="Schools">Each school, in input order.</param>
/// <param name="Districts">Per district (sorted), when districts are given.</param>
public sealed record SchoolResultsReport(RegressionLine Line, ValueArray<SchoolPrediction> Schools, ValueArray<DistrictSpread> Districts);

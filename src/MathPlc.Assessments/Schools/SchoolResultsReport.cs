namespace MathPlc.Assessments;

/// <summary>Schools' results against prediction: the line, each school, and the spread within each district.</summary>
/// <param name="Line">The least-squares line.</param>
/// <param name="Schools">Each school, in input order.</param>
/// <param name="Districts">Per district (sorted), when districts are given.</param>
public sealed record SchoolResultsReport(RegressionLine Line, ImmutableArray<SchoolPrediction> Schools, ImmutableArray<DistrictSpread> Districts)
{
    /// <inheritdoc/>
    public bool Equals(SchoolResultsReport? other) =>
        other is not null && Line.Equals(other.Line) && Schools.SequenceEqual(other.Schools) && Districts.SequenceEqual(other.Districts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Schools.Length, Districts.Length);
}

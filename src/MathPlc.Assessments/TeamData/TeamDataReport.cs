namespace MathPlc.Assessments;

/// <summary>A team's data analysis for one common assessment or unit.</summary>
/// <param name="Rates">Proficiency rates per target: team, then teachers, sections and student groups, each sorted by id.</param>
/// <param name="Gaps">Each student group against the rest of the team, per target.</param>
/// <param name="Spreads">The spread across and within sections, per target.</param>
/// <param name="Teachers">Each teacher's students against the other teachers' students, per target, highest rate first: "whose students learned this best", with its uncertainty.</param>
public sealed record TeamDataReport(ImmutableArray<ProficiencyRate> Rates, ImmutableArray<RateComparison> Gaps,
    ImmutableArray<SectionSpread> Spreads, ImmutableArray<RateComparison> Teachers)
{
    /// <inheritdoc/>
    public bool Equals(TeamDataReport? other) =>
        other is not null && Rates.SequenceEqual(other.Rates) && Gaps.SequenceEqual(other.Gaps)
        && Spreads.SequenceEqual(other.Spreads) && Teachers.SequenceEqual(other.Teachers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rates.Length, Gaps.Length, Spreads.Length, Teachers.Length);
}

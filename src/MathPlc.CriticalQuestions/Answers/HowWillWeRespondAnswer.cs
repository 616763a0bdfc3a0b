using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 3, how will we respond when some students do not learn it: every student's tier decision with its
/// reasons, the students in each tier, the intervention groups by target, the students who could not be placed, and
/// the dated sessions of the next intervention cycle for every group.
/// </summary>
/// <remarks>
/// The tier lists and question 4's extension list partition the roster: each student is in exactly one of
/// <see cref="Tier3"/>, <see cref="Tier2"/>, <see cref="Core"/> (core instruction, not extension) and
/// <see cref="HowWillWeExtendAnswer.Students"/>. Students without a score on some target are listed in
/// <see cref="WithoutEvidence"/> as well as in their tier, so the team can reassess them.
/// </remarks>
/// <param name="Decisions">One tier decision per roster student, in roster order.</param>
/// <param name="Tier3">Students in Tier 3 (intensive), in roster order.</param>
/// <param name="Tier2">Students in Tier 2 (targeted), in roster order.</param>
/// <param name="Core">Students in core instruction who are not proficient on every target (so not in extension), in roster order.</param>
/// <param name="WithoutEvidence">Students with no score on at least one essential target, in roster order.</param>
/// <param name="Groups">The Tier 3 and Tier 2 groups, Tier 3 first, by target in the unit's order.</param>
/// <param name="Unplaced">Tier 3 and Tier 2 students who need a group but could not be placed, with the reason.</param>
/// <param name="Sessions">Each group's plan dated on the calendar (sessions, monitoring and review dates), in group order.</param>
public sealed record HowWillWeRespondAnswer(
    ImmutableArray<TierDecision> Decisions, ImmutableArray<StudentId> Tier3, ImmutableArray<StudentId> Tier2, ImmutableArray<StudentId> Core,
    ImmutableArray<StudentId> WithoutEvidence, ImmutableArray<InterventionGroup> Groups, ImmutableArray<UnplacedStudent> Unplaced,
    ImmutableArray<ScheduledPlan> Sessions)
{
    /// <inheritdoc/>
    public bool Equals(HowWillWeRespondAnswer? other) =>
        other is not null && Decisions.SequenceEqual(other.Decisions) && Tier3.SequenceEqual(other.Tier3) && Tier2.SequenceEqual(other.Tier2)
        && Core.SequenceEqual(other.Core) && WithoutEvidence.SequenceEqual(other.WithoutEvidence) && Groups.SequenceEqual(other.Groups)
        && Unplaced.SequenceEqual(other.Unplaced) && Sessions.SequenceEqual(other.Sessions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Decisions.Length, Tier3.Length, Tier2.Length, Core.Length, Groups.Length, Sessions.Length);
}

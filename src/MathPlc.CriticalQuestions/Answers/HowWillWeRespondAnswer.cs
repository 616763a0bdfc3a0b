using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 3, how will we respond when some students do not learn it: the team's response plan (RTI at Work) — per
/// target, whole-class reteach or short Tier 2 groups with their adults, blocks and dates; Tier 3 only from screening
/// or documented non-response; referrals; the students not assessed — one response per student and target, each with
/// its reason.
/// </summary>
/// <param name="Plan">The plan (<see cref="ResponsePlanning.Plan"/>).</param>
public sealed record HowWillWeRespondAnswer(ResponsePlan Plan)
{
    /// <summary>The plan; never null.</summary>
    public ResponsePlan Plan { get; } = Guard.Against.Null(Plan);

    /// <summary>The Tier 2 and Tier 3 groups that fit the team's adults and blocks.</summary>
    public ImmutableArray<ResponseGroup> Groups => [.. Plan.Groups.Where(g => g.Fits)];

    /// <summary>The Tier 2 groups that did not fit (their students get the Tier 1 alternative) and Tier 3 groups the intervention team must staff.</summary>
    public ImmutableArray<ResponseGroup> DoesNotFit => [.. Plan.Groups.Where(g => !g.Fits)];

    /// <summary>The students in Tier 3, in roster order.</summary>
    public ImmutableArray<StudentId> Tier3 => [.. Plan.Tier3.Select(t => t.Student)];

    /// <summary>The students referred to the intervention team, in roster order.</summary>
    public ImmutableArray<StudentId> Referrals => [.. Plan.Referrals.Select(r => r.Student)];

    /// <summary>The students without a score on some target, in roster order.</summary>
    public ImmutableArray<StudentId> NotAssessed => [.. Plan.NotAssessed.Select(n => n.Student)];
}

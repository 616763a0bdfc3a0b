using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// The team's response after a common assessment (<see cref="ResponsePlanning.Plan"/>): one response per roster student
/// per essential target, each with its reason; the class-by-class Tier 1 decisions; the Tier 2 and Tier 3 groups with
/// their adults, blocks and dated sessions (and the groups that did not fit); the students in Tier 3, referred, or not
/// assessed; and the cycle's dates.
/// </summary>
/// <remarks>Two plans with the same content are equal. Lists follow the roster's order and the targets' order.</remarks>
public sealed record ResponsePlan
{
    /// <summary>Creates a plan; only <see cref="ResponsePlanning"/> calls this.</summary>
    internal ResponsePlan(LocalDate start, LocalDate reassessOn, LocalDate tier3ReviewOn, ResponseRules rules, ResponseCapacity capacity,
        ImmutableArray<StudentResponse> responses, ImmutableArray<TargetResponse> targets, ImmutableArray<ClassDecision> classes,
        ImmutableArray<ResponseGroup> groups, ImmutableArray<Tier3Student> tier3, ImmutableArray<Referral> referrals,
        ImmutableArray<NotAssessedStudent> notAssessed, ImmutableArray<Reason> notes)
    {
        (Start, ReassessOn, Tier3ReviewOn, Rules, Capacity) = (start, reassessOn, tier3ReviewOn, rules, capacity);
        (Responses, Targets, Classes, Groups, Tier3, Referrals, NotAssessed, Notes) = (responses, targets, classes, groups, tier3, referrals, notAssessed, notes);
    }

    /// <summary>The cycle's first instructional day.</summary>
    public LocalDate Start { get; }

    /// <summary>The reassessment day of the Tier 2 cycle and the class reteaches.</summary>
    public LocalDate ReassessOn { get; }

    /// <summary>The intervention team's review of the Tier 3 groups.</summary>
    public LocalDate Tier3ReviewOn { get; }

    /// <summary>The rules used.</summary>
    public ResponseRules Rules { get; }

    /// <summary>The adults and blocks used.</summary>
    public ResponseCapacity Capacity { get; }

    /// <summary>One response per roster student per target: students in roster order, targets prerequisites first.</summary>
    public ValueArray<StudentResponse> Responses { get; }

    /// <summary>The team's response per target, prerequisites first.</summary>
    public ValueArray<TargetResponse> Targets { get; }

    /// <summary>Each class's result and Tier 1 decision per target: targets in order, then sections sorted.</summary>
    public ValueArray<ClassDecision> Classes { get; }

    /// <summary>The Tier 3 groups, then the Tier 2 groups by target; a group that did not fit has no adult.</summary>
    public ValueArray<ResponseGroup> Groups { get; }

    /// <summary>The students in Tier 3, in roster order.</summary>
    public ValueArray<Tier3Student> Tier3 { get; }

    /// <summary>The students referred to the intervention team, in roster order.</summary>
    public ValueArray<Referral> Referrals { get; }

    /// <summary>The students without a score on some target, in roster order.</summary>
    public ValueArray<NotAssessedStudent> NotAssessed { get; }

    /// <summary>Notes about the cycle as a whole (a reassessment moved by the calendar's end, a group without sessions).</summary>
    public ValueArray<Reason> Notes { get; }

    /// <summary>Group sessions a week the plan uses (each fitting group counts once per block it meets in).</summary>
    public int SlotsUsed => Groups.Where(g => g.Fits).Sum(g => g.Blocks.Length);

    /// <summary>How many responses are of <paramref name="kind"/>.</summary>
    public int CountOf(ResponseKind kind) => Responses.Count(r => r.Response == kind);
}

using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>What a check of a (draft) SMART goal found.</summary>
/// <remarks>Equality compares by content.</remarks>
public sealed record SmartCheck
{
    internal SmartCheck(SmartGoal goal, ImmutableArray<SmartFinding> findings, double? requiredChangePerYear)
    {
        Goal = goal;
        Findings = findings;
        RequiredChangePerYear = requiredChangePerYear;
    }

    /// <summary>The goal checked.</summary>
    public SmartGoal Goal { get; }

    /// <summary>Everything found, in SMART order.</summary>
    public ValueArray<SmartFinding> Findings { get; }

    /// <summary>Whether no finding is a problem (advice may remain).</summary>
    public bool IsSmart => Findings.All(f => !f.IsProblem);

    /// <summary>The change per year the goal asks for, (target − baseline) ÷ years, or null when it cannot be computed.</summary>
    public double? RequiredChangePerYear { get; }

    /// <summary>The criteria with a problem.</summary>
    public ImmutableArray<SmartCriterion> Failed => [.. Findings.Where(f => f.IsProblem).Select(f => f.Criterion).Distinct()];
}

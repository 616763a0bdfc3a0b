using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>One student's tier, the targets they have not met, whether they get extension, and why.</summary>
/// <remarks>Extension is only ever flagged for core students. Equality is by content.</remarks>
public sealed record TierDecision
{
    /// <summary>Creates a decision.</summary>
    /// <exception cref="ArgumentException">Extension is flagged for a student outside core, or there is no reason.</exception>
    public TierDecision(StudentId studentId, Tier tier, bool extension, IEnumerable<TargetId> unmetTargets, ScreeningBand? screeningBand, IEnumerable<Reason> reasons)
    {
        Guard.Against.Unmet(!extension || tier == Tier.Core, nameof(extension), $"Extension is for core students, not {tier}.");
        StudentId = studentId;
        Tier = tier;
        Extension = extension;
        UnmetTargets = [.. unmetTargets];
        ScreeningBand = screeningBand;
        Reasons = Guard.Against.NullOrNullElements(reasons, nameof(reasons));
        Guard.Against.Unmet(!Reasons.IsEmpty, nameof(reasons), "A tier decision must say why.");
    }

    /// <summary>The student.</summary>
    public StudentId StudentId { get; }

    /// <summary>The tier.</summary>
    public Tier Tier { get; }

    /// <summary>Whether the student is proficient on every essential target and gets extension (question 4).</summary>
    public bool Extension { get; }

    /// <summary>The essential targets below the cut, prerequisites first.</summary>
    public ValueArray<TargetId> UnmetTargets { get; }

    /// <summary>The screening band, when the student was screened.</summary>
    public ScreeningBand? ScreeningBand { get; }

    /// <summary>Why: which target, which score, which cut, which rule.</summary>
    public ValueArray<Reason> Reasons { get; }
}

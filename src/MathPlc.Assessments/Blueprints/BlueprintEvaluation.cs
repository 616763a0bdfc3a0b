using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>The result of evaluating a blueprint: per-target coverage, the figures behind each criterion, and the findings.</summary>
/// <param name="Coverage">Coverage of the essential targets (in the order given), then of any other targets assessed.</param>
/// <param name="TotalPoints">The blueprint's total points.</param>
/// <param name="TotalMinutes">The blueprint's expected minutes.</param>
/// <param name="HigherLevelShare">Share of points at a higher level of cognitive demand.</param>
/// <param name="Formats">The distinct formats used, in enumeration order.</param>
/// <param name="Findings">Every finding, met and concerns, in criterion order.</param>
public sealed record BlueprintEvaluation(
    ValueArray<TargetCoverage> Coverage, double TotalPoints, double TotalMinutes, double HigherLevelShare,
    ValueArray<ItemFormat> Formats, ValueArray<BlueprintFinding> Findings)
{
    /// <summary>The findings that are concerns.</summary>
    public ImmutableArray<BlueprintFinding> Concerns => [.. Findings.Where(f => f.Severity == FindingSeverity.Concern)];

    /// <summary>Whether every criterion is met.</summary>
    public bool MeetsAll => Findings.All(f => f.Severity == FindingSeverity.Met);
}

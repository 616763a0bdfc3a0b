namespace MathPlc.Assessments;

/// <summary>One row of a team's conversion table: from this percent of a target's points up, the score on the scale is this.</summary>
/// <param name="MinimumPercent">The lowest percent (0–100) that earns <paramref name="Score"/>.</param>
/// <param name="Score">The score on the team's proficiency scale.</param>
public sealed record PercentCut(double MinimumPercent, double Score);

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The headline counts of a unit cycle. Every roster student is counted once in <see cref="Tier3"/>,
/// <see cref="Tier2"/>, <see cref="Core"/> or <see cref="Extension"/>, so they add up to <see cref="Students"/>.
/// </summary>
/// <param name="Students">Students on the roster.</param>
/// <param name="Teachers">Teachers on the roster.</param>
/// <param name="Sections">Sections on the roster.</param>
/// <param name="Targets">Essential targets of the unit.</param>
/// <param name="Tier3">Students in Tier 3.</param>
/// <param name="Tier2">Students in Tier 2.</param>
/// <param name="Core">Students in core instruction, not in extension.</param>
/// <param name="Extension">Students proficient on every target (question 4).</param>
/// <param name="WithoutEvidence">Students with no score on at least one target (counted in their tier as well).</param>
/// <param name="Groups">Intervention and extension groups formed.</param>
/// <param name="Unplaced">Students who need a group but could not be placed.</param>
public sealed record CycleCounts(int Students, int Teachers, int Sections, int Targets, int Tier3, int Tier2, int Core, int Extension,
    int WithoutEvidence, int Groups, int Unplaced);

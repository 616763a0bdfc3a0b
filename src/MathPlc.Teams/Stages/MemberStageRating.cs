namespace MathPlc.Teams;

/// <summary>One member's own view of the team's stage, from the seven-stages self-assessment.</summary>
/// <param name="Member">The member who rated.</param>
/// <param name="Stage">The stage the member sees the team at.</param>
public readonly record struct MemberStageRating(TeacherId Member, TeamStage Stage);

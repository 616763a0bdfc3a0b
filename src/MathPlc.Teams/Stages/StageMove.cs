namespace MathPlc.Teams;

/// <summary>A team's change of stage between two diagnoses.</summary>
/// <param name="Team">The team.</param>
/// <param name="From">The earlier stage, or null when the team had no earlier diagnosis.</param>
/// <param name="To">The later stage.</param>
/// <param name="On">The date of the later diagnosis.</param>
public readonly record struct StageMove(TeamId Team, TeamStage? From, TeamStage To, LocalDate On)
{
    /// <summary>Stages moved: positive forward, negative back, 0 unchanged or new.</summary>
    public int Steps => From is { } from ? (int)To - (int)from : 0;
}

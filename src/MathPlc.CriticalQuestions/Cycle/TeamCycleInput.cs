namespace MathPlc.CriticalQuestions;

/// <summary>One team's part of a district's unit cycle: the team's id and the input its cycle runs on (<see cref="DistrictCycle.Split"/>).</summary>
/// <param name="TeamId">The team's id as the district names it (the roster's <c>team_id</c>); not blank, trimmed.</param>
/// <param name="Input">The team's input: its students, their scores, the district's unit and rules.</param>
/// <exception cref="ArgumentException"><paramref name="TeamId"/> is blank.</exception>
/// <exception cref="ArgumentNullException"><paramref name="TeamId"/> or <paramref name="Input"/> is null.</exception>
public sealed record TeamCycleInput(string TeamId, UnitCycleInput Input)
{
    /// <summary>The team's id; not blank, trimmed.</summary>
    public string TeamId { get; } = Guard.Against.NullOrWhiteSpace(TeamId).Trim();

    /// <summary>The team's input.</summary>
    public UnitCycleInput Input { get; } = Guard.Against.Null(Input);
}

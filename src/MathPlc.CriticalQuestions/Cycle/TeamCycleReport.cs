using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>One team's unit cycle report within a district's (<see cref="DistrictCycle.Run(UnitCycleInput, IReadOnlyDictionary{StudentId, string})"/>).</summary>
/// <param name="TeamId">The team's id as the district names it; not blank, trimmed.</param>
/// <param name="Report">The team's report: the one the team gets when its cycle runs on its own students.</param>
/// <exception cref="ArgumentException"><paramref name="TeamId"/> is blank.</exception>
/// <exception cref="ArgumentNullException"><paramref name="TeamId"/> or <paramref name="Report"/> is null.</exception>
public sealed record TeamCycleReport(string TeamId, UnitCycleReport Report)
{
    /// <summary>The team's id; not blank, trimmed.</summary>
    public string TeamId { get; } = Guard.Against.NullOrWhiteSpace(TeamId).Trim();

    /// <summary>The team's report.</summary>
    public UnitCycleReport Report { get; } = Guard.Against.Null(Report);

    /// <summary>Scored results (student and target) not yet proficient, over all the team's scored results; null when nothing was scored.</summary>
    public double? NotYetShare => TeamCycleOutline.NotYetShareOf(Report.HowWillWeKnow.Targets);
}

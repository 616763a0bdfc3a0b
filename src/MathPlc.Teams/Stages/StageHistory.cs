using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One team's stage over a year: its diagnoses in date order and every move between them.</summary>
/// <remarks>Equality compares by content.</remarks>
public sealed record StageHistory
{
    /// <summary>Builds the history of one team.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnoses"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnoses"/> is empty, mixes teams, or has two on one date.</exception>
    public StageHistory(IEnumerable<StageDiagnosis> diagnoses)
    {
        var list = Guard.Against.NullOrNullElements(diagnoses, nameof(diagnoses)).OrderBy(d => d.ObservedOn).ToImmutableArray();
        Guard.Against.Unmet(!list.IsEmpty, nameof(diagnoses), "A history needs at least one diagnosis.");
        Guard.Against.Unmet(list.All(d => d.Team == list[0].Team), nameof(diagnoses), "A history is of one team.");
        for (int i = 1; i < list.Length; i++)
            Guard.Against.Unmet(list[i].ObservedOn != list[i - 1].ObservedOn, nameof(diagnoses), $"Two diagnoses on {list[i].ObservedOn:uuuu-MM-dd}.");
        Diagnoses = list;
        Moves = [.. list.Select((d, i) => new StageMove(d.Team, i == 0 ? null : list[i - 1].Stage, d.Stage, d.ObservedOn))];
    }

    /// <summary>The team.</summary>
    public TeamId Team => Diagnoses[0].Team;

    /// <summary>The diagnoses, oldest first.</summary>
    public ValueArray<StageDiagnosis> Diagnoses { get; }

    /// <summary>One move per diagnosis (the first from nothing).</summary>
    public ValueArray<StageMove> Moves { get; }

    /// <summary>The latest stage.</summary>
    public TeamStage Current => Diagnoses[^1].Stage;

    /// <summary>Stages gained from the first diagnosis to the last (negative when the team slipped back).</summary>
    public int NetSteps => (int)Current - (int)Diagnoses[0].Stage;
}

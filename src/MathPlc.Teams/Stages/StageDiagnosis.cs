namespace MathPlc.Teams;

/// <summary>
/// Where a team stands among the seven stages on one date, why, how its members see it, and what the team and its
/// leaders can do next.
/// </summary>
/// <remarks>Equality compares collections by content.</remarks>
public sealed record StageDiagnosis
{
    internal StageDiagnosis(TeamEvidence evidence, TeamStage stage, ImmutableArray<StageIndicator> placedBy, ImmutableArray<StageIndicator> missed,
        ImmutableArray<StageIndicator> beyond, bool membersDisagree, bool selfViewDiffers, ImmutableArray<Reason> reasons)
    {
        Evidence = evidence;
        Stage = stage;
        PlacedBy = placedBy;
        Missed = missed;
        MetBeyondStage = beyond;
        MembersDisagree = membersDisagree;
        SelfViewDiffers = selfViewDiffers;
        Reasons = reasons;
    }

    /// <summary>The evidence diagnosed.</summary>
    public TeamEvidence Evidence { get; }

    /// <summary>The team.</summary>
    public TeamId Team => Evidence.Team;

    /// <summary>When the evidence was gathered.</summary>
    public LocalDate ObservedOn => Evidence.ObservedOn;

    /// <summary>The stage the evidence places the team at.</summary>
    public TeamStage Stage { get; }

    /// <summary>Where the stage sits on the cooperation–coordination–collaboration continuum.</summary>
    public CollaborationLevel Continuum => StageModel.LevelOf(Stage);

    /// <summary>The indicators that placed the team at its stage (those of stages 2 to <see cref="Stage"/>).</summary>
    public ImmutableArray<StageIndicator> PlacedBy { get; }

    /// <summary>The indicators the team does not show yet, in stage order; the first belong to the next stage.</summary>
    public ImmutableArray<StageIndicator> Missed { get; }

    /// <summary>Indicators of later stages the team already shows, although an earlier one is missing.</summary>
    public ImmutableArray<StageIndicator> MetBeyondStage { get; }

    /// <summary>The lowest member self-rating, or null without self-ratings.</summary>
    public TeamStage? LowestSelfRating => Evidence.SelfRatings.IsEmpty ? null : Evidence.SelfRatings.Min(r => r.Stage);

    /// <summary>The highest member self-rating, or null without self-ratings.</summary>
    public TeamStage? HighestSelfRating => Evidence.SelfRatings.IsEmpty ? null : Evidence.SelfRatings.Max(r => r.Stage);

    /// <summary>Whether members see the team differently (their ratings span the rules' disagreement spread or more).</summary>
    public bool MembersDisagree { get; }

    /// <summary>Whether the members' median self-rating is far from the stage the evidence shows.</summary>
    public bool SelfViewDiffers { get; }

    /// <summary>What the team can do next to move on.</summary>
    public string NextTeamAction => StageModel.NextTeamAction(Stage);

    /// <summary>What its leaders can do for it (Graham &amp; Ferriter's leader moves).</summary>
    public string NextLeaderAction => StageModel.NextLeaderAction(Stage);

    /// <summary>Why the team was placed where it was, and what was flagged.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <inheritdoc/>
    public bool Equals(StageDiagnosis? other) =>
        other is not null && Evidence.Equals(other.Evidence) && Stage == other.Stage && PlacedBy.SequenceEqual(other.PlacedBy)
        && Missed.SequenceEqual(other.Missed) && MetBeyondStage.SequenceEqual(other.MetBeyondStage)
        && MembersDisagree == other.MembersDisagree && SelfViewDiffers == other.SelfViewDiffers && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Team, ObservedOn, Stage);
}

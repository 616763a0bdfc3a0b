using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// Where a team stands among the seven stages on one date, why, how its members see it, and what the team and its
/// leaders can do next.
/// </summary>
/// <remarks>Equality compares collections by content.</remarks>
public sealed record StageDiagnosis
{
    internal StageDiagnosis(TeamEvidence evidence, TeamStage stage, ImmutableArray<StageProfileEntry> profile, ImmutableArray<StageIndicator> placedBy,
        ImmutableArray<StageIndicator> missed, ImmutableArray<StageIndicator> beyond, ImmutableArray<StageGap> gaps, ImmutableArray<StageGap> nextSteps,
        bool membersDisagree, bool selfViewDiffers, ImmutableArray<Reason> reasons)
    {
        Evidence = evidence;
        Stage = stage;
        Profile = profile;
        Gaps = gaps;
        NextSteps = nextSteps;
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

    /// <summary>The stage the evidence places the team at on the continuum (see <see cref="TeamStages"/>).</summary>
    public TeamStage Stage { get; }

    /// <summary>The team's school, or null.</summary>
    public SchoolId? School => Evidence.School;

    /// <summary>Each stage's attainment, stages 1 to 7.</summary>
    public ValueArray<StageProfileEntry> Profile { get; }

    /// <summary>Every indicator not fully shown, in stage order, each with the action that builds it.</summary>
    public ValueArray<StageGap> Gaps { get; }

    /// <summary>The gaps that matter now (at or below the stage after <see cref="Stage"/>), lowest stage first.</summary>
    public ValueArray<StageGap> NextSteps { get; }

    /// <summary>Where the stage sits on the cooperation–coordination–collaboration continuum.</summary>
    public CollaborationLevel Continuum => StageModel.LevelOf(Stage);

    /// <summary>The indicators the evidence shows, fully or in part, that count toward the placement.</summary>
    public ValueArray<StageIndicator> PlacedBy { get; }

    /// <summary>The indicators the team does not show at all yet, in stage order.</summary>
    public ValueArray<StageIndicator> Missed { get; }

    /// <summary>Indicators of stages after <see cref="Stage"/> the team already shows fully.</summary>
    public ValueArray<StageIndicator> MetBeyondStage { get; }

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
    public ValueArray<Reason> Reasons { get; }
}

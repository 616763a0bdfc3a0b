namespace MathPlc.Teams;

/// <summary>
/// What a leader or coach observed of one team on one date: which <see cref="StageIndicator"/>s its agendas, minutes and
/// products show, and each member's own rating of the team's stage.
/// </summary>
/// <remarks>Indicators are kept sorted and without repeats; equality compares by content.</remarks>
public sealed record TeamEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <exception cref="ArgumentException"><paramref name="team"/> is the default id, an indicator or stage is undefined, or a member rated twice.</exception>
    public TeamEvidence(TeamId team, LocalDate observedOn, IEnumerable<StageIndicator> indicatorsMet, IEnumerable<MemberStageRating>? selfRatings = null)
    {
        Preconditions.CheckArgument(team.Value is not null, nameof(team), "The team must be named.");
        Preconditions.CheckIsoCalendar(observedOn, nameof(observedOn));
        ArgumentNullException.ThrowIfNull(indicatorsMet);
        var met = indicatorsMet.Distinct().Order().ToImmutableArray();
        foreach (var indicator in met)
            Preconditions.CheckArgument(Enum.IsDefined(indicator), nameof(indicatorsMet), $"{indicator} is not a stage indicator.");
        var ratings = (selfRatings ?? []).ToImmutableArray();
        foreach (var rating in ratings)
        {
            Preconditions.CheckArgument(rating.Member.Value is not null, nameof(selfRatings), "Every self-rating names its member.");
            Preconditions.CheckArgument(rating.Stage is >= TeamStage.FillingTheTime and <= TeamStage.ReflectingOnInstruction, nameof(selfRatings),
                $"{rating.Member} rated the team at {(int)rating.Stage}; stages run from 1 to 7.");
        }
        var twice = ratings.GroupBy(r => r.Member).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(twice is null, nameof(selfRatings), $"{twice?.Key} rated the team more than once.");
        Team = team;
        ObservedOn = observedOn;
        IndicatorsMet = met;
        SelfRatings = ratings;
    }

    /// <summary>The team.</summary>
    public TeamId Team { get; }

    /// <summary>When the evidence was gathered.</summary>
    public LocalDate ObservedOn { get; }

    /// <summary>The indicators the team's work shows, sorted.</summary>
    public ImmutableArray<StageIndicator> IndicatorsMet { get; }

    /// <summary>Members' own ratings of the team's stage.</summary>
    public ImmutableArray<MemberStageRating> SelfRatings { get; }

    /// <inheritdoc/>
    public bool Equals(TeamEvidence? other) =>
        other is not null && Team == other.Team && ObservedOn == other.ObservedOn
        && IndicatorsMet.SequenceEqual(other.IndicatorsMet) && SelfRatings.SequenceEqual(other.SelfRatings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Team, ObservedOn, IndicatorsMet.Length, SelfRatings.Length);
}

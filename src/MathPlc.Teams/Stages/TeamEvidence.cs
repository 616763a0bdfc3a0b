using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// What a leader or coach observed of one team on one date: which <see cref="StageIndicator"/>s its agendas, minutes and
/// products show fully, which only in part, each member's own rating of the team's stage, and optionally the team's school.
/// </summary>
/// <remarks>Indicators are kept sorted and without repeats; an indicator is met or partial, never both; equality compares by content.</remarks>
public sealed record TeamEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="team">The team.</param>
    /// <param name="observedOn">When the evidence was gathered.</param>
    /// <param name="indicatorsMet">The indicators the team's work shows fully.</param>
    /// <param name="selfRatings">Members' own ratings of the team's stage.</param>
    /// <param name="indicatorsPartial">The indicators the work shows only in part (for example norms written but not yet used); each counts half.</param>
    /// <param name="school">The team's school, for site and district views; null when not given.</param>
    /// <exception cref="ArgumentException"><paramref name="team"/> is the default id, an indicator or stage is undefined, an indicator is both met and partial, or a member rated twice.</exception>
    public TeamEvidence(TeamId team, LocalDate observedOn, IEnumerable<StageIndicator> indicatorsMet, IEnumerable<MemberStageRating>? selfRatings = null,
        IEnumerable<StageIndicator>? indicatorsPartial = null, SchoolId? school = null)
    {
        Guard.Against.Unmet(team.Value is not null, nameof(team), "The team must be named.");
        Guard.Against.NotIsoCalendar(observedOn, nameof(observedOn));
        Guard.Against.Null(indicatorsMet);
        var met = indicatorsMet.Distinct().Order().ToImmutableArray();
        foreach (var indicator in met)
            Guard.Against.Unmet(Enum.IsDefined(indicator), nameof(indicatorsMet), $"{indicator} is not a stage indicator.");
        var partial = (indicatorsPartial ?? []).Distinct().Order().ToImmutableArray();
        foreach (var indicator in partial)
        {
            Guard.Against.Unmet(Enum.IsDefined(indicator), nameof(indicatorsPartial), $"{indicator} is not a stage indicator.");
            Guard.Against.Unmet(!met.Contains(indicator), nameof(indicatorsPartial), $"{indicator} is given as both met and partial; choose one.");
        }
        Guard.Against.Unmet(school is null || school.Value.Value is not null, nameof(school), "A school, when given, must be named.");
        var ratings = (selfRatings ?? []).ToImmutableArray();
        foreach (var rating in ratings)
        {
            Guard.Against.Unmet(rating.Member.Value is not null, nameof(selfRatings), "Every self-rating names its member.");
            Guard.Against.Unmet(rating.Stage is >= TeamStage.FillingTheTime and <= TeamStage.ReflectingOnInstruction, nameof(selfRatings),
                $"{rating.Member} rated the team at {(int)rating.Stage}; stages run from 1 to 7.");
        }
        var twice = ratings.GroupBy(r => r.Member).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(selfRatings), $"{twice?.Key} rated the team more than once.");
        Team = team;
        ObservedOn = observedOn;
        IndicatorsMet = met;
        IndicatorsPartial = partial;
        SelfRatings = ratings;
        School = school;
    }

    /// <summary>The team.</summary>
    public TeamId Team { get; }

    /// <summary>When the evidence was gathered.</summary>
    public LocalDate ObservedOn { get; }

    /// <summary>The indicators the team's work shows, sorted.</summary>
    public ValueArray<StageIndicator> IndicatorsMet { get; }

    /// <summary>The indicators the work shows only in part, sorted; each counts half an indicator.</summary>
    public ValueArray<StageIndicator> IndicatorsPartial { get; }

    /// <summary>The team's school, or null.</summary>
    public SchoolId? School { get; }

    /// <summary>Members' own ratings of the team's stage.</summary>
    public ValueArray<MemberStageRating> SelfRatings { get; }
}

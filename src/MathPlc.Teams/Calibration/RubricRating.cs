namespace MathPlc.Teams;

/// <summary>
/// One rater's score on one criterion for one subject (a team, a school, a lesson, a piece of work) on one occasion.
/// </summary>
public sealed record RubricRating
{
    /// <summary>Creates a rating.</summary>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public RubricRating(string criterion, string subject, string rater, LocalDate occasion, double score)
    {
        Guard.Against.NullOrWhiteSpace(criterion);
        Guard.Against.NullOrWhiteSpace(subject);
        Guard.Against.NullOrWhiteSpace(rater);
        Guard.Against.NotIsoCalendar(occasion, nameof(occasion));
        Guard.Against.NotFinite(score, nameof(score));
        (Criterion, Subject, Rater, Occasion, Score) = (criterion.Trim(), subject.Trim(), rater.Trim(), occasion, score);
    }

    /// <summary>The criterion rated.</summary>
    public string Criterion { get; }

    /// <summary>What was rated.</summary>
    public string Subject { get; }

    /// <summary>Who rated.</summary>
    public string Rater { get; }

    /// <summary>When.</summary>
    public LocalDate Occasion { get; }

    /// <summary>The score, one of the criterion's levels.</summary>
    public double Score { get; }
}

namespace MathPlc.Assessments;

/// <summary>
/// One rater's score for one subject (a student paper, a lesson observation, a self-assessment): the long form
/// of rating data, one row per rating, as a team's calibration spreadsheet records it.
/// </summary>
/// <remarks>
/// Subjects and raters are named by free text because what is rated varies (student work, teachers, tasks).
/// A <see langword="null"/> score is a missing rating: the rater did not score that subject.
/// </remarks>
public sealed record Rating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="subjectId">What was rated, e.g. a student's paper.</param>
    /// <param name="raterId">Who rated it.</param>
    /// <param name="score">The score on the rubric, or <see langword="null"/> when missing.</param>
    /// <exception cref="ArgumentException">An identifier is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public Rating(string subjectId, string raterId, double? score)
    {
        Guard.Against.NullOrWhiteSpace(subjectId);
        Guard.Against.NullOrWhiteSpace(raterId);
        if (score is { } s) Guard.Against.NotFinite(s, nameof(score));
        SubjectId = subjectId.Trim();
        RaterId = raterId.Trim();
        Score = score;
    }

    /// <summary>What was rated.</summary>
    public string SubjectId { get; }

    /// <summary>Who rated it.</summary>
    public string RaterId { get; }

    /// <summary>The score, or <see langword="null"/> for a missing rating.</summary>
    public double? Score { get; }
}

namespace MathPlc.Grading;

/// <summary>Why a method could not compute a score from the evidence it was given.</summary>
public enum Shortfall
{
    /// <summary>There is a score.</summary>
    None = 0,

    /// <summary>No evidence at all.</summary>
    NoEvidence = 1,

    /// <summary>Fewer pieces of evidence than the method or policy needs (e.g. n-mastery's n).</summary>
    TooFewScores = 2,

    /// <summary>n-mastery: fewer than n scores at or above the mastery points.</summary>
    TooFewAtMastery = 3,

    /// <summary>Mode with the "none" tie rule: two or more values are equally frequent.</summary>
    TiedMode = 4,

    /// <summary>Power law with the "reject" zero policy: a score of zero (or less) has no logarithm.</summary>
    NonPositiveScore = 5,

    /// <summary>Weighted evidence whose weights add up to zero: nothing counts, so there is no weighted mean.</summary>
    ZeroTotalWeight = 6,
}

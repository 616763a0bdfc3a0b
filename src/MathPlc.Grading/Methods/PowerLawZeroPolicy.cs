namespace MathPlc.Grading;

/// <summary>
/// What the power law does with a score of zero (or less), which has no logarithm. No vendor documents its choice
/// (reference/grading.md §4.2), so MathPlc makes it explicit and reports it.
/// </summary>
/// <remarks>
/// <para>
/// The default, <see cref="FloorAt"/>, keeps every score in the fit at its place in time: a zero still pulls the
/// estimate down, as a teacher would expect; every series gets a score; and the floor, 0.5, is the smallest
/// non-zero score on Marzano's half-point 0–4 scale, so a zero still counts below every other score. The only
/// implementation read in code (the JavaScript SBAR engine <c>gradeCalcSBAR.js</c>) floors its inputs in the
/// same way, at 1 on its percentage scale. <see cref="Exclude"/> would hide a recent zero (4, 4, 4, 0 would
/// score 4); <see cref="Reject"/> would leave every student with a zero unscored.
/// </para>
/// <para>
/// Under every policy a series whose scores are all equal scores that value (so all zeros score 0, except under
/// <see cref="Reject"/>, which refuses them).
/// </para>
/// </remarks>
public enum PowerLawZeroPolicy
{
    /// <summary>
    /// The default. Every score below <see cref="PowerLaw.ScoreFloor"/> (0.5), zero included, counts as 0.5 in
    /// the fit; every score keeps its place in time.
    /// </summary>
    FloorAt = 0,

    /// <summary>
    /// Scores of zero (or less) are left out of the fit, and the remaining scores keep their places in time (they
    /// are not renumbered); the curve is still read at the latest assessment. With one positive score left the
    /// result is that score; with none, the latest score. ProGradebook's demo is consistent with dropping zeros
    /// (reference/grading.md §4.2).
    /// </summary>
    Exclude = 1,

    /// <summary>
    /// A score of zero (or less) means no score at all: the result is insufficient evidence with the reason
    /// <see cref="Shortfall.NonPositiveScore"/>, and the teacher decides.
    /// </summary>
    Reject = 2,
}

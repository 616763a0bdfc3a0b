using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>The <see cref="Reason"/> for each <see cref="Shortfall"/>, in teachers' words.</summary>
internal static class ShortfallReasons
{
    public static Reason For(Shortfall shortfall, string method, int count) => (shortfall switch
    {
        Shortfall.NoEvidence => new Reason("no-evidence", "There is no evidence that counts on this target yet."),
        Shortfall.TooFewScores => new Reason("too-few-scores", $"There are only {count} scores that count; the {method} method needs more before it gives a score."),
        Shortfall.TooFewAtMastery => new Reason("too-few-at-mastery", "Too few scores are at or above mastery for the n-mastery method to give a score."),
        Shortfall.TiedMode => new Reason("tied-mode", "Two or more scores are equally frequent, and the tie rule leaves the mode to the teacher's judgement."),
        Shortfall.ZeroTotalWeight => new Reason("zero-total-weight", "Every piece of evidence that counts has weight 0, so the weighted mean has nothing to weigh."),
        Shortfall.NonPositiveScore => new Reason("non-positive-score", "A score of zero has no logarithm, and the power law's zero policy is to refuse it."),
        _ => throw new ArgumentOutOfRangeException(nameof(shortfall), shortfall, $"{(int)shortfall} is not a shortfall with a reason."),
    }).With("method", method).With("count", count);
}

using System.Globalization;
using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// A proficiency scale given only by its range, its mastery score and an optional step — as a gradebook's outcome
/// is set up ("5 points possible, mastery at 3") — with three default levels named as Canvas names its default
/// outcome ratings: <see cref="DoesNotMeet"/> from the minimum, <see cref="Meets"/> from the mastery score and
/// <see cref="Exceeds"/> at the maximum.
/// </summary>
/// <remarks>
/// Levels are read by floor (the highest level whose cut is at or below the score), as Canvas reads its ratings. A
/// mastery score at the minimum leaves out <see cref="DoesNotMeet"/>; at the maximum it leaves out <see cref="Exceeds"/>.
/// Source: Canvas LMS default outcome rubric criterion (5 Exceeds Expectations, 3 Meets Expectations, 0 Does Not
/// Meet Expectations; mastery points 3, points possible 5) and its floor rating lookup (reference/grading.md §3.4).
/// </remarks>
public static class LinearScale
{
    /// <summary>The label of scores below mastery.</summary>
    public const string DoesNotMeet = "Does Not Meet Expectations";

    /// <summary>The label of scores from mastery up to (not including) the maximum; the proficient level.</summary>
    public const string Meets = "Meets Expectations";

    /// <summary>The label of the maximum score.</summary>
    public const string Exceeds = "Exceeds Expectations";

    /// <summary>Canvas's default outcome scale: 0 to 5 points, mastery at 3 (reference/grading.md §3.4).</summary>
    public static ProficiencyScale CanvasDefault { get; } = Create(0, 5, 3, name: "Canvas default 0–5");

    /// <summary>Creates the scale.</summary>
    /// <param name="minimum">The lowest score.</param>
    /// <param name="maximum">The highest score, above the minimum.</param>
    /// <param name="mastery">The lowest proficient score, in [minimum, maximum].</param>
    /// <param name="step">The smallest difference between recorded scores, or null for any number.</param>
    /// <param name="name">The scale's name; by default <c>Linear 0–5, mastery 3</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range or the step breaks <see cref="ProficiencyScale"/>'s invariants, or the mastery score is not finite or outside the range.</exception>
    public static ProficiencyScale Create(double minimum, double maximum, double mastery, double? step = null, string? name = null)
    {
        Guard.Against.NotFinite(minimum, nameof(minimum));
        Guard.Against.NotFinite(maximum, nameof(maximum));
        if (!(maximum > minimum))
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The maximum {InvariantNumber.Format(maximum)} must be above the minimum {InvariantNumber.Format(minimum)}.");
        Guard.Against.OutsideRange(mastery, minimum, maximum, nameof(mastery));
        var levels = new List<ProficiencyLevel>(3);
        if (mastery > minimum) levels.Add(new(DoesNotMeet, minimum));
        levels.Add(new(Meets, mastery));
        if (mastery < maximum) levels.Add(new(Exceeds, maximum));
        name ??= string.Create(CultureInfo.InvariantCulture,
            $"Linear {InvariantNumber.Format(minimum)}–{InvariantNumber.Format(maximum)}, mastery {InvariantNumber.Format(mastery)}{(step is { } s ? $", step {InvariantNumber.Format(s)}" : "")}");
        return new ProficiencyScale(name, minimum, maximum, levels, Meets, step);
    }
}

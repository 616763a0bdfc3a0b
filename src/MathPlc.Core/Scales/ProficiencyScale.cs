using System.Globalization;

namespace MathPlc.Core;

/// <summary>
/// The scale a team scores learning targets on: its range, an optional step (e.g. half points),
/// its named levels with their cut points, and which level means proficient.
/// </summary>
/// <remarks>
/// <para>
/// Invariants: minimum and maximum are finite and minimum &lt; maximum; a step, when given, is positive
/// and divides the range a whole number of times; there is at least one level; the lowest level's cut is
/// the minimum, so every score on the scale has a level; cuts rise strictly and lie in [minimum, maximum];
/// labels are distinct (ordinal, ignoring case); the proficient level is one of the levels.
/// </para>
/// <para>
/// The step constrains what a teacher may record (<see cref="IsOnStep"/>); a computed proficiency such as a
/// mean may fall between steps, and <see cref="LevelOf"/> accepts any score in the range.
/// </para>
/// <para>Equality is by content: name, range, step, levels in order and the proficient level.</para>
/// </remarks>
public sealed record ProficiencyScale
{
    private const double Tolerance = 1e-9;

    /// <summary>Creates a scale.</summary>
    /// <param name="name">A short name, e.g. <c>Marzano 0–4</c>.</param>
    /// <param name="minimum">The lowest score.</param>
    /// <param name="maximum">The highest score.</param>
    /// <param name="levels">The levels, lowest first (they are sorted by cut).</param>
    /// <param name="proficientLevel">The label of the level that means proficient (the target level).</param>
    /// <param name="step">The smallest difference between recorded scores, or null for any number.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The levels break an invariant above, or <paramref name="proficientLevel"/> is not one of them.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range or the step breaks an invariant above.</exception>
    public ProficiencyScale(string name, double minimum, double maximum, IEnumerable<ProficiencyLevel> levels, string proficientLevel, double? step = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(levels);
        Guard.Against.Null(proficientLevel);
        Guard.Against.NotFinite(minimum, nameof(minimum));
        Guard.Against.NotFinite(maximum, nameof(maximum));
        if (maximum <= minimum)
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum,
                $"The maximum {InvariantNumber.Format(maximum)} must be above the minimum {InvariantNumber.Format(minimum)}.");
        if (step is { } s)
        {
            Guard.Against.NotPositive(s, nameof(step));
            double count = (maximum - minimum) / s;
            if (Math.Abs(count - Math.Round(count)) > Tolerance)
                throw new ArgumentOutOfRangeException(nameof(step), s,
                    $"The step {InvariantNumber.Format(s)} must divide the range {InvariantNumber.Format(minimum)}–{InvariantNumber.Format(maximum)} a whole number of times.");
        }

        var sorted = Guard.Against.NullOrNullElements(levels, nameof(levels)).Sort(static (a, b) => a.Cut.CompareTo(b.Cut));
        Guard.Against.Unmet(!sorted.IsEmpty, nameof(levels), "A scale needs at least one level.");
        Guard.Against.Unmet(sorted[0].Cut == minimum, nameof(levels),
            $"The lowest level (\"{sorted[0].Label}\", cut {InvariantNumber.Format(sorted[0].Cut)}) must start at the scale minimum {InvariantNumber.Format(minimum)}, so every score has a level.");
        for (int i = 0; i < sorted.Length; i++)
        {
            var level = sorted[i];
            Guard.Against.Unmet(level.Cut <= maximum, nameof(levels),
                $"The level \"{level.Label}\" has cut {InvariantNumber.Format(level.Cut)}, above the scale maximum {InvariantNumber.Format(maximum)}.");
            if (i > 0)
                Guard.Against.Unmet(level.Cut > sorted[i - 1].Cut, nameof(levels),
                    $"The levels \"{sorted[i - 1].Label}\" and \"{level.Label}\" have the same cut {InvariantNumber.Format(level.Cut)}.");
            for (int j = 0; j < i; j++)
                Guard.Against.Unmet(!string.Equals(sorted[j].Label, level.Label, StringComparison.OrdinalIgnoreCase), nameof(levels),
                    $"The label \"{level.Label}\" names two levels.");
        }

        int proficient = -1;
        for (int i = 0; i < sorted.Length && proficient < 0; i++)
            if (string.Equals(sorted[i].Label, proficientLevel.Trim(), StringComparison.OrdinalIgnoreCase)) proficient = i;
        Guard.Against.Unmet(proficient >= 0, nameof(proficientLevel),
            $"The proficient level \"{proficientLevel}\" is not one of the scale's levels ({string.Join(", ", sorted.Select(l => l.Label))}).");

        Name = name.Trim();
        Minimum = minimum;
        Maximum = maximum;
        Step = step;
        Levels = sorted;
        ProficientIndex = proficient;
    }

    /// <summary>The scale's short name.</summary>
    public string Name { get; }

    /// <summary>The lowest score.</summary>
    public double Minimum { get; }

    /// <summary>The highest score.</summary>
    public double Maximum { get; }

    /// <summary>The smallest difference between recorded scores, or null for any number in the range.</summary>
    public double? Step { get; }

    /// <summary>The levels, lowest first; the first starts at <see cref="Minimum"/>.</summary>
    public ValueArray<ProficiencyLevel> Levels { get; }

    /// <summary>The position in <see cref="Levels"/> of the level that means proficient.</summary>
    public int ProficientIndex { get; }

    /// <summary>The level that means proficient.</summary>
    public ProficiencyLevel ProficientLevel => Levels[ProficientIndex];

    /// <summary>The lowest score that is proficient: the proficient level's cut.</summary>
    public double ProficientCut => ProficientLevel.Cut;

    /// <summary>Whether <paramref name="score"/> is a finite number in [<see cref="Minimum"/>, <see cref="Maximum"/>].</summary>
    public bool Contains(double score) => double.IsFinite(score) && score >= Minimum && score <= Maximum;

    /// <summary>Whether <paramref name="score"/> is on the scale and on a step (always true on the scale when there is no step).</summary>
    public bool IsOnStep(double score)
    {
        if (!Contains(score)) return false;
        if (Step is not { } s) return true;
        double steps = (score - Minimum) / s;
        return Math.Abs(steps - Math.Round(steps)) <= Tolerance;
    }

    /// <summary>The level of a score.</summary>
    /// <param name="score">A score on the scale.</param>
    /// <param name="rule">Floor (the default): the highest level whose cut is at or below the score; or nearest cut.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale, or <paramref name="rule"/> is not defined.</exception>
    public ProficiencyLevel LevelOf(double score, LevelRule rule = LevelRule.Floor) => Levels[LevelIndexOf(score, rule)];

    /// <summary>The position in <see cref="Levels"/> of the level of a score; see <see cref="LevelOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale, or <paramref name="rule"/> is not defined.</exception>
    public int LevelIndexOf(double score, LevelRule rule = LevelRule.Floor)
    {
        CheckOnScale(score, nameof(score));
        int floor = 0;
        for (int i = 1; i < Levels.Length && Levels[i].Cut <= score; i++) floor = i;
        return rule switch
        {
            LevelRule.Floor => floor,
            LevelRule.Nearest => floor + 1 < Levels.Length && Levels[floor + 1].Cut - score <= score - Levels[floor].Cut ? floor + 1 : floor,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, $"rule must be Floor or Nearest, not {(int)rule}."),
        };
    }

    /// <summary>Whether a score is proficient: at or above the proficient level's cut.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public bool IsProficient(double score)
    {
        CheckOnScale(score, nameof(score));
        return score >= ProficientCut;
    }

    /// <summary>A score moved to the nearest step (half away from zero), then kept in range; the score itself when there is no step.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public double RoundToStep(double score)
    {
        Guard.Against.NotFinite(score, nameof(score));
        double rounded = Step is { } s ? Minimum + Math.Round((score - Minimum) / s, MidpointRounding.AwayFromZero) * s : score;
        return Math.Clamp(rounded, Minimum, Maximum);
    }

    /// <summary>
    /// Marzano's 0–4 scale with half points: 0.0 no success even with help, 1.0 partial success with
    /// help, 2.0 the simpler content, 3.0 the target content (proficient), 4.0 beyond the target.
    /// </summary>
    /// <remarks>
    /// Source: R. J. Marzano, <i>Formative Assessment &amp; Standards-Based Grading</i> (2010), the generic
    /// form of a proficiency scale; labels here are MathPlc's own short names for the whole-point levels.
    /// </remarks>
    public static ProficiencyScale Marzano { get; } = new("Marzano 0–4", 0, 4,
        [
            new("No success even with help", 0),
            new("Partial success with help", 1),
            new("Simpler content", 2),
            new("Target content", 3),
            new("Beyond the target", 4),
        ],
        proficientLevel: "Target content", step: 0.5);

    /// <summary>
    /// A 1–4 four-level scale in whole points: 1 Beginning, 2 Developing, 3 Proficient, 4 Extending.
    /// </summary>
    /// <remarks>The four-level reporting scale common on standards-based report cards; 3 is the standard met.</remarks>
    public static ProficiencyScale FourLevel { get; } = new("Four-level 1–4", 1, 4,
        [new("Beginning", 1), new("Developing", 2), new("Proficient", 3), new("Extending", 4)],
        proficientLevel: "Proficient", step: 1);

    /// <summary>
    /// A 0–100 percent scale with two levels: not yet proficient below 80, proficient from 80.
    /// </summary>
    /// <remarks>
    /// 80 % is a common team cut for "proficient on this target"; it is a MathPlc default, not a published
    /// standard: teams state their own cut by building a scale with their levels.
    /// </remarks>
    public static ProficiencyScale Percent { get; } = new("Percent 0–100", 0, 100,
        [new("Not yet proficient", 0), new("Proficient", 80)],
        proficientLevel: "Proficient");

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Minimum}–{Maximum}{(Step is { } s ? $", step {s}" : "")}; proficient at {ProficientLevel.Label} ≥ {ProficientCut})");

    private void CheckOnScale(double score, string paramName)
    {
        if (!Contains(score))
            throw new ArgumentOutOfRangeException(paramName, score,
                $"The score {InvariantNumber.Format(score)} is not on the scale {Name} ({InvariantNumber.Format(Minimum)}–{InvariantNumber.Format(Maximum)}).");
    }
}

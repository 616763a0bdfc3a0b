using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// One row of a 4-point → 100-point table: scores from <see cref="Low"/> up to <see cref="High"/> convert to points
/// from <see cref="PointsLow"/> to <see cref="PointsHigh"/>.
/// </summary>
/// <remarks>
/// <see cref="Low"/> is included; <see cref="High"/> is excluded except in the table's highest band. Inside a band
/// the points rise in a straight line from <see cref="PointsLow"/> at <see cref="Low"/> to <see cref="PointsHigh"/> at
/// <see cref="High"/>, then are rounded to whole points, half away from zero; a band with one point value
/// (<see cref="PointsLow"/> = <see cref="PointsHigh"/>) is a step. Published tables do not say how to place a score
/// inside a band; the straight line is MathPlc's choice [I], made so that the printed ends of each band (3.26 → 93,
/// 3.74 → 96) come out as printed (reference/grading.md §10.1).
/// </remarks>
public sealed record HundredPointBand : IScoreBand
{
    /// <summary>Creates a band.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite; <paramref name="high"/> is below <paramref name="low"/>; the points are off 0–100 or fall.</exception>
    public HundredPointBand(double low, double high, double pointsLow, double pointsHigh)
    {
        ScoreBands.CheckEnds(low, high);
        Guard.Against.OutsideRange(pointsLow, 0, 100, nameof(pointsLow));
        Guard.Against.OutsideRange(pointsHigh, pointsLow, 100, nameof(pointsHigh));
        (Low, High, PointsLow, PointsHigh) = (low, high, pointsLow, pointsHigh);
    }

    /// <summary>The lowest score in the band.</summary>
    public double Low { get; }

    /// <summary>The band's upper end: excluded, except in the highest band.</summary>
    public double High { get; }

    /// <summary>The points for <see cref="Low"/>.</summary>
    public double PointsLow { get; }

    /// <summary>The points the band rises to at <see cref="High"/>.</summary>
    public double PointsHigh { get; }

    internal double PointsFor(double score) =>
        High == Low ? PointsLow : PointsLow + (PointsHigh - PointsLow) * (score - Low) / (High - Low);
}

/// <summary>A score on a converted 100-point scale, and why it is what it is.</summary>
/// <param name="Points">The points on 0–100.</param>
/// <param name="Reasons">Which band of which table, or why a plain percentage misleads.</param>
public sealed record HundredPointScore(double Points, ValueArray<Reason> Reasons);

/// <summary>
/// A published table from a 4-point proficiency score to a 100-point score for a student information system that
/// wants percentages, as data: bands that tile the 4-point range with no gap and no overlap.
/// </summary>
/// <remarks>
/// Never 3 of 4 = 75 %: rubric levels are categories, not fractions (Guskey, EdWeek 2016). A plain percentage is
/// available only through <see cref="PlainPercentage"/>, whose result says why it misleads. Equality is by content.
/// </remarks>
public sealed record HundredPointTable
{
    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name or source is blank; the bands are empty, hold null, leave a gap or overlap.</exception>
    public HundredPointTable(string name, IEnumerable<HundredPointBand> bands, string source)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(source);
        Bands = ScoreBands.CheckTiling(bands, nameof(bands));
        Name = name.Trim();
        Source = source.Trim();
    }

    /// <summary>The table's short name.</summary>
    public string Name { get; }

    /// <summary>The bands, lowest first.</summary>
    public ValueArray<HundredPointBand> Bands { get; }

    /// <summary>Where the table is published.</summary>
    public string Source { get; }

    /// <summary>
    /// Marzano's conversion: 3.75–4.00 → 97–100; 3.26–3.74 → 93–96; 3.00–3.25 → 90–92; 2.50–2.99 → 80–89;
    /// 2.00–2.49 → 70–79; 1.50–1.99 → 66–69; 1.00–1.49 → 60–65; below 1.00 → 50–59 (no score below 50).
    /// </summary>
    /// <remarks>Source: R. J. Marzano, <i>A Handbook for High Reliability Schools</i>, p. 94 (reference/grading.md §10.1). Placement inside a band: see <see cref="HundredPointBand"/>.</remarks>
    public static HundredPointTable MarzanoHrs { get; } = new("marzano-hrs",
        [
            new(3.75, 4.00, 97, 100), new(3.26, 3.75, 93, 96), new(3.00, 3.26, 90, 92), new(2.50, 3.00, 80, 89),
            new(2.00, 2.50, 70, 79), new(1.50, 2.00, 66, 69), new(1.00, 1.50, 60, 65), new(0.00, 1.00, 50, 59),
        ],
        "R. J. Marzano, A Handbook for High Reliability Schools, p. 94");

    /// <summary>
    /// The point chart attributed to Marzano: 4.0 → 100, 3.5 → 95, 3.0 → 90, 2.5 → 80, 2.0 → 70, 1.5 → 65,
    /// 1.0 → 60, below 1.0 → 50. A score between two half points takes the lower one's points.
    /// </summary>
    /// <remarks>Source: the point chart in reference/grading.md §10.1 (attributed to Marzano; 0.0 → 50 "E").</remarks>
    public static HundredPointTable MarzanoPointChart { get; } = new("marzano-point-chart",
        [
            new(4.0, 4.0, 100, 100), new(3.5, 4.0, 95, 95), new(3.0, 3.5, 90, 90), new(2.5, 3.0, 80, 80),
            new(2.0, 2.5, 70, 70), new(1.5, 2.0, 65, 65), new(1.0, 1.5, 60, 60), new(0.0, 1.0, 50, 50),
        ],
        "Point chart attributed to Marzano (reference/grading.md §10.1)");

    /// <summary>The 100-point score for a 4-point score, with the band that decided it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite or outside the table.</exception>
    public HundredPointScore Convert(double score)
    {
        var band = ScoreBands.Find(Bands, score, Name);
        double unrounded = band.PointsFor(score);
        double points = Math.Round(unrounded, MidpointRounding.AwayFromZero);
        return new(points, [new Reason("points-from-table",
                $"{InvariantNumber.Format(score)} is in the band {InvariantNumber.Format(band.Low)}–{InvariantNumber.Format(band.High)} of {Name}, which converts to {InvariantNumber.Format(band.PointsLow)}–{InvariantNumber.Format(band.PointsHigh)}; it is {InvariantNumber.Format(points)}.")
            .With("table", Name).With("score", score).With("band-low", band.Low).With("band-high", band.High)
            .With("points-low", band.PointsLow).With("points-high", band.PointsHigh).With("unrounded", unrounded).With("points", points)]);
    }

    /// <summary>
    /// The score as a plain percentage of the scale, (score − minimum) / (maximum − minimum) × 100, only for a caller
    /// who asks for it; the result carries a <c>percentage-misleads</c> reason saying why it should not be read as a grade.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    /// <remarks>Source: T. R. Guskey, "Rubrics Are Fine, But How Do I Get an A?", <i>Education Week</i>, 18 Aug 2016 (reference/grading.md §9.2, §10.3).</remarks>
    public static HundredPointScore PlainPercentage(double score, ProficiencyScale scale)
    {
        Guard.Against.Null(scale);
        if (!scale.Contains(score))
            throw new ArgumentOutOfRangeException(nameof(score), score,
                $"The score {InvariantNumber.Format(score)} is not on the scale {scale.Name} ({InvariantNumber.Format(scale.Minimum)}–{InvariantNumber.Format(scale.Maximum)}).");
        double percent = (score - scale.Minimum) / (scale.Maximum - scale.Minimum) * 100;
        return new(percent, [new Reason("percentage-misleads",
                $"{InvariantNumber.Format(score)} on {scale.Name} is {InvariantNumber.Format(percent)} % of the scale, but rubric levels are categories, not fractions: 3 of 4 means proficient, while 75 % reads as a C. Use a published table instead (Guskey, Education Week, 2016).")
            .With("score", score).With("scale", scale.Name).With("percent", percent)
            .With("source", "T. R. Guskey, \"Rubrics Are Fine, But How Do I Get an A?\", Education Week, 18 Aug 2016")]);
    }
}

using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>One row of a letter-grade table: the scores from <see cref="Low"/> up to <see cref="High"/> earn <see cref="Letter"/>.</summary>
/// <remarks>
/// <see cref="Low"/> is included; <see cref="High"/> is excluded, except in the table's highest band, where it is
/// included (and which alone may be a single score, <see cref="Low"/> = <see cref="High"/>). A published band such as
/// "B 2.50–2.99" is written <c>new LetterBand("B", 2.50, 3.00)</c>: a mean of 2.995 is still a B, not in a gap.
/// </remarks>
public sealed record LetterBand : IScoreBand
{
    /// <summary>Creates a band.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="letter"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public LetterBand(string letter, double low, double high)
    {
        Guard.Against.NullOrWhiteSpace(letter);
        ScoreBands.CheckEnds(low, high);
        Letter = letter.Trim();
        Low = low;
        High = high;
    }

    /// <summary>The letter, e.g. <c>A</c>.</summary>
    public string Letter { get; }

    /// <summary>The lowest score earning the letter.</summary>
    public double Low { get; }

    /// <summary>The band's upper end: excluded, except in the highest band.</summary>
    public double High { get; }
}

/// <summary>
/// A cut table from a mean proficiency score (across learning targets) to a letter grade, as data: bands that tile a
/// range with no gap and no overlap.
/// </summary>
/// <remarks>
/// Use it on a mean of target scores (see <see cref="MeanOfTargets"/>), never on a single score divided by the top
/// of the scale (reference/grading.md §10.3). Equality is by content.
/// </remarks>
public sealed record LetterGradeTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">A short name, e.g. <c>marzano-2010</c>.</param>
    /// <param name="bands">The bands, in any order; they are sorted lowest first.</param>
    /// <param name="source">Where the table is published (book and page, policy number).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name or source is blank; the bands are empty, hold null, leave a gap or overlap, or two name the same letter.</exception>
    public LetterGradeTable(string name, IEnumerable<LetterBand> bands, string source)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(source);
        Bands = ScoreBands.CheckTiling(bands, nameof(bands));
        var letters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var band in Bands)
            Guard.Against.Unmet(letters.Add(band.Letter), nameof(bands), $"The letter \"{band.Letter}\" names two bands.");
        Name = name.Trim();
        Source = source.Trim();
    }

    /// <summary>The table's short name.</summary>
    public string Name { get; }

    /// <summary>The bands, lowest first.</summary>
    public ValueArray<LetterBand> Bands { get; }

    /// <summary>Where the table is published.</summary>
    public string Source { get; }

    /// <summary>The lowest score the table converts.</summary>
    public double Minimum => Bands[0].Low;

    /// <summary>The highest score the table converts.</summary>
    public double Maximum => Bands[^1].High;

    /// <summary>
    /// Marzano's table from the mean scale score across measurement topics to a letter: A 3.00–4.00, B 2.50–2.99,
    /// C 2.00–2.49, D 1.00–1.99, F below 1.00. An A starts at 3.0 because 3.0 means the target content is known
    /// with no major errors.
    /// </summary>
    /// <remarks>Source: R. J. Marzano, <i>Formative Assessment &amp; Standards-Based Grading</i> (2010), p. 105 (A at 3.0: p. 106); reference/grading.md §10.1.</remarks>
    public static LetterGradeTable Marzano2010 { get; } = new("marzano-2010",
        [new("A", 3.00, 4.00), new("B", 2.50, 3.00), new("C", 2.00, 2.50), new("D", 1.00, 2.00), new("F", 0.00, 1.00)],
        "R. J. Marzano, Formative Assessment & Standards-Based Grading (2010), p. 105");

    /// <summary>The letter for a score, with the band that decided it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite or outside the table.</exception>
    public LetterGrade Convert(double score)
    {
        var band = ScoreBands.Find(Bands, score, Name);
        return new(band.Letter, [new Reason("letter-from-table",
                $"{InvariantNumber.Format(score)} is in the band {InvariantNumber.Format(band.Low)}–{InvariantNumber.Format(band.High)} of {Name}, which earns {band.Letter}.")
            .With("table", Name).With("score", score).With("band-low", band.Low).With("band-high", band.High).With("letter", band.Letter)]);
    }
}

using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// One team member's rating of one candidate standard on the four R.E.A.L. criteria: readiness for the next level,
/// endurance, assessed on external tests, leverage across subjects. Each criterion is rated 0 (no), 1 (partly) or
/// 2 (yes).
/// </summary>
/// <remarks>
/// Criteria: Ainsworth, <i>Power Standards</i> (2003), readiness, endurance and leverage, with "assessed" added later;
/// R.E.A.L. as named by Many and Horrell (TEPSA News 2014) and Many (<i>PLC Magazine</i> 2016). No published numeric
/// rubric was found; a 0–2 rating per criterion is common local practice (plc-frameworks.md §5, marked [R]).
/// </remarks>
public sealed record CriterionRatings
{
    /// <summary>The largest rating on one criterion.</summary>
    public const int Maximum = 2;

    /// <summary>Creates the ratings.</summary>
    /// <exception cref="ArgumentException">The rater or the standard is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 0, 1 or 2.</exception>
    public CriterionRatings(TeacherId rater, TargetId standard, int readiness, int endurance, int assessed, int leverage)
    {
        Guard.Against.Unmet(rater.Value is not null, nameof(rater), "A rating needs its rater.");
        Guard.Against.Unmet(standard.Value is not null, nameof(standard), "A rating needs its standard.");
        foreach (var (value, name) in new[] { (readiness, nameof(readiness)), (endurance, nameof(endurance)), (assessed, nameof(assessed)), (leverage, nameof(leverage)) })
            if (value is < 0 or > Maximum) throw new ArgumentOutOfRangeException(name, value, $"A criterion is rated 0 (no), 1 (partly) or 2 (yes), not {value}.");
        (Rater, Standard, Readiness, Endurance, Assessed, Leverage) = (rater, standard, readiness, endurance, assessed, leverage);
    }

    /// <summary>Who rated.</summary>
    public TeacherId Rater { get; }

    /// <summary>The standard rated.</summary>
    public TargetId Standard { get; }

    /// <summary>Readiness: does it prepare students for the next grade, course or level?</summary>
    public int Readiness { get; }

    /// <summary>Endurance: is it of value beyond a single test or unit?</summary>
    public int Endurance { get; }

    /// <summary>Assessed: does it appear on state or college-readiness tests?</summary>
    public int Assessed { get; }

    /// <summary>Leverage: is it needed in several subjects?</summary>
    public int Leverage { get; }

    /// <summary>The four ratings in R.E.A.L. order.</summary>
    public ImmutableArray<int> Values => [Readiness, Endurance, Assessed, Leverage];

    /// <summary>The sum of the four ratings (0–8).</summary>
    public int Total => Readiness + Endurance + Assessed + Leverage;
}

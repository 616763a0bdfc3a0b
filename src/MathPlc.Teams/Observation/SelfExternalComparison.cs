using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// How a teacher's self-rating of a lesson compares with external observers' ratings of the same lesson, for one scope
/// (the district, or one school) and one dimension (or every dimension together).
/// </summary>
/// <param name="Scope">The district's name, or the school's id.</param>
/// <param name="Dimension">The dimension, or null for every dimension together.</param>
/// <param name="Pairs">The self/external pairs: each external observer's rating of a lesson paired with the teacher's self-rating of it.</param>
/// <param name="MeanSelf">The mean self-rating over the pairs.</param>
/// <param name="MeanExternal">The mean external rating over the pairs.</param>
/// <param name="MeanDifference">The mean of self − external: positive when teachers rate themselves higher than observers do.</param>
/// <param name="Interval">The 95 % interval of the mean difference (t with pairs − 1 degrees of freedom); null below two pairs.</param>
/// <param name="ExactAgreement">The share of pairs with the same level.</param>
/// <param name="AdjacentAgreement">The share of pairs within one level.</param>
/// <param name="WeightedKappa">Cohen's linearly weighted kappa of self against external on the instrument's levels (MathPlc.Assessments <see cref="CohenKappa"/>).</param>
/// <param name="Reasons">What the numbers say in words, including the calibration caution.</param>
public sealed record SelfExternalComparison(
    string Scope, string? Dimension, int Pairs, double MeanSelf, double MeanExternal, double MeanDifference,
    (double Lower, double Upper)? Interval, double ExactAgreement, double AdjacentAgreement, StatisticValue WeightedKappa,
    ValueArray<Reason> Reasons);

/// <summary>
/// Self-ratings against external ratings of the same lessons, per school and for the district: the bias (mean
/// self − external with its 95 % interval) and the agreement (exact, adjacent, linearly weighted kappa).
/// </summary>
/// <remarks>
/// <para>
/// A visit whose observer is the lesson's teacher (<see cref="ClassroomVisit.Observer"/> equals the teacher's id) is a
/// self-rating; any other visit of the same lesson is external. Each external rating of a lesson and dimension makes one
/// pair with the teacher's self-rating of it, so a lesson seen by two observers gives two pairs; lessons without both a
/// self-rating and an external rating are left out and counted in the reasons. This is the districts' question in rubric
/// calibration: do self-ratings run high, and how far can they be trusted?
/// </para>
/// <para>
/// The mean difference's interval is d̄ ± t(0.975, n − 1) · s_d / √n over the pairs (the paired-t interval; Bland &amp;
/// Altman 1986 read the same bias); pairs from one lesson are not independent, so with several observers per lesson the
/// interval is narrower than it should be, and the reason says so. Exact and adjacent agreement are the shares of pairs
/// with |self − external| = 0 and ≤ 1; the weighted kappa is Cohen's (1968) with linear weights on the instrument's
/// declared levels. Decision 0036 covers the instrument and this comparison; decision 0043 the calibration caution.
/// </para>
/// </remarks>
public static class SelfExternalRatings
{
    /// <summary>Compares self-ratings with external ratings, for the district and for each school, per dimension and over every dimension.</summary>
    /// <param name="instrument">The instrument the visits use.</param>
    /// <param name="visits">The visits, self and external.</param>
    /// <param name="district">The district's name for the district-wide rows.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A visit scores a dimension the instrument lacks or a level outside its range, an observer scored a lesson twice, a lesson is named for two teachers, the district's name is blank, or a school has the district's name (its rows could not be told from the district's).</exception>
    public static ImmutableArray<SelfExternalComparison> Compare(ObservationInstrument instrument, IEnumerable<ClassroomVisit> visits, string district = "District")
    {
        Guard.Against.NullOrWhiteSpace(district);
        Guard.Against.Null(instrument);
        var all = Guard.Against.NullOrNullElements(visits, nameof(visits));
        Observations.Prevalence(instrument, all, VisitGrouping.School); // the same checks of dimensions and levels
        var twice = all.GroupBy(v => (v.Lesson, v.Observer)).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(visits), $"{twice?.Key.Observer} scored the lesson {twice?.Key.Lesson} twice.");
        var split = all.GroupBy(v => v.Lesson).FirstOrDefault(g => g.Select(v => v.Teacher).Distinct().Count() > 1);
        Guard.Against.Unmet(split is null, nameof(visits), $"The lesson {split?.Key} is named for more than one teacher.");
        Guard.Against.Unmet(all.All(v => !string.Equals(v.School.Value, district.Trim(), StringComparison.Ordinal)), nameof(district),
            $"A school is named \"{district.Trim()}\", like the district; its rows could not be told from the district's.");

        var pairs = new List<(string School, string Lesson, string Dimension, string Observer, int Self, int External)>();
        foreach (var lesson in all.GroupBy(v => v.Lesson))
        {
            var self = lesson.FirstOrDefault(v => v.Observer == v.Teacher.Value);
            if (self is null) continue;
            foreach (var external in lesson.Where(v => v != self))
                foreach (var dimension in instrument.Dimensions)
                    if (Observations.Score(self, dimension) is { } s && Observations.Score(external, dimension) is { } e)
                        pairs.Add((self.School.Value, lesson.Key, dimension, external.Observer, s, e));
        }
        int lessons = all.Select(v => v.Lesson).Distinct().Count();
        int paired = pairs.Select(p => p.Lesson).Distinct().Count();

        var result = ImmutableArray.CreateBuilder<SelfExternalComparison>();
        var scale = RatingScale.Declared(Enumerable.Range(instrument.LowestLevel, instrument.LevelCount).Select(l => (double)l));
        var scopes = new List<(string Scope, List<(string School, string Lesson, string Dimension, string Observer, int Self, int External)> Pairs)> { (district.Trim(), pairs) };
        scopes.AddRange(pairs.GroupBy(p => p.School, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())));
        foreach (var (scope, mine) in scopes)
        {
            if (mine.Count == 0) continue;
            result.Add(Summarize(scope, null, mine.Select(p => (p.Lesson + "\u001f" + p.Dimension + "\u001f" + p.Observer, p.Self, p.External)).ToList(), scale,
                ReferenceEquals(mine, pairs) ? lessons - paired : null, mine.GroupBy(p => (p.Lesson, p.Dimension)).Any(g => g.Count() > 1)));
            foreach (var dimension in instrument.Dimensions)
            {
                var d = mine.Where(p => p.Dimension == dimension).ToList();
                if (d.Count > 0)
                    result.Add(Summarize(scope, dimension, d.Select(p => (p.Lesson + "\u001f" + p.Observer, p.Self, p.External)).ToList(), scale,
                        null, d.GroupBy(p => p.Lesson).Any(g => g.Count() > 1)));
            }
        }
        return result.ToImmutable();
    }

    private static SelfExternalComparison Summarize(string scope, string? dimension, List<(string Id, int Self, int External)> pairs, RatingScale scale,
        int? unpairedLessons, bool repeatedLessons)
    {
        int n = pairs.Count;
        double meanSelf = pairs.Average(p => (double)p.Self), meanExternal = pairs.Average(p => (double)p.External);
        var differences = pairs.Select(p => (double)(p.Self - p.External)).ToArray();
        double mean = differences.Average();
        (double, double)? interval = null;
        var reasons = new List<Reason>();
        if (n >= 2)
        {
            double sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (n - 1));
            double half = StudentT.Quantile(0.975, n - 1) * sd / Math.Sqrt(n);
            interval = (mean - half, mean + half);
        }
        else reasons.Add(new Reason("one-pair", "One pair gives a difference but no interval."));
        double exact = pairs.Count(p => p.Self == p.External) / (double)n;
        double adjacent = pairs.Count(p => Math.Abs(p.Self - p.External) <= 1) / (double)n;
        var matrix = RatingMatrix.FromRatings(pairs.SelectMany(p => new[] { new Rating(p.Id, "self", p.Self), new Rating(p.Id, "external", p.External) }));
        var kappa = CohenKappa.Compute(matrix, KappaWeighting.Linear, scale);

        string direction = interval is { } ci && ci.Item1 > 0 ? "Self-ratings run higher than external ratings: the whole interval is above 0; read self-rated levels and self-rated change with that caution."
            : interval is { } cj && cj.Item2 < 0 ? "Self-ratings run lower than external ratings: the whole interval is below 0."
            : "The interval includes 0: no consistent difference between self and external ratings is shown.";
        reasons.Insert(0, new Reason(mean > 0 && interval is { } c1 && c1.Item1 > 0 ? "self-rates-higher" : mean < 0 && interval is { } c2 && c2.Item2 < 0 ? "self-rates-lower" : "no-consistent-difference",
            string.Create(CultureInfo.InvariantCulture, $"{n} pair(s): self − external = {mean:0.###} on average. {direction}"))
            .With("pairs", n).With("mean-difference", mean));
        if (repeatedLessons)
            reasons.Add(new Reason("repeated-lessons", "Some lessons have more than one external observer; their pairs are not independent, so the interval is narrower than it should be."));
        if (unpairedLessons is > 0)
            reasons.Add(new Reason("unpaired-lessons", string.Create(CultureInfo.InvariantCulture, $"{unpairedLessons} lesson(s) without both a self-rating and an external rating are left out."))
                .With("lessons", unpairedLessons.Value));
        return new SelfExternalComparison(scope, dimension, n, meanSelf, meanExternal, mean, interval, exact, adjacent, kappa, [.. reasons]);
    }
}

using System.Globalization;
using MathPlc.Assessments;

namespace MathPlc.Teams;

/// <summary>
/// Classroom observation data: how prevalent each level of each dimension is by teacher, school or month, and how well
/// observers agree when several score the same lesson (a calibration session, with <see cref="RaterAgreement"/>).
/// </summary>
public static class Observations
{
    /// <summary>The prevalence of each level per group and dimension, ordered by group, then by the instrument's dimensions.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A visit scores a dimension the instrument lacks or a level outside its range.</exception>
    public static ImmutableArray<LevelPrevalence> Prevalence(ObservationInstrument instrument, IEnumerable<ClassroomVisit> visits, VisitGrouping grouping)
    {
        var all = Check(instrument, visits);
        if (!Enum.IsDefined(grouping)) throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Not a grouping.");
        var result = ImmutableArray.CreateBuilder<LevelPrevalence>();
        foreach (var group in all.GroupBy(v => KeyOf(v, grouping)).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var dimension in instrument.Dimensions)
            {
                var counts = new int[instrument.LevelCount];
                foreach (var visit in group)
                    if (Score(visit, dimension) is { } level) counts[level - instrument.LowestLevel]++;
                result.Add(new LevelPrevalence(group.Key, dimension, [.. counts]));
            }
        return result.ToImmutable();
    }

    /// <summary>
    /// Observer agreement per dimension over co-observed lessons (lessons are subjects, observers are raters), with the
    /// instrument's levels as the declared scale.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Prevalence"/>, or an observer scored a lesson twice.</exception>
    public static ImmutableArray<CriterionAgreement> Calibration(ObservationInstrument instrument, IEnumerable<ClassroomVisit> visits)
    {
        var all = Check(instrument, visits);
        var twice = all.GroupBy(v => (v.Lesson, v.Observer)).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(visits), $"{twice?.Key.Observer} scored the lesson {twice?.Key.Lesson} twice.");
        var scale = RatingScale.Declared(Enumerable.Range(instrument.LowestLevel, instrument.LevelCount).Select(l => (double)l));
        var result = ImmutableArray.CreateBuilder<CriterionAgreement>();
        foreach (var dimension in instrument.Dimensions)
        {
            var ratings = all.Where(v => Score(v, dimension) is not null).Select(v => new Rating(v.Lesson, v.Observer, Score(v, dimension))).ToArray();
            if (ratings.Length == 0) continue;
            result.Add(new CriterionAgreement(dimension, RaterAgreement.Summarize(ratings, new AgreementOptions(MeasurementLevel.Ordinal, scale))));
        }
        return result.ToImmutable();
    }

    private static string KeyOf(ClassroomVisit visit, VisitGrouping grouping) => grouping switch
    {
        VisitGrouping.Teacher => visit.Teacher.Value,
        VisitGrouping.School => visit.School.Value,
        _ => visit.Date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
    };

    /// <summary>The level <paramref name="visit"/> gave <paramref name="dimension"/>, or null.</summary>
    internal static int? Score(ClassroomVisit visit, string dimension)
    {
        foreach (var (name, level) in visit.Scores)
            if (string.Equals(name.Trim(), dimension, StringComparison.OrdinalIgnoreCase)) return level;
        return null;
    }

    private static ImmutableArray<ClassroomVisit> Check(ObservationInstrument instrument, IEnumerable<ClassroomVisit> visits)
    {
        Guard.Against.Null(instrument);
        var all = Guard.Against.NullOrNullElements(visits, nameof(visits));
        foreach (var visit in all)
            foreach (var (name, level) in visit.Scores)
            {
                Guard.Against.Unmet(instrument.DimensionNamed(name) is not null, nameof(visits),
                    $"{visit.Observer} scored \"{name}\" in lesson {visit.Lesson}, which is not a dimension of {instrument.Name}.");
                Guard.Against.Unmet(level >= instrument.LowestLevel && level <= instrument.HighestLevel, nameof(visits),
                    $"{visit.Observer} scored {name} at {level} in lesson {visit.Lesson}; {instrument.Name} runs from {instrument.LowestLevel} to {instrument.HighestLevel}.");
            }
        return all;
    }
}

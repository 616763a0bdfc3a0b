using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// The object form of proficiency scoring: evidence in, one <see cref="ProficiencyResult"/> per student and
/// learning target out, with every piece of evidence accounted for. For millions of series see
/// <see cref="ProficiencyBatch"/>, which runs the same arithmetic on columns of numbers.
/// </summary>
public static class Proficiency
{
    /// <summary>Scores one student's evidence on one learning target.</summary>
    /// <remarks>
    /// Evidence is put in school order (date, sequence, then the order given); the policy decides which counts;
    /// the method computes the unrounded score; the rounding rule (if any) gives the reported score, whose level is
    /// read from the scale (a method that may leave the scale, such as an unclamped power law, takes the level of
    /// the nearest end of the scale).
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A piece of evidence belongs to another student or target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not on the scale.</exception>
    public static ProficiencyResult Score(StudentId studentId, TargetId targetId, IEnumerable<Evidence> evidence, ProficiencyOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var list = new List<Evidence>();
        foreach (var e in evidence)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(evidence));
            Preconditions.CheckArgument(e.StudentId == studentId && e.TargetId == targetId, nameof(evidence),
                $"Evidence for {e.StudentId} on {e.TargetId} was given to score {studentId} on {targetId}.");
            if (!options.Scale.Contains(e.Score))
                throw new ArgumentOutOfRangeException(nameof(evidence), e.Score,
                    $"The score {Preconditions.Format(e.Score)} of {e.StudentId} on {e.TargetId} ({e.AssessedOn:yyyy-MM-dd}) is not on the scale {options.Scale.Name} ({Preconditions.Format(options.Scale.Minimum)}–{Preconditions.Format(options.Scale.Maximum)}).");
            list.Add(e);
        }
        return ScoreSeries(studentId, targetId, [.. list.OrderBy(e => e, Evidence.SchoolOrder)], options);
    }

    /// <summary>
    /// Scores every student and learning target found in <paramref name="evidence"/>, one result each, ordered by
    /// student then target (ordinal).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not on the scale.</exception>
    public static ImmutableArray<ProficiencyResult> ScoreAll(IEnumerable<Evidence> evidence, ProficiencyOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var series = new Dictionary<(StudentId, TargetId), List<Evidence>>();
        foreach (var e in evidence)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(evidence));
            var key = (e.StudentId, e.TargetId);
            if (!series.TryGetValue(key, out var list)) series[key] = list = [];
            list.Add(e);
        }
        return [.. series.OrderBy(s => s.Key.Item1).ThenBy(s => s.Key.Item2)
            .Select(s => Score(s.Key.Item1, s.Key.Item2, s.Value, options))];
    }

    private static ProficiencyResult ScoreSeries(StudentId studentId, TargetId targetId, List<Evidence> ordered, ProficiencyOptions options)
    {
        var (used, excluded) = options.EffectivePolicy.Select(ordered);
        string name = options.ReportedName;
        if (used.Count < options.EffectivePolicy.MinimumEvidence)
        {
            var why = used.Count == 0 ? Shortfall.NoEvidence : Shortfall.TooFewScores;
            return Insufficient(studentId, targetId, name, used, excluded, ShortfallReasons.For(why, name, used.Count));
        }

        var scores = new double[used.Count];
        for (int i = 0; i < scores.Length; i++) scores[i] = used[i].Score;
        var outcome = options.Method.Compute(scores);
        if (!outcome.IsScored)
            return Insufficient(studentId, targetId, name, used, excluded, ShortfallReasons.For(outcome.Shortfall, name, used.Count));

        var weights = new double[scores.Length];
        options.Method.Weights(scores, weights);
        double reported = options.Rounding?.Apply(outcome.Score) ?? outcome.Score;
        var level = options.Scale.LevelOf(Math.Clamp(reported, options.Scale.Minimum, options.Scale.Maximum), options.LevelRule);
        string description = options.Method.Describe(scores)
            + (options.Rounding is { } r ? $" Rounded to {r.Digits} decimal{(r.Digits == 1 ? "" : "s")} ({r.Mode})." : "");
        return new ProficiencyResult(studentId, targetId, name, ProficiencyStatus.Scored, reported, outcome.Score, level,
            used.Select((e, i) => new WeightedEvidence(e, weights[i])), excluded, [], description);
    }

    private static ProficiencyResult Insufficient(StudentId studentId, TargetId targetId, string name, List<Evidence> used,
        List<ExcludedEvidence> excluded, Reason why) =>
        new(studentId, targetId, name, ProficiencyStatus.InsufficientEvidence, null, null, null,
            used.Select(e => new WeightedEvidence(e, 0)), excluded, [why], why.Message);
}

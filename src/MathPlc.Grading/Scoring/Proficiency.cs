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
    /// Evidence is put in school order (date, sequence, then the order given); the policy decides which counts
    /// (kind, recency window, reassessments, score floor, minimum evidence; see <see cref="GradingPolicy"/>), each
    /// exclusion and change with its reason; the method computes the unrounded score; the rounding rule (if any) gives
    /// the reported score, whose level is read from the scale (a method that may leave the scale, such as an unclamped
    /// power law, takes the level of the nearest end of the scale). Last, a teacher override for this student and
    /// target, if the policy holds one, sets the reported (and unrounded) score and the level; the computed result is
    /// kept in a <c>teacher-override</c> reason. An override applies even when the evidence was insufficient.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A piece of evidence belongs to another student or target, or weighted evidence counts and the method cannot weigh (<see cref="CalculationMethod.CanWeigh"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score, or the policy's override score for this student and target, is not on the scale.</exception>
    public static ProficiencyResult Score(StudentId studentId, TargetId targetId, IEnumerable<Evidence> evidence, ProficiencyOptions options)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(options);
        var list = new List<Evidence>();
        foreach (var e in evidence)
        {
            Guard.Against.Null(e, nameof(evidence));
            Guard.Against.Unmet(e.StudentId == studentId && e.TargetId == targetId, nameof(evidence),
                $"Evidence for {e.StudentId} on {e.TargetId} was given to score {studentId} on {targetId}.");
            if (!options.Scale.Contains(e.Score))
                throw new ArgumentOutOfRangeException(nameof(evidence), e.Score,
                    $"The score {InvariantNumber.Format(e.Score)} of {e.StudentId} on {e.TargetId} ({e.AssessedOn:yyyy-MM-dd}) is not on the scale {options.Scale.Name} ({InvariantNumber.Format(options.Scale.Minimum)}–{InvariantNumber.Format(options.Scale.Maximum)}).");
            list.Add(e);
        }
        return ScoreSeries(studentId, targetId, [.. list.OrderBy(e => e, Evidence.SchoolOrder)], options);
    }

    /// <summary>
    /// Scores every student and learning target found in <paramref name="evidence"/>, one result each, ordered by
    /// student then target (ordinal).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score, or an override score the policy applies, is not on the scale.</exception>
    public static ImmutableArray<ProficiencyResult> ScoreAll(IEnumerable<Evidence> evidence, ProficiencyOptions options)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(options);
        var series = new Dictionary<(StudentId, TargetId), List<Evidence>>();
        foreach (var e in evidence)
        {
            Guard.Against.Null(e, nameof(evidence));
            var key = (e.StudentId, e.TargetId);
            if (!series.TryGetValue(key, out var list)) series[key] = list = [];
            list.Add(e);
        }
        return [.. series.OrderBy(s => s.Key.Item1).ThenBy(s => s.Key.Item2)
            .Select(s => Score(s.Key.Item1, s.Key.Item2, s.Value, options))];
    }

    private static ProficiencyResult ScoreSeries(StudentId studentId, TargetId targetId, List<Evidence> ordered, ProficiencyOptions options)
    {
        var policy = options.EffectivePolicy;
        var (used, excluded, notes) = policy.Select(ordered, options.Scale);
        var computed = Compute(studentId, targetId, used, excluded, notes, options);
        return policy.OverrideFor(studentId, targetId) is { } judgement ? Override(computed, judgement, options) : computed;
    }

    private static ProficiencyResult Compute(StudentId studentId, TargetId targetId, List<Evidence> used, List<ExcludedEvidence> excluded,
        List<Reason> notes, ProficiencyOptions options)
    {
        string name = options.ReportedName;
        if (used.Count < options.EffectivePolicy.MinimumEvidence)
        {
            var why = used.Count == 0 ? Shortfall.NoEvidence : Shortfall.TooFewScores;
            return Insufficient(studentId, targetId, name, used, excluded, notes, ShortfallReasons.For(why, name, used.Count));
        }

        var scores = new double[used.Count];
        for (int i = 0; i < scores.Length; i++) scores[i] = used[i].Score;
        var evidenceWeights = EvidenceWeights(used, options.Method, name);
        var outcome = evidenceWeights is null ? options.Method.Compute(scores) : options.Method.ComputeWeighted(scores, evidenceWeights);
        if (!outcome.IsScored)
            return Insufficient(studentId, targetId, name, used, excluded, notes, ShortfallReasons.For(outcome.Shortfall, name, used.Count),
                outcome.Shortfall == Shortfall.TiedMode ? ProficiencyStatus.TeacherJudgement : ProficiencyStatus.InsufficientEvidence);

        var weights = new double[scores.Length];
        if (evidenceWeights is null) options.Method.Weights(scores, weights);
        else options.Method.WeightedShares(scores, evidenceWeights, weights);
        double reported = options.Rounding?.Apply(outcome.Score) ?? outcome.Score;
        string description = options.Method.Describe(scores)
            + (evidenceWeights is null ? "" : " Each score counts by its evidence weight (no weight counts as 1).")
            + (options.Rounding is { } r ? $" Rounded to {r.Digits} decimal{(r.Digits == 1 ? "" : "s")} ({r.Mode})." : "");
        return ProficiencyResult.Scored(studentId, targetId, name, reported, outcome.Score, LevelOf(reported, options),
            used.Select((e, i) => new WeightedEvidence(e, weights[i])), excluded, notes, description);
    }

    /// <summary>
    /// The evidence weights (no weight counts as 1), or null when no piece of evidence that counts is weighted.
    /// </summary>
    /// <exception cref="ArgumentException">Some evidence is weighted and the method cannot weigh (see <see cref="CalculationMethod.CanWeigh"/>).</exception>
    private static double[]? EvidenceWeights(List<Evidence> used, CalculationMethod method, string name)
    {
        int weighted = used.FindIndex(e => e.Weight is not null);
        if (weighted < 0) return null;
        if (!method.CanWeigh)
        {
            var e = used[weighted];
            throw new ArgumentException(
                $"The evidence of {e.StudentId} on {e.TargetId} ({GradingPolicy.Iso(e.AssessedOn)}) has weight {InvariantNumber.Format(e.Weight!.Value)}, and {name} cannot weigh evidence (only mean and recent-mean can); leave the weight out rather than have it ignored.",
                "evidence");
        }
        var weights = new double[used.Count];
        for (int i = 0; i < weights.Length; i++) weights[i] = used[i].Weight ?? 1;
        return weights;
    }

    /// <summary>Step 7 of the policy: the teacher's score is reported; the computed result survives in the reasons.</summary>
    private static ProficiencyResult Override(ProficiencyResult computed, TeacherOverride judgement, ProficiencyOptions options)
    {
        if (!options.Scale.Contains(judgement.Score))
            throw new ArgumentOutOfRangeException(nameof(options), judgement.Score,
                $"The override score {InvariantNumber.Format(judgement.Score)} for {judgement.StudentId} on {judgement.TargetId} is not on the scale {options.Scale.Name} ({InvariantNumber.Format(options.Scale.Minimum)}–{InvariantNumber.Format(options.Scale.Maximum)}).");
        string computedText = computed.Score is { } c ? InvariantNumber.Format(c) : "no score";
        var why = new Reason("teacher-override",
                $"{judgement.TeacherId} set the score to {InvariantNumber.Format(judgement.Score)} on {GradingPolicy.Iso(judgement.DecidedOn)}: {judgement.Why} The computed result was {computedText}.")
            .With("rule", "teacher-override").With("teacher", judgement.TeacherId.Value).With("decided-on", GradingPolicy.Iso(judgement.DecidedOn))
            .With("why", judgement.Why).With("override", judgement.Score).With("computed-status", computed.Status.ToString())
            .With("computed-score", computed.Score is { } s ? InvariantNumber.Format(s) : "none")
            .With("computed-unrounded", computed.UnroundedScore is { } u ? InvariantNumber.Format(u) : "none");
        return ProficiencyResult.Scored(computed.StudentId, computed.TargetId, computed.Method, judgement.Score, judgement.Score,
            LevelOf(judgement.Score, options), computed.Used, computed.Excluded, [.. computed.Reasons, why],
            $"Set by {judgement.TeacherId} on {GradingPolicy.Iso(judgement.DecidedOn)} ({judgement.Why}); computed: {computedText}.");
    }

    private static ProficiencyLevel LevelOf(double reported, ProficiencyOptions options) =>
        options.Scale.LevelOf(Math.Clamp(reported, options.Scale.Minimum, options.Scale.Maximum), options.LevelRule);

    private static ProficiencyResult Insufficient(StudentId studentId, TargetId targetId, string name, List<Evidence> used,
        List<ExcludedEvidence> excluded, List<Reason> notes, Reason why, ProficiencyStatus status = ProficiencyStatus.InsufficientEvidence) =>
        status == ProficiencyStatus.TeacherJudgement
            ? ProficiencyResult.ForTeacherJudgement(studentId, targetId, name, used.Select(e => new WeightedEvidence(e, 0)), excluded, [.. notes, why], why.Message)
            : ProficiencyResult.Insufficient(studentId, targetId, name, used.Select(e => new WeightedEvidence(e, 0)), excluded, [.. notes, why], why.Message);
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Assessments;

/// <summary>
/// Turns item scores on a common assessment into one evidence score per student and learning target, by the
/// team's <see cref="TargetScoringRule"/> — the step between scoring a unit assessment and grading by target.
/// </summary>
/// <remarks>
/// An item on several targets counts its points (earned and possible) equally toward each. A student with no
/// response on any item gets <see cref="TargetEvidenceStatus.InsufficientEvidence"/> on every target (no evidence, never
/// zero); with <see cref="MissingResponse.Exclude"/> the same holds for a target whose items were all unanswered.
/// Sources: standards-based scoring of common assessments by target (reference/grading.md; Kanold et al., MAI).
/// </remarks>
public static class ItemScoreEvidence
{
    /// <summary>One student's evidence per target, in the blueprint's target order.</summary>
    /// <param name="blueprint">The assessment.</param>
    /// <param name="student">The student.</param>
    /// <param name="scores">The student's item scores (an item absent or null is unanswered).</param>
    /// <param name="rule">The team's conversion rule.</param>
    /// <param name="assessedOn">The date of the assessment, for the evidence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A score is for another student, an item not on the blueprint, an item twice, or above the item's points.</exception>
    public static ImmutableArray<TargetEvidence> ForStudent(AssessmentBlueprint blueprint, StudentId student, IEnumerable<ItemScore> scores,
        TargetScoringRule rule, LocalDate assessedOn)
    {
        Guard.Against.Null(blueprint);
        Guard.Against.Null(scores);
        Guard.Against.Null(rule);
        Guard.Against.Unmet(student.Value is not null, nameof(student), "The student id must not be the default (empty) value.");
        var byItem = new Dictionary<ItemId, double?>();
        foreach (var s in scores)
        {
            Guard.Against.Unmet(s is not null, nameof(scores), "The item scores must not hold null.");
            Guard.Against.Unmet(s.Student == student, nameof(scores), $"A score for student {s.Student} is among the scores of student {student}.");
            var item = blueprint.Find(s.Item) ?? throw new ArgumentException($"Item {s.Item} is not on the blueprint \"{blueprint.Name}\".", nameof(scores));
            Guard.Against.Unmet(byItem.TryAdd(s.Item, s.Score), nameof(scores), $"Student {student} has two scores for item {s.Item}.");
            if (s.Score is { } value && value > item.Points + 1e-9)
                throw new ArgumentException($"Student {student} scored {InvariantNumber.Format(value)} on item {s.Item}, above its maximum of {InvariantNumber.Format(item.Points)}.", nameof(scores));
        }
        bool anyResponse = byItem.Values.Any(v => v.HasValue);
        var results = ImmutableArray.CreateBuilder<TargetEvidence>();
        foreach (var target in blueprint.Targets)
        {
            double earned = 0, possible = 0;
            int answered = 0;
            foreach (var item in blueprint.Items.Where(i => i.Targets.Contains(target)))
            {
                double share = item.PointsToward(target) / item.Points;
                if (byItem.TryGetValue(item.Id, out var score) && score is { } value)
                {
                    earned += value * share;
                    possible += item.Points * share;
                    answered++;
                }
                else if (rule.Missing == MissingResponse.CountAsZero) possible += item.Points * share;
            }
            if (!anyResponse || answered == 0 && rule.Missing == MissingResponse.Exclude || possible <= 0)
            {
                var why = anyResponse
                    ? new Reason("no-responses-on-target", $"Student {student} answered no item on target {target}.")
                    : new Reason("no-responses", $"Student {student} has no response on this assessment.");
                results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.InsufficientEvidence, 0, 0, null, null, [why.With("target", target.Value)]));
                continue;
            }
            double percent = Math.Clamp(earned / possible * 100, 0, 100);
            double onScale = rule.ScoreFor(percent);
            var evidence = new Evidence(student, target, assessedOn, onScale, source: $"{blueprint.Name}, {target}");
            var reason = new Reason("percent-of-target-points", $"Earned {InvariantNumber.Format(earned)} of {InvariantNumber.Format(possible)} points on target {target} ({InvariantNumber.Format(Math.Round(percent, 2))} %), which the team's table converts to {InvariantNumber.Format(onScale)}.")
                .With("earned", earned).With("possible", possible).With("percent", percent).With("score", onScale);
            results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.Scored, earned, possible, percent, evidence, [reason]));
        }
        return results.ToImmutable();
    }

    /// <summary>Every student's evidence per target: students in order of first appearance, targets in blueprint order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A score is for an item not on the blueprint, an item twice for a student, or above the item's points.</exception>
    public static ImmutableArray<TargetEvidence> ForAll(AssessmentBlueprint blueprint, IEnumerable<ItemScore> scores, TargetScoringRule rule, LocalDate assessedOn)
    {
        var list = Guard.Against.NullOrNullElements(scores);
        return [.. list.GroupBy(s => s.Student).SelectMany(g => ForStudent(blueprint, g.Key, g, rule, assessedOn))];
    }
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Turns a OneRoster gradebook into <see cref="Evidence"/>: one score of one student on one learning target on one
/// date, what <c>MathPlc.Grading</c> scores proficiency from.
/// </summary>
/// <remarks>
/// <para>Rules, in order (each skipped result or objective score comes back with a <see cref="Reason"/>):</para>
/// <list type="number">
/// <item>A result marked <c>missing</c>, <c>incomplete</c> or <c>inProgress</c> (<see cref="OneRosterResultFlags"/>) gives no
/// evidence whatever its score (<c>missing</c>, <c>incomplete</c>, <c>in-progress</c>): a gradebook's 0 for missing work is
/// not a score. A <c>late</c> result counts like any other.</item>
/// <item>Only <c>fully graded</c> results count; <c>exempt</c>, <c>not submitted</c>, <c>submitted</c> and
/// <c>partially graded</c> give no evidence (<c>not-scored</c>): no score is not a zero.</item>
/// <item>The date is the result's <c>scoreDate</c>, else the line item's <c>dueDate</c>, else its
/// <c>assignDate</c>; with none, <c>no-date</c>.</item>
/// <item>A result with per-objective scores (<c>resultLearningObjectiveIds.csv</c>) gives one piece of evidence per
/// objective score (<c>no-score</c> for one without a number): the standards-based form.</item>
/// <item>Otherwise the result's score is evidence on the line item's learning objective when it has exactly one
/// (<c>no-score</c> without a score, <c>no-target</c> with no objective, <c>several-targets</c> with more than one,
/// since one score cannot be split among targets).</item>
/// </list>
/// <para>
/// Evidence is summative, sequence 0, unweighted, with the line item's sourcedId as its source; its target is the
/// learning objective id (see <see cref="OneRosterLearningObjective"/>). Scores are kept as written: check them
/// against the team's scale (e.g. <see cref="ProficiencyScale.Contains"/>) or convert them before scoring.
/// </para>
/// </remarks>
public static class OneRosterEvidence
{
    /// <summary>The evidence of every result, and every result or objective score that gave none with why.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static OneRosterEvidenceResult From(OneRosterData data)
    {
        Guard.Against.Null(data);
        var items = data.LineItems.ToDictionary(i => i.SourcedId, StringComparer.Ordinal);
        var evidence = new List<Evidence>();
        var skipped = new List<OneRosterSkippedResult>();
        foreach (var result in data.Results)
        {
            var item = items[result.LineItemSourcedId];
            void Skip(string code, string message) => skipped.Add(new OneRosterSkippedResult(result.SourcedId, result.Student,
                new Reason(code, message).With("result", result.SourcedId).With("lineItem", item.SourcedId)));

            if (result.NotEvidence is { } not and not "exempt")
            {
                Skip(not == "inProgress" ? "in-progress" : not, $"The result is marked {not}, so its score{(result.Score is { } s ? $" ({InvariantNumber.Format(s)})" : "")} is no evidence of what the student knows; no score is not a zero.");
                continue;
            }
            if (result.Status != OneRosterScoreStatus.FullyGraded)
            {
                Skip("not-scored", $"The result is {ScoreStatusText.Format(result.Status)}, not fully graded; no score is not a zero.");
                continue;
            }
            if ((result.ScoreDate ?? item.DueDate ?? item.AssignDate) is not LocalDate date)
            {
                Skip("no-date", "Neither the result's score date nor the line item's due or assign date is given.");
                continue;
            }
            if (!result.ObjectiveScores.IsEmpty)
            {
                foreach (var objective in result.ObjectiveScores)
                {
                    if (objective.Score is { } score) evidence.Add(new Evidence(result.Student, objective.Objective.Target, date, score, source: item.SourcedId));
                    else skipped.Add(new OneRosterSkippedResult(result.SourcedId, result.Student,
                        new Reason("no-score", $"The score on learning objective {objective.Objective.Target} has no number.")
                            .With("result", result.SourcedId).With("lineItem", item.SourcedId).With("target", objective.Objective.Target.Value)));
                }
                continue;
            }
            if (result.Score is not { } overall)
            {
                Skip("no-score", "The result has no score.");
                continue;
            }
            switch (item.LearningObjectives.Length)
            {
                case 0:
                    Skip("no-target", "The line item is linked to no learning objective (lineItemLearningObjectiveIds.csv), so its score is on no target.");
                    break;
                case 1:
                    evidence.Add(new Evidence(result.Student, item.LearningObjectives[0].Target, date, overall, source: item.SourcedId));
                    break;
                default:
                    Skip("several-targets", $"The line item is linked to {item.LearningObjectives.Length} learning objectives and the result has one overall score, which cannot be split among them; give per-objective scores (resultLearningObjectiveIds.csv).");
                    break;
            }
        }
        return new OneRosterEvidenceResult(evidence, skipped);
    }
}

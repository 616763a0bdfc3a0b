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
        var scorer = new Scorer(blueprint, rule, assessedOn);
        var sheet = scorer.NewSheet(student);
        foreach (var s in scores)
        {
            Guard.Against.Unmet(s is not null, nameof(scores), "The item scores must not hold null.");
            Guard.Against.Unmet(s.Student == student, nameof(scores), $"A score for student {s.Student} is among the scores of student {student}.");
            scorer.Add(sheet, s);
            if (sheet.Problem is { } problem) throw new ArgumentException(problem, nameof(scores));
        }
        var results = ImmutableArray.CreateBuilder<TargetEvidence>(scorer.Targets);
        scorer.Score(sheet, results);
        return results.MoveToImmutable();
    }

    /// <summary>Every student's evidence per target: students in order of first appearance, targets in blueprint order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A score is for an item not on the blueprint, an item twice for a student, or above the item's points.</exception>
    public static ImmutableArray<TargetEvidence> ForAll(AssessmentBlueprint blueprint, IEnumerable<ItemScore> scores, TargetScoringRule rule, LocalDate assessedOn)
    {
        var list = Guard.Against.NullOrNullElements(scores);
        Guard.Against.Null(blueprint);
        Guard.Against.Null(rule);
        // One pass gathers each student's scores by item index (students in order of first appearance); a student's first
        // problem is kept, and the first student with one is refused, as scoring the students one by one in that order did.
        var scorer = new Scorer(blueprint, rule, assessedOn);
        var sheets = new List<Sheet>();
        var sheetOf = new Dictionary<StudentId, Sheet>();
        foreach (var s in list)
        {
            if (!sheetOf.TryGetValue(s.Student, out var sheet))
            {
                sheetOf.Add(s.Student, sheet = scorer.NewSheet(s.Student));
                sheets.Add(sheet);
            }
            scorer.Add(sheet, s);
        }
        foreach (var sheet in sheets)
            if (sheet.Problem is { } problem) throw new ArgumentException(problem, nameof(scores));
        var results = ImmutableArray.CreateBuilder<TargetEvidence>(sheets.Count * scorer.Targets);
        foreach (var sheet in sheets) scorer.Score(sheet, results);
        return results.MoveToImmutable();
    }

    /// <summary>One student's item scores by the blueprint's item index, and the first problem with them.</summary>
    private sealed class Sheet(StudentId student, int items)
    {
        public readonly StudentId Student = student;
        public readonly double?[] Scores = new double?[items];
        public readonly bool[] Given = new bool[items];
        public bool AnyResponse;
        public string? Problem;
    }

    /// <summary>
    /// The conversion of one blueprint and rule: each target's items with their shares worked out once, and each scored
    /// target's reason made once per distinct (target, points earned, points possible) and shared (issue 18: a district's
    /// students take few distinct point totals per target; a <see cref="Reason"/> is a value, so sharing is invisible).
    /// </summary>
    private sealed class Scorer
    {
        private readonly AssessmentBlueprint _blueprint;
        private readonly TargetScoringRule _rule;
        private readonly LocalDate _assessedOn;
        private readonly Dictionary<ItemId, int> _itemIndex = [];
        private readonly TargetId[] _targets;
        private readonly string[] _sources;
        private readonly (int Item, double Share, double Points)[][] _itemsOf;
        private readonly Dictionary<(int Target, long Earned, long Possible), (double Percent, double Score, ValueArray<Reason> Reasons)> _scored = [];

        public Scorer(AssessmentBlueprint blueprint, TargetScoringRule rule, LocalDate assessedOn)
        {
            (_blueprint, _rule, _assessedOn) = (blueprint, rule, assessedOn);
            var items = blueprint.Items;
            for (int i = 0; i < items.Length; i++) _itemIndex[items[i].Id] = i;
            _targets = [.. blueprint.Targets];
            _sources = new string[_targets.Length];
            _itemsOf = new (int, double, double)[_targets.Length][];
            for (int t = 0; t < _targets.Length; t++)
            {
                var target = _targets[t];
                _sources[t] = $"{blueprint.Name}, {target}";
                var own = new List<(int, double, double)>();
                for (int i = 0; i < items.Length; i++)
                {
                    var item = items[i];
                    if (!item.Targets.Contains(target)) continue;
                    double share = item.PointsToward(target) / item.Points;
                    own.Add((i, share, item.Points * share));
                }
                _itemsOf[t] = [.. own];
            }
        }

        public int Targets => _targets.Length;

        public Sheet NewSheet(StudentId student) => new(student, _itemIndex.Count);

        /// <summary>Files one score on its student's sheet, or notes the sheet's first problem (the checks of one student's scores, in order).</summary>
        public void Add(Sheet sheet, ItemScore s)
        {
            if (sheet.Problem is not null) return;
            if (!_itemIndex.TryGetValue(s.Item, out int i))
            {
                sheet.Problem = $"Item {s.Item} is not on the blueprint \"{_blueprint.Name}\".";
                return;
            }
            if (sheet.Given[i])
            {
                sheet.Problem = $"Student {sheet.Student} has two scores for item {s.Item}.";
                return;
            }
            sheet.Given[i] = true;
            sheet.Scores[i] = s.Score;
            var item = _blueprint.Items[i];
            if (s.Score is { } value)
            {
                sheet.AnyResponse = true;
                if (value > item.Points + 1e-9)
                    sheet.Problem = $"Student {sheet.Student} scored {InvariantNumber.Format(value)} on item {s.Item}, above its maximum of {InvariantNumber.Format(item.Points)}.";
            }
        }

        /// <summary>The student's evidence on every target, in the blueprint's target order.</summary>
        public void Score(Sheet sheet, ImmutableArray<TargetEvidence>.Builder results)
        {
            var student = sheet.Student;
            for (int t = 0; t < _targets.Length; t++)
            {
                var target = _targets[t];
                double earned = 0, possible = 0;
                int answered = 0;
                foreach (var (i, share, points) in _itemsOf[t])
                {
                    if (sheet.Scores[i] is { } value)
                    {
                        earned += value * share;
                        possible += points;
                        answered++;
                    }
                    else if (_rule.Missing == MissingResponse.CountAsZero) possible += points;
                }
                if (!sheet.AnyResponse || answered == 0 && _rule.Missing == MissingResponse.Exclude || possible <= 0)
                {
                    var why = sheet.AnyResponse
                        ? new Reason("no-responses-on-target", $"Student {student} answered no item on target {target}.", [new("target", target.Value)])
                        : new Reason("no-responses", $"Student {student} has no response on this assessment.", [new("target", target.Value)]);
                    results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.InsufficientEvidence, 0, 0, null, null, [why]));
                    continue;
                }
                var key = (t, BitConverter.DoubleToInt64Bits(earned), BitConverter.DoubleToInt64Bits(possible));
                if (!_scored.TryGetValue(key, out var made)) _scored.Add(key, made = Make(target, earned, possible));
                var evidence = new Evidence(student, target, _assessedOn, made.Score, source: _sources[t]);
                results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.Scored, earned, possible, made.Percent, evidence, made.Reasons));
            }
        }

        // Everything here is made from the key alone (target, earned, possible), so a shared reason states each student's own facts.
        private (double Percent, double Score, ValueArray<Reason> Reasons) Make(TargetId target, double earned, double possible)
        {
            double percent = Math.Clamp(earned / possible * 100, 0, 100);
            double onScale = _rule.ScoreFor(percent);
            var reason = new Reason("percent-of-target-points", $"Earned {InvariantNumber.Format(earned)} of {InvariantNumber.Format(possible)} points on target {target} ({InvariantNumber.Format(Math.Round(percent, 2))} %), which the team's table converts to {InvariantNumber.Format(onScale)}.",
                [new("earned", Number(earned)), new("possible", Number(possible)), new("percent", Number(percent)), new("score", Number(onScale))]);
            return (percent, onScale, [reason]);
        }

        // As Reason.With(string, double) writes a number.
        private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}

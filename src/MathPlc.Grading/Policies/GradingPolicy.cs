using System.Globalization;
using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// Which evidence counts before a calculation method runs, and what a teacher's judgement changes after it, each
/// exclusion and change with its reason: achievement only (behaviour is reported apart, always), summative only or
/// summative plus formative, a recency window, reassessments, a score floor for 100-point scales, a minimum number
/// of pieces of evidence, and teacher overrides.
/// </summary>
/// <remarks>
/// <para>
/// The default follows the standards-based grading consensus (O'Connor, <i>A Repair Kit for Grading</i>, fixes 1
/// and 13; Guskey and Bailey 2010): achievement only, summative only, at least one piece of evidence, every attempt
/// kept, no window, no floor, no overrides. Source: reference/grading.md §9.
/// </para>
/// <para>
/// The steps run in this order, on one student's evidence on one target in school order: (1) kind (behaviour and,
/// unless <see cref="IncludeFormative"/>, formative evidence left out); (2) a days <see cref="Recency"/> window;
/// (3) the <see cref="Reassessment"/> rule; (4) a pieces <see cref="Recency"/> window; (5) the
/// <see cref="ScoreFloor"/>, on the scores that still count; (6) <see cref="MinimumEvidence"/>; then the method and
/// the rounding; and last (7) a matching <see cref="Overrides">override</see>, which always wins.
/// </para>
/// <para>Equality is by content (the overrides compared in order).</para>
/// </remarks>
public sealed record GradingPolicy
{
    /// <summary>The floor most districts that use one choose: 50 on a 100-point scale (U-46, Sacramento, West Des Moines; reference/grading.md §9.3).</summary>
    public const double CommonFloor = 50;

    private readonly int _minimumEvidence = 1;
    private readonly double? _scoreFloor;
    private readonly ReassessmentRule _reassessment = ReassessmentRule.KeepAll;
    private readonly ValueArray<TeacherOverride> _overrides = [];

    /// <summary>Whether formative evidence counts too; false (summative only) by default.</summary>
    public bool IncludeFormative { get; init; }

    /// <summary>The fewest pieces of evidence that may be scored; fewer is insufficient evidence. At least 1; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MinimumEvidence
    {
        get => _minimumEvidence;
        init
        {
            Guard.Against.Below(value, 1, nameof(MinimumEvidence));
            _minimumEvidence = value;
        }
    }

    /// <summary>Only recent evidence counts (the last N pieces, or the last N days up to a date); null (all evidence) by default.</summary>
    public RecencyWindow? Recency { get; init; }

    /// <summary>How attempts at the same assessment (same source) count; <see cref="ReassessmentRule.KeepAll"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReassessmentRule Reassessment
    {
        get => _reassessment;
        init => _reassessment = value ?? throw new ArgumentNullException(nameof(Reassessment));
    }

    /// <summary>
    /// The lowest score a piece of evidence may count as on a 0–100 scale (no zeros: a zero is 60 points below a D,
    /// Reeves 2004); null (no floor) by default, <see cref="CommonFloor"/> in common use. Each score raised is
    /// reported with a reason; on any other scale the floor does not apply, and the result says so.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or off the 0–100 scale.</exception>
    /// <remarks>Source: Reeves, "The Case Against the Zero", <i>Phi Delta Kappan</i> 86(4), 2004 (reference/grading.md §9.3).</remarks>
    public double? ScoreFloor
    {
        get => _scoreFloor;
        init
        {
            if (value is { } floor) Guard.Against.OutsideRange(floor, 0, 100, nameof(ScoreFloor));
            _scoreFloor = value;
        }
    }

    /// <summary>Teacher overrides, at most one per student and target; none by default. A matching override sets the reported score.</summary>
    /// <remarks>
    /// An override applies whenever its student and target are scored, even with no evidence that counts;
    /// <see cref="Proficiency.ScoreAll"/> scores only the pairs found in its evidence, so score a pair with no evidence
    /// at all through <see cref="Proficiency.Score"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">An override is null, or two overrides name the same student and target.</exception>
    public ValueArray<TeacherOverride> Overrides
    {
        get => _overrides;
        init
        {
            var checkedValue = Guard.Against.NullOrNullElements(value, nameof(Overrides));
            var seen = new HashSet<(StudentId, TargetId)>();
            foreach (var o in checkedValue)
                Guard.Against.Unmet(seen.Add((o.StudentId, o.TargetId)), nameof(Overrides),
                    $"Two overrides name {o.StudentId} on {o.TargetId}; keep one judgement per student and target.");
            _overrides = checkedValue;
        }
    }

    /// <summary>Achievement only, summative only, at least one piece of evidence.</summary>
    public static GradingPolicy Default { get; } = new();

    /// <summary>The override for one student and target, or null.</summary>
    internal TeacherOverride? OverrideFor(StudentId studentId, TargetId targetId)
    {
        foreach (var o in Overrides)
            if (o.StudentId == studentId && o.TargetId == targetId) return o;
        return null;
    }

    /// <summary>
    /// Steps 1–5: splits one series, already in school order, into the evidence that counts (scores possibly raised
    /// or combined), the evidence left out, and the reasons for every change.
    /// </summary>
    internal PolicySelection Select(IReadOnlyList<Evidence> ordered, ProficiencyScale scale)
    {
        var used = new List<Evidence>(ordered.Count);
        var excluded = new List<ExcludedEvidence>();
        var notes = new List<Reason>();
        foreach (var e in ordered)
        {
            if (e.Kind == EvidenceKind.Behaviour)
                excluded.Add(new(e, new Reason("behaviour-reported-apart", "Behaviour evidence is reported apart from achievement.").With("rule", "achievement-only")));
            else if (e.Kind == EvidenceKind.Formative && !IncludeFormative)
                excluded.Add(new(e, new Reason("formative-not-graded", "Formative evidence guides instruction; only summative evidence counts toward proficiency.").With("rule", "summative-only")));
            else
                used.Add(e);
        }

        if (Recency is { Days: { } days, AsOf: { } asOf } window)
            used = KeepInDays(used, excluded, window.FirstDay, asOf, days);
        used = Reassess(used, excluded, notes);
        if (Recency is { Pieces: { } pieces } && used.Count > pieces)
        {
            int drop = used.Count - pieces;
            foreach (var e in used.Take(drop))
                excluded.Add(new(e, new Reason("outside-recent-pieces", $"Only the {pieces} most recent pieces of evidence count.")
                    .With("rule", "recency-window").With("pieces", pieces)));
            used = used.GetRange(drop, pieces);
        }
        if (ScoreFloor is { } floor)
            ApplyFloor(used, notes, scale, floor);
        return new(used, excluded, notes);
    }

    private static List<Evidence> KeepInDays(List<Evidence> used, List<ExcludedEvidence> excluded, NodaTime.LocalDate first, NodaTime.LocalDate asOf, int days)
    {
        var kept = new List<Evidence>(used.Count);
        foreach (var e in used)
        {
            if (e.AssessedOn > asOf)
                excluded.Add(new(e, new Reason("after-as-of", $"Evidence dated after {Iso(asOf)} does not count yet.")
                    .With("rule", "recency-window").With("as-of", Iso(asOf))));
            else if (e.AssessedOn < first)
                excluded.Add(new(e, new Reason("outside-recent-days", $"Only evidence from the {days} days ending {Iso(asOf)} counts (from {Iso(first)}).")
                    .With("rule", "recency-window").With("days", days).With("as-of", Iso(asOf))));
            else
                kept.Add(e);
        }
        return kept;
    }

    private List<Evidence> Reassess(List<Evidence> used, List<ExcludedEvidence> excluded, List<Reason> notes)
    {
        if (Reassessment.Name == ReassessmentRule.KeepAll.Name) return used;
        bool highest = Reassessment.Name == ReassessmentRule.KeepHighest.Name;
        var chosen = new Dictionary<string, int>(StringComparer.Ordinal);   // per source: the attempt that counts
        for (int i = 0; i < used.Count; i++)
            if (used[i].Source is { } source && (!highest || !chosen.TryGetValue(source, out int best) || used[i].Score >= used[best].Score))
                chosen[source] = i;

        var kept = new List<Evidence>(used.Count);
        for (int i = 0; i < used.Count; i++)
        {
            var e = used[i];
            if (e.Source is not { } source || chosen[source] == i)
            {
                kept.Add(e.Source is { } s ? Combine(used, e, s, notes) : e);
                continue;
            }
            var counted = used[chosen[source]];
            var why = highest
                ? new Reason("reassessment-lower", $"\"{source}\" was taken more than once; only the highest attempt ({InvariantNumber.Format(counted.Score)} on {Iso(counted.AssessedOn)}) counts.")
                : Reassessment is ReassessmentRule.BlendWithFirst
                ? new Reason("reassessment-combined", $"\"{source}\" was taken again; this attempt is folded into the higher of the first attempt and the blend.")
                : new Reason("reassessment-replaced", $"\"{source}\" was taken again; the newest attempt replaces this one.");
            excluded.Add(new(e, highest
                ? why.With("rule", Reassessment.Name).With("source", source).With("counted-on", Iso(counted.AssessedOn)).With("counted-score", counted.Score)
                : why.With("rule", Reassessment.Name).With("source", source).With("newest-on", Iso(counted.AssessedOn)).With("newest-score", counted.Score)));
        }
        return kept;
    }

    private Evidence Combine(List<Evidence> used, Evidence newest, string source, List<Reason> notes)
    {
        if (Reassessment is not ReassessmentRule.BlendWithFirst blend) return newest;
        var first = used.First(e => e.Source == source);
        if (ReferenceEquals(first, newest)) return newest;
        double combined = blend.Combine(first.Score, newest.Score);
        notes.Add(new Reason("reassessment-blended",
                $"\"{source}\" counts once as {InvariantNumber.Format(combined)}: the higher of the first attempt ({InvariantNumber.Format(first.Score)}) and {InvariantNumber.Format(1 - blend.Alpha!.Value)} × first + {InvariantNumber.Format(blend.Alpha.Value)} × newest ({InvariantNumber.Format(newest.Score)}).")
            .With("rule", blend.Name).With("source", source).With("alpha", blend.Alpha.Value)
            .With("first", first.Score).With("newest", newest.Score).With("combined", combined));
        return WithScore(newest, combined);
    }

    private static void ApplyFloor(List<Evidence> used, List<Reason> notes, ProficiencyScale scale, double floor)
    {
        if (scale.Minimum != 0 || scale.Maximum != 100)
        {
            notes.Add(new Reason("floor-not-applied", $"The score floor applies only to 0–100 scales; {scale.Name} is not one, so no score was raised.")
                .With("rule", "score-floor").With("floor", floor).With("scale", scale.Name));
            return;
        }
        for (int i = 0; i < used.Count; i++)
        {
            var e = used[i];
            if (e.Score >= floor) continue;
            notes.Add(new Reason("score-floor-raised", $"The score {InvariantNumber.Format(e.Score)} of {Iso(e.AssessedOn)} counts as {InvariantNumber.Format(floor)}, the floor (no zeros on a 100-point scale).")
                .With("rule", "score-floor").With("floor", floor).With("original", e.Score)
                .With("assessed-on", Iso(e.AssessedOn)).With("sequence", e.Sequence).With("source", e.Source ?? "(none)"));
            used[i] = WithScore(e, floor);
        }
    }

    private static Evidence WithScore(Evidence e, double score) =>
        new(e.StudentId, e.TargetId, e.AssessedOn, score, e.Sequence, e.Kind, e.Weight, e.Source);

    internal static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What steps 1–5 of a <see cref="GradingPolicy"/> leave: the evidence that counts, the evidence left out, the notes on changes.</summary>
internal sealed record PolicySelection(List<Evidence> Used, List<ExcludedEvidence> Excluded, List<Reason> Notes);

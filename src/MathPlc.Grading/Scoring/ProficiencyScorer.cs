using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// Scores many students' series with one grading method and policy, giving for each the result
/// <see cref="Proficiency.Score"/> gives — the same status, score, level, evidence used and left out, reasons and
/// description — made once per distinct series and shared where a team's students' series say the same thing.
/// </summary>
/// <remarks>
/// <para>
/// After one common assessment most students have one piece of evidence per target, and most pieces differ only in whose
/// they are: the same date, score, kind and source. The explanation of such a series (the method's description, the
/// level, the shortfall's reason for a student with no evidence) does not name the student or the target, so it is made
/// once and shared; each student's result still holds that student's own evidence and ids (issue 18).
/// </para>
/// <para>
/// A series is shared only when it has no evidence or one piece, no teacher override applies to it, and its first
/// result kept that piece unchanged, left nothing out and added no policy note; every other series, and every series
/// <see cref="Proficiency.Score"/> would refuse, is scored by <see cref="Proficiency.Score"/> itself. Not safe for use by
/// several threads at once: make one per thread (for example one per team).
/// </para>
/// </remarks>
public sealed class ProficiencyScorer
{
    private readonly ProficiencyOptions _options;
    private readonly bool _overrides;
    private ProficiencyResult? _noEvidence;
    private readonly Dictionary<EvidenceFacts, ProficiencyResult?> _single = [];

    /// <summary>A scorer for one grading method, policy, scale and rounding.</summary>
    /// <param name="options">The options every series is scored with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ProficiencyScorer(ProficiencyOptions options)
    {
        _options = Guard.Against.Null(options);
        _overrides = !options.EffectivePolicy.Overrides.IsEmpty;
    }

    /// <summary>Scores one student on one target: the result <see cref="Proficiency.Score"/> gives for the same arguments.</summary>
    /// <param name="studentId">The student.</param>
    /// <param name="targetId">The learning target.</param>
    /// <param name="evidence">The student's evidence on the target, in any order.</param>
    /// <returns>The result, with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A piece of evidence is for another student or target, or is weighted and the method cannot weigh.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score or an override is not on the scale.</exception>
    public ProficiencyResult Score(StudentId studentId, TargetId targetId, IReadOnlyList<Evidence> evidence)
    {
        Guard.Against.Null(evidence);
        if (evidence.Count > 1 || (_overrides && _options.EffectivePolicy.OverrideFor(studentId, targetId) is not null))
            return Proficiency.Score(studentId, targetId, evidence, _options);
        if (evidence.Count == 0)
        {
            if (_noEvidence is { } shared) return shared.For(studentId, targetId, []);
            var first = Proficiency.Score(studentId, targetId, evidence, _options);
            if (first.Used.Count == 0 && first.Excluded.Count == 0 && first.Reasons.Count == (first.Status == ProficiencyStatus.Scored ? 0 : 1))
                _noEvidence = first;
            return first;
        }
        var e = evidence[0];
        if (e is null || e.StudentId != studentId || e.TargetId != targetId || !_options.Scale.Contains(e.Score))
            return Proficiency.Score(studentId, targetId, evidence, _options);
        var facts = new EvidenceFacts(e.AssessedOn, BitConverter.DoubleToInt64Bits(e.Score), e.Sequence, e.Kind,
            e.Weight is { } w ? BitConverter.DoubleToInt64Bits(w) : null, e.Source);
        if (_single.TryGetValue(facts, out var template))
            return template is null ? Proficiency.Score(studentId, targetId, evidence, _options)
                : template.For(studentId, targetId, [new WeightedEvidence(e, template.Used[0].Weight)]);
        var result = Proficiency.Score(studentId, targetId, evidence, _options);
        bool shareable = result.Used.Count == 1 && result.Used[0].Evidence == e && result.Excluded.Count == 0
            && result.Reasons.Count == (result.Status == ProficiencyStatus.Scored ? 0 : 1);
        _single.Add(facts, shareable ? result : null);
        return result;
    }

    /// <summary>
    /// Everything a piece of evidence holds but whose it is, numbers by their bits (0 and -0 are told apart): two pieces
    /// with equal facts are scored alike.
    /// </summary>
    internal readonly record struct EvidenceFacts(NodaTime.LocalDate AssessedOn, long ScoreBits, int Sequence, EvidenceKind Kind, long? WeightBits, string? Source);
}

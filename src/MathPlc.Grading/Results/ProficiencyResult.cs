using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// One student's proficiency on one learning target: the score (rounded and unrounded), its level on the scale,
/// whether it could be computed, which evidence counted with what weight, which did not and why, and one
/// sentence saying how the score was reached.
/// </summary>
/// <remarks>
/// Invariants: <see cref="Score"/>, <see cref="UnroundedScore"/> and <see cref="Level"/> are present exactly when
/// <see cref="Status"/> is <see cref="ProficiencyStatus.Scored"/>, and the scores are finite; an insufficient
/// result has at least one reason. No score is never zero. Equality is by content.
/// </remarks>
public sealed record ProficiencyResult
{
    /// <summary>
    /// A scored result: the score as reported, the score before rounding, its level on the scale, the evidence used with its
    /// weights, the evidence left out, any notes, and the sentence saying how the score was reached.
    /// </summary>
    /// <exception cref="ArgumentNullException">The method, a list, a level or the description is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">A score is not finite, or the method or description is blank.</exception>
    public static ProficiencyResult Scored(StudentId studentId, TargetId targetId, string method, double score, double unroundedScore,
        ProficiencyLevel level, IEnumerable<WeightedEvidence> used, IEnumerable<ExcludedEvidence> excluded, IEnumerable<Reason> reasons,
        string description) =>
        new(studentId, targetId, method, ProficiencyStatus.Scored, score, unroundedScore, Guard.Against.Null(level), used, excluded, reasons, description);

    /// <summary>
    /// A result without a score because there was too little evidence (<see cref="ProficiencyStatus.InsufficientEvidence"/>):
    /// never a zero. <paramref name="reasons"/> says why (at least one).
    /// </summary>
    /// <exception cref="ArgumentNullException">The method, a list or the description is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">The method or description is blank, or there is no reason.</exception>
    public static ProficiencyResult Insufficient(StudentId studentId, TargetId targetId, string method, IEnumerable<WeightedEvidence> used,
        IEnumerable<ExcludedEvidence> excluded, IEnumerable<Reason> reasons, string description) =>
        new(studentId, targetId, method, ProficiencyStatus.InsufficientEvidence, null, null, null, used, excluded, reasons, description);

    /// <summary>
    /// A result without a score because the method leaves it to the teacher (<see cref="ProficiencyStatus.TeacherJudgement"/>,
    /// for example a tie in the mode). <paramref name="reasons"/> says why (at least one).
    /// </summary>
    /// <exception cref="ArgumentNullException">The method, a list or the description is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">The method or description is blank, or there is no reason.</exception>
    public static ProficiencyResult ForTeacherJudgement(StudentId studentId, TargetId targetId, string method, IEnumerable<WeightedEvidence> used,
        IEnumerable<ExcludedEvidence> excluded, IEnumerable<Reason> reasons, string description) =>
        new(studentId, targetId, method, ProficiencyStatus.TeacherJudgement, null, null, null, used, excluded, reasons, description);

    /// <summary>
    /// The one constructor, behind the three factories, and what Grading's JSON reader calls with a file's values (so a file
    /// whose status and score disagree is reported, not built): every invariant is checked here.
    /// </summary>
    /// <exception cref="ArgumentException">The status and the score disagree, a score is not finite, the method or description is blank, or a result without a score has no reason.</exception>
    internal ProficiencyResult(
        StudentId studentId,
        TargetId targetId,
        string method,
        ProficiencyStatus status,
        double? score,
        double? unroundedScore,
        ProficiencyLevel? level,
        IEnumerable<WeightedEvidence> used,
        IEnumerable<ExcludedEvidence> excluded,
        IEnumerable<Reason> reasons,
        string description)
    {
        Guard.Against.NullOrWhiteSpace(method);
        Guard.Against.NullOrWhiteSpace(description);
        bool scored = status == ProficiencyStatus.Scored;
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, $"status {(int)status} is not defined.");
        Guard.Against.Unmet(scored == score.HasValue && scored == unroundedScore.HasValue && scored == (level is not null), nameof(status),
            $"A {status} result must {(scored ? "have" : "not have")} a score, an unrounded score and a level.");
        if (score is { } s) Guard.Against.NotFinite(s, nameof(score));
        if (unroundedScore is { } u) Guard.Against.NotFinite(u, nameof(unroundedScore));
        StudentId = studentId;
        TargetId = targetId;
        Method = method;
        Status = status;
        Score = score;
        UnroundedScore = unroundedScore;
        Level = level;
        Used = Guard.Against.NullOrNullElements(used, nameof(used));
        Excluded = Guard.Against.NullOrNullElements(excluded, nameof(excluded));
        Reasons = Guard.Against.NullOrNullElements(reasons, nameof(reasons));
        Guard.Against.Unmet(scored || !Reasons.IsEmpty, nameof(reasons), "An insufficient-evidence result must say why.");
        Description = description.Trim();
    }

    /// <summary>
    /// The same result for another student and target, with that student's own evidence used (as many pieces as this
    /// result's, with the same weights): a result shared by equal series (<see cref="ProficiencyScorer"/>). Nothing is
    /// checked again: this result was checked when it was made, and the caller gives evidence equal to it but for the ids.
    /// </summary>
    internal ProficiencyResult For(StudentId studentId, TargetId targetId, ImmutableArray<WeightedEvidence> used) =>
        new(this, studentId, targetId, used);

    private ProficiencyResult(ProficiencyResult shared, StudentId studentId, TargetId targetId, ImmutableArray<WeightedEvidence> used)
    {
        StudentId = studentId;
        TargetId = targetId;
        Method = shared.Method;
        Status = shared.Status;
        Score = shared.Score;
        UnroundedScore = shared.UnroundedScore;
        Level = shared.Level;
        Used = used;
        Excluded = shared.Excluded;
        Reasons = shared.Reasons;
        Description = shared.Description;
    }

    /// <summary>Whose proficiency this is.</summary>
    public StudentId StudentId { get; }

    /// <summary>The learning target.</summary>
    public TargetId TargetId { get; }

    /// <summary>The method's name (<see cref="CalculationMethod.Name"/>) or the preset's.</summary>
    public string Method { get; }

    /// <summary>Scored, or insufficient evidence.</summary>
    public ProficiencyStatus Status { get; }

    /// <summary>The score as reported (rounded when a rounding rule applies), or null.</summary>
    public double? Score { get; }

    /// <summary>The score before rounding, or null.</summary>
    public double? UnroundedScore { get; }

    /// <summary>The level of <see cref="Score"/> on the scale, or null.</summary>
    public ProficiencyLevel? Level { get; }

    /// <summary>The evidence the method used, oldest first, with the weight each had.</summary>
    public ValueArray<WeightedEvidence> Used { get; }

    /// <summary>The evidence left out, with the reason for each.</summary>
    public ValueArray<ExcludedEvidence> Excluded { get; }

    /// <summary>Why the result is what it is (why there is no score, overrides, policy notes).</summary>
    public ValueArray<Reason> Reasons { get; }

    /// <summary>One sentence in teachers' words saying how the score was reached.</summary>
    public string Description { get; }

    /// <summary>
    /// The student's standing on the target that a team responds to: the score when the result is
    /// <see cref="ProficiencyStatus.Scored"/>, no score otherwise (too little evidence, or a tie the teacher decides).
    /// </summary>
    /// <returns>The standing, for <c>Tiering.Decide</c> and the response planner.</returns>
    public TargetScore ToTargetScore() => new(StudentId, TargetId, Status == ProficiencyStatus.Scored ? Score : null);
}

using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// One student's result on one line item (a row of <c>results.csv</c>), with the per-objective scores linked to it
/// (rows of <c>resultLearningObjectiveIds.csv</c>).
/// </summary>
/// <remarks>
/// Source: 1EdTech OneRoster 1.1 and 1.2 CSV binding, <c>results.csv</c> (see <c>reference/interop.md</c> §2.3). Comments
/// and the late / missing flags are not kept. Two results with the same content are equal.
/// </remarks>
public sealed record OneRosterResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="sourcedId">The result's id; trimmed, not empty.</param>
    /// <param name="lineItemSourcedId">The line item's id; trimmed, not empty.</param>
    /// <param name="student">The student.</param>
    /// <param name="status">Where the result stands.</param>
    /// <param name="score">The score, when there is one; finite.</param>
    /// <param name="scoreDate">When it was scored, when known.</param>
    /// <param name="objectiveScores">Scores per learning objective; none by default.</param>
    /// <param name="flags">The result's <c>inProgress</c>, <c>incomplete</c>, <c>late</c> and <c>missing</c> columns; none by default.</param>
    /// <exception cref="ArgumentNullException">An id is null, or <paramref name="objectiveScores"/> holds null.</exception>
    /// <exception cref="ArgumentException">An id is empty, <paramref name="student"/> is the default value, or <paramref name="status"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public OneRosterResult(
        string sourcedId, string lineItemSourcedId, StudentId student, OneRosterScoreStatus status,
        double? score = null, LocalDate? scoreDate = null, IEnumerable<OneRosterObjectiveScore>? objectiveScores = null,
        OneRosterResultFlags flags = OneRosterResultFlags.None)
    {
        Guard.Against.NullOrWhiteSpace(sourcedId);
        Guard.Against.NullOrWhiteSpace(lineItemSourcedId);
        Guard.Against.Unmet(student.Value is not null, nameof(student), "The student must not be the default (empty) value.");
        Guard.Against.Unmet(Enum.IsDefined(status), nameof(status), $"{status} is not a score status.");
        if (score is { } value) Guard.Against.NotFinite(value, nameof(score));
        SourcedId = sourcedId.Trim();
        LineItemSourcedId = lineItemSourcedId.Trim();
        Student = student;
        Status = status;
        Score = score;
        ScoreDate = scoreDate;
        ObjectiveScores = Guard.Against.NullOrNullElements(objectiveScores ?? [], nameof(objectiveScores));
        Guard.Against.Unmet((flags & ~(OneRosterResultFlags.InProgress | OneRosterResultFlags.Incomplete | OneRosterResultFlags.Late | OneRosterResultFlags.Missing)) == 0,
            nameof(flags), $"{flags} holds values that are not result flags.");
        Flags = flags;
    }

    /// <summary>The result's <c>inProgress</c>, <c>incomplete</c>, <c>late</c> and <c>missing</c> columns.</summary>
    public OneRosterResultFlags Flags { get; }

    /// <summary>
    /// Why this result is no evidence of what the student knows, whatever its score, or null when it is: <c>exempt</c>
    /// (the student does not take it), <c>missing</c>, <c>incomplete</c> or <c>inProgress</c>. No evidence is not a zero.
    /// A <c>late</c> result is evidence like any other.
    /// </summary>
    public string? NotEvidence => Status == OneRosterScoreStatus.Exempt ? "exempt"
        : Flags.HasFlag(OneRosterResultFlags.Missing) ? "missing"
        : Flags.HasFlag(OneRosterResultFlags.Incomplete) ? "incomplete"
        : Flags.HasFlag(OneRosterResultFlags.InProgress) ? "inProgress"
        : null;

    /// <summary>The result's id.</summary>
    public string SourcedId { get; }

    /// <summary>The line item's id.</summary>
    public string LineItemSourcedId { get; }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>Where the result stands.</summary>
    public OneRosterScoreStatus Status { get; }

    /// <summary>The score, or null when none was given.</summary>
    public double? Score { get; }

    /// <summary>When it was scored, or null.</summary>
    public LocalDate? ScoreDate { get; }

    /// <summary>Scores per learning objective, in file order.</summary>
    public ValueArray<OneRosterObjectiveScore> ObjectiveScores { get; }

    /// <summary>A copy with these objective scores instead.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="objectiveScores"/> is or holds null.</exception>
    public OneRosterResult WithObjectiveScores(IEnumerable<OneRosterObjectiveScore> objectiveScores)
    {
        Guard.Against.Null(objectiveScores);
        return new(SourcedId, LineItemSourcedId, Student, Status, Score, ScoreDate, objectiveScores, Flags);
    }
}

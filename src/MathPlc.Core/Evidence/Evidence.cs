using NodaTime;

namespace MathPlc.Core;

/// <summary>
/// One score of one student on one learning target on one date: the unit of evidence that
/// proficiency is computed from.
/// </summary>
/// <remarks>
/// <para>
/// Evidence is ordered by <see cref="AssessedOn"/>, then <see cref="Sequence"/>, then the order in
/// which it was given (see <see cref="SchoolOrder"/>); every MathPlc method uses that order.
/// </para>
/// <para>
/// Invariants: the score is a finite number; the sequence is zero or more; a weight, when given, is
/// finite and zero or more; the date is in the ISO calendar; a source, when given, is not blank.
/// Whether the score lies on a particular <see cref="ProficiencyScale"/> is the scale's question,
/// not this type's.
/// </para>
/// </remarks>
public sealed record Evidence
{
    /// <summary>Creates a piece of evidence.</summary>
    /// <param name="studentId">Whose evidence this is.</param>
    /// <param name="targetId">The learning target it bears on.</param>
    /// <param name="assessedOn">The date the student showed this evidence.</param>
    /// <param name="score">The score, on the scale the team uses for the target.</param>
    /// <param name="sequence">Orders evidence on the same date (0, 1, 2, …); 0 by default.</param>
    /// <param name="kind">Summative by default.</param>
    /// <param name="weight">An optional weight for methods and policies that use one; null means "not weighted".</param>
    /// <param name="source">An optional note of where the score came from, e.g. <c>Unit 3 CFA, item 7</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="score"/> is not finite; <paramref name="sequence"/> is negative; <paramref name="weight"/> is negative or not finite;
    /// <paramref name="kind"/> is not a defined kind.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// An identifier is the default (empty) value; <paramref name="assessedOn"/> is not an ISO date;
    /// <paramref name="source"/> is empty or white space.
    /// </exception>
    public Evidence(
        StudentId studentId,
        TargetId targetId,
        LocalDate assessedOn,
        double score,
        int sequence = 0,
        EvidenceKind kind = EvidenceKind.Summative,
        double? weight = null,
        string? source = null)
    {
        Guard.Against.Unmet(studentId.Value is not null, nameof(studentId), "The student id must not be the default (empty) value.");
        Guard.Against.Unmet(targetId.Value is not null, nameof(targetId), "The target id must not be the default (empty) value.");
        Guard.Against.NotIsoCalendar(assessedOn, nameof(assessedOn));
        Guard.Against.NotFinite(score, nameof(score));
        Guard.Against.Below(sequence, 0);
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind must be summative, formative or behaviour, not {(int)kind}.");
        if (weight is { } w) Guard.Against.NegativeOrNotFinite(w, nameof(weight));
        if (source is not null)
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(source), nameof(source), "A source, when given, must not be empty or white space.");

        StudentId = studentId;
        TargetId = targetId;
        AssessedOn = assessedOn;
        Score = score;
        Sequence = sequence;
        Kind = kind;
        Weight = weight;
        Source = source?.Trim();
    }

    /// <summary>Whose evidence this is.</summary>
    public StudentId StudentId { get; }

    /// <summary>The learning target it bears on.</summary>
    public TargetId TargetId { get; }

    /// <summary>The date the student showed this evidence.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The score, a finite number.</summary>
    public double Score { get; }

    /// <summary>The order among evidence on the same date, zero or more.</summary>
    public int Sequence { get; }

    /// <summary>Summative, formative or behaviour.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>The weight, zero or more, or null when the evidence is not weighted.</summary>
    public double? Weight { get; }

    /// <summary>Where the score came from, or null.</summary>
    public string? Source { get; }

    /// <summary>
    /// The order every MathPlc method reads evidence in: by date, then sequence. Sorting with it is
    /// stable (<see cref="Enumerable.OrderBy{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey}, IComparer{TKey}?)"/>),
    /// so equal keys keep the order they were given in.
    /// </summary>
    public static IComparer<Evidence> SchoolOrder { get; } = Comparer<Evidence>.Create(static (a, b) =>
    {
        int byDate = a.AssessedOn.CompareTo(b.AssessedOn);
        return byDate != 0 ? byDate : a.Sequence.CompareTo(b.Sequence);
    });
}

using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>
/// Every student's tier decision in columns (issue 18, decision 0215): per student the tier, the extension flag, the
/// screening band, the unmet targets as numbers into <see cref="Targets"/> and the reasons as numbers into
/// <see cref="Reasons"/>, which holds each distinct reason once. What a district run decides, groups and writes
/// from, without a <see cref="TierDecision"/> and its lists per student; <see cref="DecisionOf"/> gives the object form
/// (the same decision <see cref="Tiering.Decide(IEnumerable{TargetScore}, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/> gives, tested).
/// </summary>
public sealed class TierDecisions
{
    private readonly StudentId[] _students;
    private readonly Tier[] _tiers;
    private readonly bool[] _extension;
    private readonly sbyte[] _bands;   // -1: not screened
    private readonly int[] _unmetStart, _unmet, _reasonStart, _reasons;
    private readonly Reason[] _shared;

    /// <summary>The columns, kept and not copied: starts hold <c>Count + 1</c> offsets into their flat lists.</summary>
    internal TierDecisions(StudentId[] students, ImmutableArray<TargetId> targets, Tier[] tiers, bool[] extension, sbyte[] bands,
        int[] unmetStart, int[] unmet, int[] reasonStart, int[] reasons, Reason[] shared)
    {
        _students = students;
        Targets = targets;
        _tiers = tiers;
        _extension = extension;
        _bands = bands;
        _unmetStart = unmetStart;
        _unmet = unmet;
        _reasonStart = reasonStart;
        _reasons = reasons;
        _shared = shared;
        ById = true;
        for (int i = 1; i < students.Length && ById; i++) ById = string.CompareOrdinal(students[i - 1].Value, students[i].Value) < 0;
    }

    /// <summary>How many students there are.</summary>
    public int Count => _students.Length;

    /// <summary>The students, one decision each.</summary>
    public ReadOnlySpan<StudentId> Students => _students;

    /// <summary>The targets the unmet targets are numbers into (the essential targets, prerequisites first, when decided by <see cref="Tiering"/>).</summary>
    public ImmutableArray<TargetId> Targets { get; }

    /// <summary>Each distinct reason once; the reasons of a student are numbers into it.</summary>
    public ReadOnlySpan<Reason> Reasons => _shared;

    /// <summary>Whether the students are in id order (ordinal) with no student twice, as <see cref="Tiering"/> gives them.</summary>
    internal bool ById { get; }

    /// <summary>Student <paramref name="student"/>'s tier.</summary>
    public Tier TierOf(int student) => _tiers[student];

    /// <summary>Whether student <paramref name="student"/> gets extension.</summary>
    public bool ExtensionOf(int student) => _extension[student];

    /// <summary>Student <paramref name="student"/>'s screening band, when screened.</summary>
    public ScreeningBand? ScreeningBandOf(int student) => _bands[student] < 0 ? null : (ScreeningBand)_bands[student];

    /// <summary>Student <paramref name="student"/>'s unmet targets, prerequisites first, as numbers into <see cref="Targets"/>.</summary>
    public ReadOnlySpan<int> UnmetOf(int student) => _unmet.AsSpan(_unmetStart[student], _unmetStart[student + 1] - _unmetStart[student]);

    /// <summary>Student <paramref name="student"/>'s reasons, in order, as numbers into <see cref="Reasons"/>.</summary>
    public ReadOnlySpan<int> ReasonsOf(int student) => _reasons.AsSpan(_reasonStart[student], _reasonStart[student + 1] - _reasonStart[student]);

    /// <summary>Student <paramref name="student"/>'s decision as an object.</summary>
    public TierDecision DecisionOf(int student)
    {
        var unmet = UnmetOf(student);
        var targets = new TargetId[unmet.Length];
        for (int i = 0; i < unmet.Length; i++) targets[i] = Targets[unmet[i]];
        var numbers = ReasonsOf(student);
        var reasons = new Reason[numbers.Length];
        for (int i = 0; i < numbers.Length; i++) reasons[i] = _shared[numbers[i]];
        return new TierDecision(_students[student], _tiers[student], _extension[student], targets, ScreeningBandOf(student), reasons);
    }

    /// <summary>Every decision as an object, in the students' order.</summary>
    public ImmutableArray<TierDecision> ToDecisions()
    {
        var decisions = ImmutableArray.CreateBuilder<TierDecision>(Count);
        for (int i = 0; i < Count; i++) decisions.Add(DecisionOf(i));
        return decisions.MoveToImmutable();
    }

    /// <summary>Decisions made one at a time, in columns: each target and each reason instance numbered once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentException">A decision is null, or a student has two decisions.</exception>
    public static TierDecisions Of(IEnumerable<TierDecision> decisions)
    {
        Guard.Against.Null(decisions);
        var list = decisions.ToList();
        var seen = new HashSet<StudentId>(list.Count);
        var targets = new List<TargetId>();
        var targetNumber = new Dictionary<TargetId, int>();
        var shared = new List<Reason>();
        var reasonNumber = new Dictionary<Reason, int>(ReferenceEqualityComparer.Instance);
        var students = new StudentId[list.Count];
        var tiers = new Tier[list.Count];
        var extension = new bool[list.Count];
        var bands = new sbyte[list.Count];
        int[] unmetStart = new int[list.Count + 1], reasonStart = new int[list.Count + 1];
        List<int> unmet = [], reasons = [];
        for (int i = 0; i < list.Count; i++)
        {
            var d = list[i];
            Guard.Against.Unmet(d is not null, nameof(decisions), "A decision is null.");
            Guard.Against.Unmet(seen.Add(d.StudentId), nameof(decisions), $"The student {d.StudentId} has two decisions.");
            (students[i], tiers[i], extension[i], bands[i]) = (d.StudentId, d.Tier, d.Extension, d.ScreeningBand is { } band ? (sbyte)band : (sbyte)-1);
            foreach (var target in d.UnmetTargets) unmet.Add(NumberOf(targetNumber, targets, target));
            foreach (var reason in d.Reasons) reasons.Add(NumberOf(reasonNumber, shared, reason));
            unmetStart[i + 1] = unmet.Count;
            reasonStart[i + 1] = reasons.Count;
        }
        return new TierDecisions(students, [.. targets], tiers, extension, bands, unmetStart, [.. unmet], reasonStart, [.. reasons], [.. shared]);
    }

    private static int NumberOf<T>(Dictionary<T, int> numbers, List<T> values, T value) where T : notnull
    {
        ref int number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, value, out bool known);
        if (!known)
        {
            number = values.Count;
            values.Add(value);
        }
        return number;
    }
}

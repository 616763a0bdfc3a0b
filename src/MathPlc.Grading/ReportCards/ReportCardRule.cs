using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// How a report-card mark is made from a student's learning-target results: the mean of the targets, the lowest
/// target, or conjunctive letter rules. A closed set of values.
/// </summary>
/// <remarks>
/// Standards-based report cards report targets first and make the overall mark an explicit second step
/// (O'Connor fix 7; reference/grading.md §9.1, §10).
/// </remarks>
public abstract record ReportCardRule
{
    private protected ReportCardRule() { }

    /// <summary>The rule's name in kebab case: <c>mean-of-targets</c>, <c>lowest-target</c> or <c>conjunctive</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Makes the mark from the scored targets (at least one, sorted by target), adding the rule's reasons.</summary>
    internal abstract (double? Score, string? Letter, string Description) Apply(IReadOnlyList<(TargetId Target, double Score)> scored, List<Reason> reasons);

    /// <summary>The letter for a score by an optional table, with its reason.</summary>
    private protected static string? LetterFor(LetterGradeTable? letters, double score, List<Reason> reasons)
    {
        if (letters is null) return null;
        var grade = letters.Convert(score);
        reasons.AddRange(grade.Reasons);
        return grade.Letter;
    }
}

/// <summary>
/// The mark is the mean of the target scores, optionally rounded, and optionally a letter by a cut table
/// (Marzano's mean scale score across measurement topics: <see cref="LetterGradeTable.Marzano2010"/>).
/// </summary>
/// <remarks>Source: R. J. Marzano, <i>Formative Assessment &amp; Standards-Based Grading</i> (2010), p. 105; PowerSchool SIS "Basic Numbers" (reference/grading.md §7, §10.1).</remarks>
public sealed record MeanOfTargets : ReportCardRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="letters">A cut table for a letter, or null for a score only.</param>
    /// <param name="rounding">How the mean is rounded before the letter is read, or null for none.</param>
    public MeanOfTargets(LetterGradeTable? letters = null, ScoreRounding? rounding = null) => (Letters, Rounding) = (letters, rounding);

    /// <summary>The cut table for a letter, or null.</summary>
    public LetterGradeTable? Letters { get; }

    /// <summary>How the mean is rounded, or null.</summary>
    public ScoreRounding? Rounding { get; }

    /// <inheritdoc/>
    public override string Name => "mean-of-targets";

    internal override (double? Score, string? Letter, string Description) Apply(IReadOnlyList<(TargetId Target, double Score)> scored, List<Reason> reasons)
    {
        double unrounded = scored.Average(s => s.Score);
        double mean = Rounding?.Apply(unrounded) ?? unrounded;
        reasons.Add(new Reason("mean-of-targets", $"The mean of {scored.Count} target scores is {InvariantNumber.Format(mean)}.")
            .With("rule", Name).With("targets", scored.Count).With("unrounded", unrounded).With("mean", mean));
        string? letter = LetterFor(Letters, mean, reasons);
        return (mean, letter, $"The mean of {scored.Count} target scores{(letter is null ? "" : $", {letter} by {Letters!.Name}")}.");
    }
}

/// <summary>
/// The mark is the lowest target score (a chain is as strong as its weakest link), optionally a letter by a cut table.
/// Ties go to the first target in ordinal order.
/// </summary>
/// <remarks>Source: MasteryConnect rolls a parent standard up to the lowest sub-standard level (reference/grading.md §7).</remarks>
public sealed record LowestTarget : ReportCardRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="letters">A cut table for a letter, or null for a score only.</param>
    public LowestTarget(LetterGradeTable? letters = null) => Letters = letters;

    /// <summary>The cut table for a letter, or null.</summary>
    public LetterGradeTable? Letters { get; }

    /// <inheritdoc/>
    public override string Name => "lowest-target";

    internal override (double? Score, string? Letter, string Description) Apply(IReadOnlyList<(TargetId Target, double Score)> scored, List<Reason> reasons)
    {
        var lowest = scored[0];
        foreach (var s in scored) if (s.Score < lowest.Score) lowest = s;
        reasons.Add(new Reason("lowest-target", $"The lowest target is {lowest.Target} at {InvariantNumber.Format(lowest.Score)}.")
            .With("rule", Name).With("target", lowest.Target.Value).With("score", lowest.Score));
        string? letter = LetterFor(Letters, lowest.Score, reasons);
        return (lowest.Score, letter, $"The lowest of {scored.Count} target scores ({lowest.Target}){(letter is null ? "" : $", {letter} by {Letters!.Name}")}.");
    }
}

/// <summary>The mark is a letter by conjunctive rules over the profile of target scores (see <see cref="ConjunctiveRuleSet"/>); it has no score.</summary>
public sealed record ConjunctiveRules : ReportCardRule
{
    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public ConjunctiveRules(ConjunctiveRuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        RuleSet = ruleSet;
    }

    /// <summary>The letter rules.</summary>
    public ConjunctiveRuleSet RuleSet { get; }

    /// <inheritdoc/>
    public override string Name => "conjunctive";

    internal override (double? Score, string? Letter, string Description) Apply(IReadOnlyList<(TargetId Target, double Score)> scored, List<Reason> reasons)
    {
        var grade = RuleSet.Evaluate(scored.Select(s => s.Score));
        reasons.AddRange(grade.Reasons);
        return (null, grade.Letter, $"{grade.Letter} by the {RuleSet.Name} rules over {scored.Count} target scores.");
    }
}

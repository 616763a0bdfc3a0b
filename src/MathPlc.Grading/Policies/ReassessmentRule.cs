namespace MathPlc.Grading;

/// <summary>
/// What happens when a student takes the same assessment again: keep every attempt, let the newest replace the
/// earlier ones, or take the higher of the first attempt and a blend of the first and the newest.
/// </summary>
/// <remarks>
/// <para>
/// <b>How a reassessment is recognised.</b> Two or more pieces of evidence on the same learning target for the same
/// student with the same <see cref="MathPlc.Core.Evidence.Source"/> (compared ordinally after trimming, e.g.
/// <c>Unit 3 CFA</c>) are one assessment taken again; the attempts are read in school order (date, sequence, input
/// order), so the first attempt is the oldest and the newest is the latest. Evidence without a source is never a
/// reassessment of anything: each such piece is its own assessment.
/// </para>
/// <para>
/// The rules are a closed set of values: <see cref="KeepAll"/> (the default: every attempt is evidence),
/// <see cref="ReplaceEarlier"/>, <see cref="KeepHighest"/> and <see cref="HigherOfFirstAndBlend"/>. Earlier attempts that a rule sets aside stay
/// in the result's excluded evidence with the reason, so the audit trail keeps the originals.
/// Source: reference/grading.md §9.4 (mctownsley.net "replace, don't average"; PrairieLearn's
/// <c>max(first, 0.2·first + 0.8·second)</c>).
/// </para>
/// </remarks>
public abstract record ReassessmentRule
{
    private protected ReassessmentRule() { }

    /// <summary>Keeps every attempt as its own piece of evidence; the calculation method weighs them like any other scores.</summary>
    public static ReassessmentRule KeepAll { get; } = new KeepAllAttempts();

    /// <summary>
    /// The newest attempt replaces every earlier attempt at the same assessment, even when it is lower
    /// ("replace, don't average": the newest evidence is the best evidence of what the student knows now).
    /// </summary>
    /// <remarks>Source: mctownsley.net; "allow new evidence … to replace old evidence" (reference/grading.md §9.4).</remarks>
    public static ReassessmentRule ReplaceEarlier { get; } = new ReplaceEarlierAttempts();

    /// <summary>
    /// Of any number of attempts at the same assessment, only the highest counts, at its own place in time; a tie
    /// goes to the newest of the equal attempts. A retake never lowers the score, and a bad day never sticks
    /// ("retakes never lower a score"; the itmeson/algebra2 course policy and the PrairieLearn discussion,
    /// reference/grading.md §9.4).
    /// </summary>
    public static ReassessmentRule KeepHighest { get; } = new KeepHighestAttempt();

    /// <summary>
    /// The attempts at one assessment count as one score: the higher of the first attempt and the blend
    /// (1 − <paramref name="alpha"/>) · first + <paramref name="alpha"/> · newest, so a retake never lowers the score.
    /// </summary>
    /// <param name="alpha">The newest attempt's share of the blend, in [0, 1]; PrairieLearn's example uses 0.8.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN, infinite or outside [0, 1].</exception>
    /// <remarks>Source: PrairieLearn discussion, <c>max(first, 0.2·first + 0.8·second)</c> (reference/grading.md §9.4).</remarks>
    public static ReassessmentRule HigherOfFirstAndBlend(double alpha) => new BlendWithFirst(alpha);

    /// <summary>Every rule's name, as the command line and JSON write them.</summary>
    public static ImmutableArray<string> Names { get; } = ["keep-all", "replace-earlier", "keep-highest", "higher-of-first-and-blend"];

    /// <summary>The rule called <paramref name="name"/>, with <paramref name="alpha"/> for the blend rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not one of <see cref="Names"/> (the message lists them); the blend rule has no alpha, or
    /// another rule has one.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN, infinite or outside [0, 1].</exception>
    public static ReassessmentRule Create(string name, double? alpha = null)
    {
        Guard.Against.Null(name);
        if (name == Names[3])
            return HigherOfFirstAndBlend(alpha ?? throw new ArgumentException($"{Names[3]} needs alpha, the newest attempt's share of the blend (0 to 1).", nameof(alpha)));
        ReassessmentRule rule = name switch
        {
            "keep-all" => KeepAll,
            "replace-earlier" => ReplaceEarlier,
            "keep-highest" => KeepHighest,
            _ => throw new ArgumentException($"\"{name}\" is not a reassessment rule; the rules are {string.Join(", ", Names)}.", nameof(name)),
        };
        return alpha is null ? rule : throw new ArgumentException($"alpha is a parameter of {Names[3]}, not of {name}.", nameof(alpha));
    }

    /// <summary>The rule's name in kebab case: <c>keep-all</c>, <c>replace-earlier</c>, <c>keep-highest</c> or <c>higher-of-first-and-blend</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The newest attempt's share of the blend for <see cref="HigherOfFirstAndBlend"/>; null for the other rules.</summary>
    public double? Alpha { get; private protected init; }

    private sealed record KeepAllAttempts : ReassessmentRule
    {
        public override string Name => "keep-all";
    }

    private sealed record KeepHighestAttempt : ReassessmentRule
    {
        public override string Name => "keep-highest";
    }

    private sealed record ReplaceEarlierAttempts : ReassessmentRule
    {
        public override string Name => "replace-earlier";
    }

    /// <summary>The blend rule with its <see cref="Alpha"/>.</summary>
    internal sealed record BlendWithFirst : ReassessmentRule
    {
        public BlendWithFirst(double alpha)
        {
            Guard.Against.OutsideRange(alpha, 0, 1, nameof(alpha));
            Alpha = alpha;
        }

        public override string Name => "higher-of-first-and-blend";

        public double Combine(double first, double newest) => Math.Max(first, (1 - Alpha!.Value) * first + Alpha.Value * newest);
    }
}

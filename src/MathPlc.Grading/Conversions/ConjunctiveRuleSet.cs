using System.Globalization;
using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>One letter rule: the letter is earned when every condition holds (a rule with no conditions always holds).</summary>
/// <remarks>Equality is by content.</remarks>
public sealed record ConjunctiveRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="letter">The letter earned, e.g. <c>A</c>.</param>
    /// <param name="conditions">The conditions, all of which must hold; none for a catch-all ("else F").</param>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> or <paramref name="conditions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="letter"/> is blank, or a condition is null.</exception>
    public ConjunctiveRule(string letter, params IEnumerable<TargetCondition> conditions)
    {
        Guard.Against.NullOrWhiteSpace(letter);
        Guard.Against.Null(conditions);
        Letter = letter.Trim();
        Conditions = Guard.Against.NullOrNullElements(conditions, nameof(conditions));
    }

    /// <summary>The letter earned.</summary>
    public string Letter { get; }

    /// <summary>The conditions, all of which must hold.</summary>
    public ValueArray<TargetCondition> Conditions { get; }

    /// <summary>The rule in teachers' words, e.g. <c>A: every target at 3 or above and no target below 2</c>.</summary>
    public string Description => Conditions.IsEmpty ? $"{Letter}: otherwise" : $"{Letter}: {string.Join(" and ", Conditions.Select(c => c.Description))}";
}

/// <summary>
/// Letter grades by logic (conjunctive) rules over a student's profile of learning-target scores, written as data:
/// the rules are read top-down and the first whose conditions all hold gives the letter.
/// </summary>
/// <remarks>
/// <para>
/// Unlike a mean, a conjunctive rule cannot let a strength hide a gap: "A: every target at 3 or above and at least
/// half at 4; no target below 2" (Guskey's logic rules; reference/grading.md §9.2, §10.2). The last rule must have no
/// conditions, so every profile gets a letter. The result names the rule that decided and, for each rule passed over,
/// the first condition it failed, with the count or share found.
/// </para>
/// <para>Equality is by content.</para>
/// </remarks>
public sealed record ConjunctiveRuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="name">A short name, e.g. <c>sbgrader2</c>.</param>
    /// <param name="rules">The rules, top first; the last has no conditions.</param>
    /// <param name="source">Where the rules are published.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name or source is blank; there are no rules, a rule is null, or the last rule has conditions.</exception>
    public ConjunctiveRuleSet(string name, IEnumerable<ConjunctiveRule> rules, string source)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.Null(rules);
        Rules = Guard.Against.NullOrNullElements(rules, nameof(rules));
        Guard.Against.Unmet(!Rules.IsEmpty, nameof(rules), "A rule set needs at least one rule.");
        Guard.Against.Unmet(Rules[^1].Conditions.IsEmpty, nameof(rules),
            $"The last rule ({Rules[^1].Description}) must have no conditions, so that every profile of scores gets a letter.");
        Name = name.Trim();
        Source = source.Trim();
    }

    /// <summary>The rule set's short name.</summary>
    public string Name { get; }

    /// <summary>The rules, top first.</summary>
    public ValueArray<ConjunctiveRule> Rules { get; }

    /// <summary>Where the rules are published.</summary>
    public string Source { get; }

    /// <summary>
    /// sbgrader2: A ⇔ at least 90 % of targets at 3 or above, at least 50 % at 4, none below 2 (no 0 or 1);
    /// B ⇔ at least 80 % at 3 or above, none below 2; C ⇔ at least 65 % at 3 or above; D ⇔ at least 50 %; else F.
    /// </summary>
    /// <remarks>
    /// Source: majadirks/sbgrader2, README (reference/grading.md §10.2). "No 0 or 1" is read as "no target below 2",
    /// so a half point such as 1.5 also blocks an A or B [I].
    /// </remarks>
    public static ConjunctiveRuleSet Sbgrader2 { get; } = new("sbgrader2",
        [
            new("A", new ShareAtOrAbove(3, 0.90), new ShareAtOrAbove(4, 0.50), TargetCondition.NoneBelow(2)),
            new("B", new ShareAtOrAbove(3, 0.80), TargetCondition.NoneBelow(2)),
            new("C", new ShareAtOrAbove(3, 0.65)),
            new("D", new ShareAtOrAbove(3, 0.50)),
            new("F"),
        ],
        "majadirks/sbgrader2, README");

    /// <summary>
    /// EBR (evidence-based reporting, three standards on 1–4): A ⇔ all at 3 or 4; B ⇔ exactly one 2, the rest 3 or 4;
    /// C ⇔ more than one 2 and no 1; D ⇔ at least one 1 and at least one at 2 or above; else F (all 1).
    /// </summary>
    /// <remarks>
    /// Source: myebrexperience.com (reference/grading.md §10.2). On a half-point scale "a 2" is read as "below 3" and
    /// "a 1" as "below 2" [I].
    /// </remarks>
    public static ConjunctiveRuleSet Ebr { get; } = new("ebr",
        [
            new("A", TargetCondition.AllAtOrAbove(3)),
            new("B", new CountBelow(3, 1, 1), TargetCondition.NoneBelow(2)),
            new("C", new CountBelow(3, atLeast: 2), TargetCondition.NoneBelow(2)),
            new("D", new CountBelow(2, atLeast: 1), new CountAtOrAbove(2, 1)),
            new("F"),
        ],
        "myebrexperience.com");

    /// <summary>The named rule sets: <see cref="Sbgrader2"/>, <see cref="Ebr"/>.</summary>
    public static ImmutableArray<ConjunctiveRuleSet> Presets { get; } = [Sbgrader2, Ebr];

    /// <summary>The letter for a profile of target scores: the first rule, top-down, whose conditions all hold.</summary>
    /// <param name="targetScores">One score per learning target (targets without a score are the caller's to report; see <see cref="ReportCards"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="targetScores"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="targetScores"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite.</exception>
    public LetterGrade Evaluate(IEnumerable<double> targetScores)
    {
        Guard.Against.Null(targetScores);
        double[] scores = [.. targetScores];
        Guard.Against.Unmet(scores.Length > 0, nameof(targetScores), "A letter by rules needs at least one target score.");
        foreach (double s in scores) Guard.Against.NotFinite(s, nameof(targetScores));

        var reasons = new List<Reason>();
        for (int r = 0; r < Rules.Length; r++)
        {
            var rule = Rules[r];
            var observed = new List<string>(rule.Conditions.Length);
            TargetCondition? failed = null;
            foreach (var condition in rule.Conditions)
            {
                bool met = condition.IsMet(scores, out string found);
                observed.Add(found);
                if (!met) { failed = condition; break; }
            }
            KeyValuePair<string, string>[] basis =
                [new("rule-set", Name), new("rule", (r + 1).ToString(CultureInfo.InvariantCulture)), new("letter", rule.Letter)];
            if (failed is not null)
            {
                reasons.Add(new Reason("rule-not-met", $"Not {rule.Letter}: the rule needs {failed.Description}, and there are {observed[^1]}.", basis)
                    .With("condition", failed.Description).With("found", observed[^1]));
                continue;
            }
            string because = rule.Conditions.IsEmpty ? "no earlier rule held" : string.Join("; ", observed);
            reasons.Add(new Reason("rule-met", $"{rule.Letter} by rule {r + 1} of {Name} ({rule.Description}): {because}.", basis)
                .With("found", because));
            return new LetterGrade(rule.Letter, reasons);
        }
        throw new InvalidOperationException("Unreachable: the last rule has no conditions.");
    }
}

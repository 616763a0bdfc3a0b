using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Team data analysis unit by unit: proficiency rates per target by teacher, section and student group with counts
/// and confidence intervals (hidden below a minimum group size), gaps between student groups, the spread within and
/// across sections, and the "whose students learned this best" comparison a team uses to share practice — each
/// with its uncertainty stated, so a difference of two students is not read as a difference in teaching.
/// </summary>
/// <remarks>
/// Rates use Wilson intervals and differences Newcombe's hybrid score intervals (<see cref="Proportions"/>). A group is
/// compared with the rest of the team's students on the same target. Sources: DuFour et al., <i>Learning by Doing</i>
/// (team analysis of common assessment results by student and by teacher); Kanold et al., MAI (team data analysis);
/// Newcombe (1998); NCES 2011-603 on minimum reporting sizes.
/// </remarks>
public static class TeamDataAnalysis
{
    /// <summary>Analyses the outcomes of the roster's students.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">An outcome is for a student not on the roster, or a student has two outcomes on one target.</exception>
    public static TeamDataReport Analyze(IEnumerable<TargetOutcome> outcomes, Roster roster, TeamDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var list = Preconditions.CheckNoNulls(outcomes ?? throw new ArgumentNullException(nameof(outcomes)), nameof(outcomes));
        options ??= new TeamDataOptions();
        var seen = new HashSet<(StudentId, TargetId)>();
        var byTarget = new Dictionary<TargetId, List<(RosterStudent Student, TargetOutcome Outcome)>>();
        var targets = new List<TargetId>();
        foreach (var o in list)
        {
            var student = roster.Find(o.Student) ?? throw new ArgumentException($"Student {o.Student} has a result on {o.Target} but is not on the roster.", nameof(outcomes));
            Preconditions.CheckArgument(seen.Add((o.Student, o.Target)), nameof(outcomes), $"Student {o.Student} has two results on target {o.Target}.");
            if (!byTarget.TryGetValue(o.Target, out var rows))
            {
                byTarget.Add(o.Target, rows = []);
                targets.Add(o.Target);
            }
            rows.Add((student, o));
        }

        var rates = ImmutableArray.CreateBuilder<ProficiencyRate>();
        var gaps = ImmutableArray.CreateBuilder<RateComparison>();
        var spreads = ImmutableArray.CreateBuilder<SectionSpread>();
        var teachers = ImmutableArray.CreateBuilder<RateComparison>();
        var attributes = roster.AttributeNames();
        foreach (var target in targets)
        {
            var rows = byTarget[target];
            int total = rows.Count, totalProficient = rows.Count(r => r.Outcome.IsProficient);
            rates.Add(Rate(target, GroupKind.Team, "team", total, totalProficient, options));
            var byTeacher = rows.GroupBy(r => r.Student.Teacher).OrderBy(g => g.Key.Value, StringComparer.Ordinal).ToList();
            foreach (var g in byTeacher)
                rates.Add(Rate(target, GroupKind.Teacher, g.Key.Value, g.Count(), g.Count(r => r.Outcome.IsProficient), options));
            var bySection = rows.GroupBy(r => r.Student.Section).OrderBy(g => g.Key.Value, StringComparer.Ordinal).ToList();
            var sectionRates = bySection.Select(g => Rate(target, GroupKind.Section, g.Key.Value, g.Count(), g.Count(r => r.Outcome.IsProficient), options)).ToList();
            rates.AddRange(sectionRates);
            foreach (var name in attributes)
            {
                var groups = rows.Where(r => Attribute(r.Student, name) is not null)
                    .GroupBy(r => Attribute(r.Student, name)!).OrderBy(g => g.Key, StringComparer.Ordinal);
                foreach (var g in groups)
                {
                    string label = $"{name}={g.Key}";
                    int n = g.Count(), x = g.Count(r => r.Outcome.IsProficient);
                    rates.Add(Rate(target, GroupKind.StudentGroup, label, n, x, options));
                    gaps.Add(Compare(target, GroupKind.StudentGroup, label, x, n, totalProficient - x, total - n, options));
                }
            }
            teachers.AddRange(byTeacher
                .Select(g => Compare(target, GroupKind.Teacher, g.Key.Value, g.Count(r => r.Outcome.IsProficient), g.Count(),
                    totalProficient - g.Count(r => r.Outcome.IsProficient), total - g.Count(), options))
                .OrderByDescending(c => c.Rate.Value ?? double.NegativeInfinity).ThenBy(c => c.Group, StringComparer.Ordinal));
            spreads.Add(Spread(target, bySection.Select(g => (g.Key, g.ToList())).ToList(), sectionRates));
        }
        return new TeamDataReport(rates.ToImmutable(), gaps.ToImmutable(), spreads.ToImmutable(), teachers.ToImmutable());
    }

    private static string? Attribute(RosterStudent student, string name) =>
        student.Attributes.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static ProficiencyRate Rate(TargetId target, GroupKind kind, string group, int n, int proficient, TeamDataOptions options)
    {
        if (n < options.MinimumGroupSize)
            return new ProficiencyRate(target, kind, group, n, null, StatisticValue.Undefined(TooSmall(n, options), n, 0), null, null);
        var (lower, upper) = Proportions.Wilson(proficient, n, options.ConfidenceLevel);
        return new ProficiencyRate(target, kind, group, n, proficient, StatisticValue.Defined((double)proficient / n, n, 0), lower, upper);
    }

    private static Reason TooSmall(int n, TeamDataOptions options) =>
        new Reason("group-too-small", $"Only {n} student(s): below the team's minimum of {options.MinimumGroupSize}, so the rate is not shown.")
            .With("students", n).With("minimum", options.MinimumGroupSize);

    private static RateComparison Compare(TargetId target, GroupKind kind, string group, int x1, int n1, int x2, int n2, TeamDataOptions options)
    {
        var rate = n1 >= options.MinimumGroupSize ? StatisticValue.Defined((double)x1 / n1, n1, 0) : StatisticValue.Undefined(TooSmall(n1, options), n1, 0);
        var rest = n2 >= options.MinimumGroupSize ? StatisticValue.Defined((double)x2 / n2, n2, 0) : StatisticValue.Undefined(TooSmall(n2, options), n2, 0);
        if (!rate.IsDefined || !rest.IsDefined)
        {
            var why = new Reason("comparison-not-shown", $"{group} or the rest of the team has fewer than {options.MinimumGroupSize} students on {target}, so no comparison is shown.")
                .With("students", n1).With("rest-students", n2);
            return new RateComparison(target, kind, group, rate, rest, StatisticValue.Undefined(why, n1 + n2, 0), null, null, ComparisonConclusion.NotShown, why);
        }
        double difference = rate.Value!.Value - rest.Value!.Value;
        var (lower, upper) = Proportions.NewcombeDifference(x1, n1, x2, n2, options.ConfidenceLevel);
        string level = Preconditions.Format(options.ConfidenceLevel * 100);
        string points = Preconditions.Format(Math.Round(difference * 100, 1));
        string range = $"{Preconditions.Format(Math.Round(lower * 100, 1))} to {Preconditions.Format(Math.Round(upper * 100, 1))} points";
        var (conclusion, reason) = lower > 0
            ? (ComparisonConclusion.ClearlyHigher, new Reason("clearly-higher", $"{group}: {points} points above the rest of the team on {target}; the {level} % interval ({range}) is above 0."))
            : upper < 0
                ? (ComparisonConclusion.ClearlyLower, new Reason("clearly-lower", $"{group}: {points} points below the rest of the team on {target}; the {level} % interval ({range}) is below 0."))
                : (ComparisonConclusion.NotDistinguishable, new Reason("not-distinguishable", $"{group}: {points} points from the rest of the team on {target}, but the {level} % interval ({range}) includes 0, so the data cannot tell them apart."));
        reason = reason.With("difference", difference).With("lower", lower).With("upper", upper).With("students", n1).With("rest-students", n2);
        return new RateComparison(target, kind, group, rate, rest, StatisticValue.Defined(difference, n1 + n2, 0), lower, upper, conclusion, reason);
    }

    private static SectionSpread Spread(TargetId target, List<(SectionId Section, List<(RosterStudent Student, TargetOutcome Outcome)> Rows)> sections, List<ProficiencyRate> rates)
    {
        var shown = rates.Where(r => r.Rate.IsDefined).Select(r => r.Rate.Value!.Value).ToArray();
        int notShown = rates.Count - shown.Length;
        var within = ImmutableArray.CreateBuilder<SectionScoreSpread>();
        for (int i = 0; i < sections.Count; i++)
        {
            if (!rates[i].Rate.IsDefined) continue;
            var scores = sections[i].Rows.Where(r => r.Outcome.Score.HasValue).Select(r => r.Outcome.Score!.Value).ToArray();
            if (scores.Length == 0) continue;
            within.Add(new SectionScoreSpread(sections[i].Section, scores.Length, Descriptive.StandardDeviation(scores, "scores")));
        }
        if (shown.Length == 0)
        {
            var none = new Reason("no-section-shown", $"No section has enough students on {target} to show a rate.");
            var undefined = StatisticValue.Undefined(none, 0, notShown);
            return new SectionSpread(target, 0, notShown, undefined, undefined, undefined, undefined, within.ToImmutable());
        }
        double lowest = shown.Min(), highest = shown.Max();
        return new SectionSpread(target, shown.Length, notShown,
            StatisticValue.Defined(lowest, shown.Length, notShown), StatisticValue.Defined(highest, shown.Length, notShown),
            StatisticValue.Defined(highest - lowest, shown.Length, notShown), Descriptive.StandardDeviation(shown, "section rates", notShown), within.ToImmutable());
    }
}

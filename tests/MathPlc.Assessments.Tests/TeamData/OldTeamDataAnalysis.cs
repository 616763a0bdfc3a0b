using MathPlc.Assessments;
using Ardalis.GuardClauses;
using MathPlc.Core;
using MathPlc.Core.Guards;

namespace MathPlc.Assessments.Tests.TeamData;

/// <summary>
/// The oracle: <see cref="TeamDataAnalysis.Analyze"/> as it was before issue 18's index arrays (LINQ grouping and sorting
/// per target), kept word for word so the fast path can be compared with it.
/// </summary>
internal static class OldTeamDataAnalysis
{
    /// <summary>Analyses the outcomes of the roster's students.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">An outcome is for a student not on the roster, or a student has two outcomes on one target.</exception>
    public static TeamDataReport Analyze(IEnumerable<TargetOutcome> outcomes, Roster roster, TeamDataOptions? options = null)
    {
        Guard.Against.Null(roster);
        var all = Guard.Against.NullOrNullElements(outcomes);
        options ??= new TeamDataOptions();
        var seen = new HashSet<(StudentId, TargetId)>();
        var byTarget = new Dictionary<TargetId, List<(RosterStudent Student, TargetOutcome Outcome)>>();
        var targets = new List<TargetId>();
        foreach (var o in all)
        {
            var student = roster.Find(o.Student) ?? throw new ArgumentException($"Student {o.Student} has a result on {o.Target} but is not on the roster.", nameof(outcomes));
            Guard.Against.Unmet(seen.Add((o.Student, o.Target)), nameof(outcomes), $"Student {o.Student} has two results on target {o.Target}.");
            if (!byTarget.TryGetValue(o.Target, out var rows))
            {
                byTarget.Add(o.Target, rows = []);
                targets.Add(o.Target);
            }
            rows.Add((student, o));
        }

        // Every cell of every target: the team, each teacher, section and attribute value, with its counts.
        var attributes = roster.AttributeNames();
        var cells = new Dictionary<TargetId, List<Cell>>();
        var sums = new Dictionary<TargetId, List<(int Total, int[] Parts)>>();
        foreach (var target in targets)
        {
            var rows = byTarget[target];
            var list = new List<Cell> { new(Breakdown.Team, "team", rows.Count, rows.Count(r => r.Outcome.IsProficient), null) };
            var byTeacher = rows.GroupBy(r => r.Student.Teacher).OrderBy(g => g.Key.Value, StringComparer.Ordinal).ToList();
            var teacherCells = new Dictionary<TeacherId, int>();
            foreach (var g in byTeacher)
            {
                teacherCells[g.Key] = list.Count;
                list.Add(new(Breakdown.Teacher, g.Key.Value, g.Count(), g.Count(r => r.Outcome.IsProficient), null));
            }
            var sectionCells = new List<int>();
            var sectionsOf = new Dictionary<TeacherId, List<int>>();
            foreach (var g in rows.GroupBy(r => r.Student.Section).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
            {
                var teacher = g.First().Student.Teacher;
                if (!sectionsOf.TryGetValue(teacher, out var own)) sectionsOf[teacher] = own = [];
                own.Add(list.Count);
                sectionCells.Add(list.Count);
                list.Add(new(Breakdown.Section, g.Key.Value, g.Count(), g.Count(r => r.Outcome.IsProficient), g.Select(r => r.Student.Section).First()));
            }
            var equations = new List<(int Total, int[] Parts)> { (0, [.. teacherCells.Values]), (0, [.. sectionCells]) };
            foreach (var (teacher, own) in sectionsOf) equations.Add((teacherCells[teacher], [.. own]));
            foreach (var name in attributes)
            {
                var valued = rows.Where(r => Attribute(r.Student, name) is not null).ToList();
                var parts = new List<int>();
                foreach (var g in valued.GroupBy(r => Attribute(r.Student, name)!).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    parts.Add(list.Count);
                    list.Add(new(Breakdown.StudentGroup, $"{name}={g.Key}", g.Count(), g.Count(r => r.Outcome.IsProficient), null));
                }
                if (valued.Count == rows.Count) equations.Add((0, [.. parts])); // every student has a value: the values add up to the team
            }
            cells[target] = list;
            sums[target] = equations;
        }
        var suppressed = Suppress(cells, sums, options);

        var rates = ImmutableArray.CreateBuilder<ProficiencyRate>();
        var gaps = ImmutableArray.CreateBuilder<RateComparison>();
        var spreads = ImmutableArray.CreateBuilder<SectionSpread>();
        var teachers = ImmutableArray.CreateBuilder<RateComparison>();
        foreach (var target in targets)
        {
            var list = cells[target];
            var hide = suppressed[target];
            int total = list[0].Students, totalProficient = list[0].Proficient;
            var teacherRows = new List<RateComparison>();
            var sectionRates = new List<ProficiencyRate>();
            var sectionRows = new List<(SectionId, List<(RosterStudent Student, TargetOutcome Outcome)>)>();
            // Each section's rows, grouped once (a scan of the target's rows per section was quadratic in a district).
            var rowsOfSection = byTarget[target].GroupBy(r => r.Student.Section).ToDictionary(g => g.Key, g => g.ToList());
            for (int i = 0; i < list.Count; i++)
            {
                var c = list[i];
                var rate = Rate(target, c.Kind, c.Group, c.Students, c.Proficient, hide[i], options);
                rates.Add(rate);
                switch (c.Kind)
                {
                    case Breakdown.Teacher:
                        teacherRows.Add(Compare(target, Breakdown.Teacher, c.Group, c.Proficient, c.Students, totalProficient - c.Proficient, total - c.Students, hide[i], options));
                        break;
                    case Breakdown.Section:
                        sectionRates.Add(rate);
                        sectionRows.Add((c.Section!.Value, rowsOfSection[c.Section!.Value]));
                        break;
                    case Breakdown.StudentGroup:
                        gaps.Add(Compare(target, Breakdown.StudentGroup, c.Group, c.Proficient, c.Students, totalProficient - c.Proficient, total - c.Students, hide[i], options));
                        break;
                }
            }
            teachers.AddRange(teacherRows.OrderByDescending(c => c.Rate.Value ?? double.NegativeInfinity).ThenBy(c => c.Group, StringComparer.Ordinal));
            spreads.Add(Spread(target, sectionRows, sectionRates));
        }
        return new TeamDataReport(rates.ToImmutable(), gaps.ToImmutable(), spreads.ToImmutable(), teachers.ToImmutable());
    }

    /// <summary>One cell of a target's tables: a group and its counts.</summary>
    private sealed record Cell(Breakdown Kind, string Group, int Students, int Proficient, SectionId? Section);

    /// <summary>
    /// Primary suppression (under the minimum size), then complementary suppression per target, made the same across
    /// targets (a group hidden on one target is hidden on all, so its size cannot be read off another), until stable.
    /// </summary>
    private static Dictionary<TargetId, bool[]> Suppress(Dictionary<TargetId, List<Cell>> cells, Dictionary<TargetId, List<(int Total, int[] Parts)>> sums, TeamDataOptions options)
    {
        var hiddenGroups = new HashSet<(Breakdown, string)>();
        foreach (var (target, list) in cells)
            foreach (var c in list)
                if (c.Students < options.MinimumGroupSize) hiddenGroups.Add((c.Kind, c.Group));
        var result = new Dictionary<TargetId, bool[]>();
        int before;
        do
        {
            before = hiddenGroups.Count;
            foreach (var (target, list) in cells)
            {
                // A group that is the whole team (an attribute every student shares one value of) is no secret: it stands
                // or falls with the team's own total.
                var whole = sums[target].Where(e => e.Total == 0 && e.Parts.Length == 1).Select(e => e.Parts[0]).ToHashSet();
                bool teamHidden = list[0].Students < options.MinimumGroupSize;
                bool[] primary = [.. list.Select((c, i) => i == 0 || whole.Contains(i) ? teamHidden : hiddenGroups.Contains((c.Kind, c.Group)))];
                var complete = ComplementarySuppression.Complete(list.Select(c => c.Students).ToArray(), primary, sums[target], new HashSet<int>([0, .. whole]));
                for (int i = 1; i < list.Count; i++)
                    if (complete[i] && !whole.Contains(i)) hiddenGroups.Add((list[i].Kind, list[i].Group));
                result[target] = complete;
            }
        }
        while (hiddenGroups.Count != before);
        return result;
    }

    // The roster's attribute names are its students' keys as written, so the ordinal lookup almost always answers; names
    // are unique ignoring case, so the scan finds the same value when it does not (issue 18: the scan was 5 % of a district's cycle).
    private static string? Attribute(RosterStudent student, string name) =>
        student.Attributes.TryGetValue(name, out var value) ? value
        : student.Attributes.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static ProficiencyRate Rate(TargetId target, Breakdown kind, string group, int n, int proficient, bool hidden, TeamDataOptions options)
    {
        if (hidden)
            return new ProficiencyRate(target, kind, group, n, null, StatisticValue.Undefined(n < options.MinimumGroupSize ? TooSmall(options) : Complement(), 0, 0), null, null);
        var (lower, upper) = Proportions.Wilson(proficient, n, options.ConfidenceLevel);
        return new ProficiencyRate(target, kind, group, n, proficient, StatisticValue.Defined((double)proficient / n, n, 0), lower, upper);
    }

    // The size of a hidden group is not shown, in the message or the data (NCES 2011-603).
    private static Reason TooSmall(TeamDataOptions options) =>
        new Reason("group-too-small", $"Fewer than {options.MinimumGroupSize} students, the team's minimum: the rate and the count are not shown.")
            .With("minimum", options.MinimumGroupSize);

    private static Reason Complement() =>
        new("suppressed-complement", "Withheld so that a smaller group's hidden count cannot be worked out by subtraction (complementary suppression).");

    private static RateComparison Compare(TargetId target, Breakdown kind, string group, int x1, int n1, int x2, int n2, bool hidden, TeamDataOptions options)
    {
        // A hidden group is not compared: its rate against the rest of the team would give the hidden counts away.
        bool shown = !hidden && n1 >= options.MinimumGroupSize && n2 >= options.MinimumGroupSize;
        if (!shown)
        {
            var why = new Reason("comparison-not-shown", $"{group} or the rest of the team is hidden (fewer than {options.MinimumGroupSize} students, or withheld), so no comparison is shown.")
                .With("minimum", options.MinimumGroupSize);
            var undefined = StatisticValue.Undefined(why, 0, 0);
            return new RateComparison(target, kind, group, undefined, undefined, undefined, null, null, ComparisonConclusion.NotShown, why);
        }
        var rate = StatisticValue.Defined((double)x1 / n1, n1, 0);
        var rest = StatisticValue.Defined((double)x2 / n2, n2, 0);
        double difference = rate.Value!.Value - rest.Value!.Value;
        var (lower, upper) = Proportions.NewcombeDifference(x1, n1, x2, n2, options.ConfidenceLevel);
        string level = InvariantNumber.Format(options.ConfidenceLevel * 100);
        string points = InvariantNumber.Format(Math.Round(difference * 100, 1));
        string range = $"{InvariantNumber.Format(Math.Round(lower * 100, 1))} to {InvariantNumber.Format(Math.Round(upper * 100, 1))} points";
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


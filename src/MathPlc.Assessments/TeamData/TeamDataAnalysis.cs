using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Team data analysis unit by unit: proficiency rates per target by teacher, section and student group with counts
/// and confidence intervals (hidden below a minimum group size), gaps between student groups, the spread within and
/// across sections, and the "whose students learned this best" comparison a team uses to share practice — each
/// with its uncertainty stated, so a difference of two students is not read as a difference in teaching. Groups
/// under the minimum size are hidden with their counts, and more cells are withheld where needed so that no hidden
/// count can be worked out by subtraction (<see cref="ComplementarySuppression"/>).
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
        Guard.Against.Null(roster);
        var all = Guard.Against.NullOrNullElements(outcomes);
        options ??= new TeamDataOptions();
        // Issue 18: grouped by index arrays — each roster student's teacher, section and attribute values numbered once, in
        // ordinal order, and counted per target — instead of LINQ grouping and sorting per target; the groups, their order
        // and every count are as before (the old form is the oracle in TeamDataAnalysisFastPathProperties).
        var students = roster.Students;
        var indexOf = new Dictionary<StudentId, int>(students.Length);
        for (int i = 0; i < students.Length; i++) indexOf[students[i].Student] = i;
        var groups = RosterGroups.Of(roster);
        var byTarget = new Dictionary<TargetId, TargetRows>();
        var targets = new List<TargetId>();
        foreach (var o in all)
        {
            if (!indexOf.TryGetValue(o.Student, out int index)) throw new ArgumentException($"Student {o.Student} has a result on {o.Target} but is not on the roster.", nameof(outcomes));
            if (!byTarget.TryGetValue(o.Target, out var rows))
            {
                byTarget.Add(o.Target, rows = new TargetRows(students.Length));
                targets.Add(o.Target);
            }
            Guard.Against.Unmet(!rows.Seen[index], nameof(outcomes), $"Student {o.Student} has two results on target {o.Target}.");
            rows.Seen[index] = true;
            rows.Add(index, o);
        }

        // Every cell of every target: the team, each teacher, section and attribute value, with its counts.
        var cells = new Dictionary<TargetId, List<Cell>>();
        var sums = new Dictionary<TargetId, List<(int Total, int[] Parts)>>();
        foreach (var target in targets)
        {
            var rows = byTarget[target];
            int proficientInTeam = 0;
            foreach (var r in rows.Outcomes) if (r.IsProficient) proficientInTeam++;
            var list = new List<Cell> { new(Breakdown.Team, "team", rows.Count, proficientInTeam, null) };
            var (teacherCount, teacherProficient) = groups.Count(groups.TeacherOf, groups.Teachers.Length, rows);
            var teacherCells = new Dictionary<TeacherId, int>();
            for (int g = 0; g < groups.Teachers.Length; g++)
            {
                if (teacherCount[g] == 0) continue;
                teacherCells[groups.Teachers[g]] = list.Count;
                list.Add(new(Breakdown.Teacher, groups.Teachers[g].Value, teacherCount[g], teacherProficient[g], null));
            }
            var (sectionCount, sectionProficient) = groups.Count(groups.SectionOf, groups.Sections.Length, rows);
            var firstTeacher = new TeacherId[groups.Sections.Length];
            for (int j = rows.Count - 1; j >= 0; j--) firstTeacher[groups.SectionOf[rows.Indexes[j]]] = students[rows.Indexes[j]].Teacher;
            var sectionCells = new List<int>();
            var sectionsOf = new Dictionary<TeacherId, List<int>>();
            for (int g = 0; g < groups.Sections.Length; g++)
            {
                if (sectionCount[g] == 0) continue;
                var teacher = firstTeacher[g];
                if (!sectionsOf.TryGetValue(teacher, out var own)) sectionsOf[teacher] = own = [];
                own.Add(list.Count);
                sectionCells.Add(list.Count);
                list.Add(new(Breakdown.Section, groups.Sections[g].Value, sectionCount[g], sectionProficient[g], groups.Sections[g]));
            }
            var equations = new List<(int Total, int[] Parts)> { (0, [.. teacherCells.Values]), (0, [.. sectionCells]) };
            foreach (var (teacher, own) in sectionsOf) equations.Add((teacherCells[teacher], [.. own]));
            for (int a = 0; a < groups.AttributeNames.Length; a++)
            {
                string name = groups.AttributeNames[a];
                var values = groups.AttributeValues[a];
                var (valueCount, valueProficient) = groups.Count(groups.AttributeOf[a], values.Length, rows);
                int valued = 0;
                var parts = new List<int>();
                for (int g = 0; g < values.Length; g++)
                {
                    if (valueCount[g] == 0) continue;
                    valued += valueCount[g];
                    parts.Add(list.Count);
                    list.Add(new(Breakdown.StudentGroup, $"{name}={values[g]}", valueCount[g], valueProficient[g], null));
                }
                if (valued == rows.Count) equations.Add((0, [.. parts])); // every student has a value: the values add up to the team
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
            var sectionRows = new List<(SectionId, List<TargetOutcome>)>();
            // Each section's rows, grouped once (a scan of the target's rows per section was quadratic in a district).
            var rowsOfSection = byTarget[target].BySection(groups);
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
                        sectionRows.Add((c.Section!.Value, rowsOfSection[groups.SectionIndex[c.Section!.Value]]!));
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

    /// <summary>One target's outcomes in the order given, with each one's roster index.</summary>
    private sealed class TargetRows(int rosterSize)
    {
        public bool[] Seen { get; } = new bool[rosterSize];
        public List<int> Indexes { get; } = [];
        public List<TargetOutcome> Outcomes { get; } = [];
        public int Count => Indexes.Count;

        public void Add(int index, TargetOutcome outcome)
        {
            Indexes.Add(index);
            Outcomes.Add(outcome);
        }

        /// <summary>The outcomes of each section (by its number in <paramref name="groups"/>), in the order given; null for a section with none.</summary>
        public List<TargetOutcome>?[] BySection(RosterGroups groups)
        {
            var bySection = new List<TargetOutcome>?[groups.Sections.Length];
            for (int j = 0; j < Indexes.Count; j++) (bySection[groups.SectionOf[Indexes[j]]] ??= []).Add(Outcomes[j]);
            return bySection;
        }
    }

    /// <summary>
    /// The roster's teachers, sections and attribute values, each numbered in ordinal order (the order the tables list
    /// them in), and each student's number in each: counted per target without grouping or sorting again.
    /// </summary>
    private sealed class RosterGroups
    {
        public required TeacherId[] Teachers { get; init; }
        public required int[] TeacherOf { get; init; }
        public required SectionId[] Sections { get; init; }
        public required int[] SectionOf { get; init; }
        public required Dictionary<SectionId, int> SectionIndex { get; init; }
        public required ImmutableArray<string> AttributeNames { get; init; }
        /// <summary>Per attribute name, its distinct values in ordinal order.</summary>
        public required string[][] AttributeValues { get; init; }
        /// <summary>Per attribute name, each student's value's number, or -1 when the student has none.</summary>
        public required int[][] AttributeOf { get; init; }

        public static RosterGroups Of(Roster roster)
        {
            var students = roster.Students;
            var (teachers, teacherOf, _) = Number(students.Length, i => students[i].Teacher.Value, i => students[i].Teacher);
            var (sections, sectionOf, sectionIndex) = Number(students.Length, i => students[i].Section.Value, i => students[i].Section);
            var names = roster.AttributeNames();
            var values = new string[names.Length][];
            var of = new int[names.Length][];
            for (int a = 0; a < names.Length; a++)
            {
                string name = names[a];
                var raw = new string?[students.Length];
                for (int i = 0; i < students.Length; i++) raw[i] = Attribute(students[i], name);
                (values[a], of[a], _) = Number(students.Length, i => raw[i], i => raw[i]!);
            }
            return new RosterGroups
            {
                Teachers = teachers, TeacherOf = teacherOf, Sections = sections, SectionOf = sectionOf, SectionIndex = sectionIndex,
                AttributeNames = names, AttributeValues = values, AttributeOf = of,
            };
        }

        // Each student's key (null: none, numbered -1), the distinct keys sorted ordinally, and each student's key's number.
        private static (T[] Keys, int[] Of, Dictionary<T, int> Index) Number<T>(int n, Func<int, string?> text, Func<int, T> key)
            where T : notnull
        {
            var distinct = new Dictionary<string, T>(StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
                if (text(i) is { } t && !distinct.ContainsKey(t)) distinct.Add(t, key(i));
            var sorted = distinct.Keys.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            var keys = new T[sorted.Length];
            var number = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
            var index = new Dictionary<T, int>(sorted.Length);
            for (int g = 0; g < sorted.Length; g++)
            {
                keys[g] = distinct[sorted[g]];
                number[sorted[g]] = g;
                index[keys[g]] = g;
            }
            var of = new int[n];
            for (int i = 0; i < n; i++) of[i] = text(i) is { } t ? number[t] : -1;
            return (keys, of, index);
        }

        /// <summary>Each group's students and proficient students among one target's rows; a student with no value (-1) is in none.</summary>
        public (int[] Students, int[] Proficient) Count(int[] groupOf, int groups, TargetRows rows)
        {
            var count = new int[groups];
            var proficient = new int[groups];
            for (int j = 0; j < rows.Count; j++)
            {
                int g = groupOf[rows.Indexes[j]];
                if (g < 0) continue;
                count[g]++;
                if (rows.Outcomes[j].IsProficient) proficient[g]++;
            }
            return (count, proficient);
        }
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

    private static SectionSpread Spread(TargetId target, List<(SectionId Section, List<TargetOutcome> Rows)> sections, List<ProficiencyRate> rates)
    {
        var shown = rates.Where(r => r.Rate.IsDefined).Select(r => r.Rate.Value!.Value).ToArray();
        int notShown = rates.Count - shown.Length;
        var within = ImmutableArray.CreateBuilder<SectionScoreSpread>();
        for (int i = 0; i < sections.Count; i++)
        {
            if (!rates[i].Rate.IsDefined) continue;
            var rows = sections[i].Rows;
            int scored = 0;
            foreach (var r in rows) if (r.Score.HasValue) scored++;
            var scores = new double[scored];
            scored = 0;
            foreach (var r in rows) if (r.Score is { } score) scores[scored++] = score;
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

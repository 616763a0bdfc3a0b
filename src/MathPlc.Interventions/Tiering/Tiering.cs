using System.Runtime.CompilerServices;

namespace MathPlc.Interventions;

/// <summary>
/// Tier decisions (critical questions 3 and 4): from proficiency scores on the essential targets, universal
/// screening and Tier 2 non-response, each student's tier, unmet targets, extension flag and reasons, by
/// <see cref="TierRules"/>.
/// </summary>
/// <remarks>
/// Sources: the PLC practice of responding by student, by target (DuFour et al., <i>Learning by Doing</i>;
/// Buffum, Mattos &amp; Malone, <i>Taking Action</i>); screening bands after Renaissance Star Math's default
/// categories; Tier 3 on screening and progress-monitoring evidence (NCII; reference/interventions.md §1, §11).
/// Precedence is in <see cref="TierRules"/>' remarks. Every student in the scores or the screening gets exactly one
/// decision; results are ordered by student id (ordinal).
/// </remarks>
public static class Tiering
{
    /// <summary>Decides every student's tier.</summary>
    /// <param name="scores">Proficiency per student and target; at most one per pair. Targets that are not essential are ignored.</param>
    /// <param name="rules">The team's rules.</param>
    /// <param name="order">The progression order of targets (prerequisites first); by id when null.</param>
    /// <param name="screening">Universal-screening percentiles, at most one per student; none when null.</param>
    /// <param name="tier2NonResponders">Students who completed a Tier 2 cycle without responding (e.g. a <c>change-instruction</c> decision at its review).</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A student has two scores on a target or two screening results, a score is not finite, or the rules name a target not in the scores (an unknown target).</exception>
    public static ImmutableArray<TierDecision> Decide(
        IEnumerable<TargetScore> scores,
        TierRules rules,
        TargetOrder? order = null,
        IEnumerable<ScreeningScore>? screening = null,
        IEnumerable<StudentId>? tier2NonResponders = null)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(rules);
        order ??= TargetOrder.ById;
        var byStudent = new Dictionary<StudentId, Dictionary<TargetId, double?>>();
        var seenTargets = new HashSet<TargetId>();
        foreach (var score in scores)
        {
            Guard.Against.Unmet(score.StudentId.Value is not null && score.TargetId.Value is not null, nameof(scores), "A score has an empty student or target.");
            if (score.Score is { } s) Guard.Against.NotFinite(s, nameof(scores));
            if (!byStudent.TryGetValue(score.StudentId, out var targets)) byStudent[score.StudentId] = targets = [];
            Guard.Against.Unmet(targets.TryAdd(score.TargetId, score.Score), nameof(scores),
                $"The student {score.StudentId} has two scores on {score.TargetId}.");
            seenTargets.Add(score.TargetId);
        }
        var essential = Essential(rules, order, seenTargets);
        var cuts = essential.Select(rules.CutFor).ToArray();

        var percentiles = new Dictionary<StudentId, double>();
        foreach (var result in screening ?? [])
        {
            Guard.Against.Null(result, nameof(screening));
            Guard.Against.Unmet(percentiles.TryAdd(result.StudentId, result.Percentile), nameof(screening),
                $"The student {result.StudentId} has two screening results.");
            byStudent.TryAdd(result.StudentId, []);
        }
        var nonResponders = (tier2NonResponders ?? []).ToHashSet();
        foreach (var student in nonResponders) byStudent.TryAdd(student, []);

        var students = byStudent.Keys.ToArray();
        Array.Sort(students, (a, b) => string.CompareOrdinal(a.Value, b.Value));
        var decider = new TierDecider(essential, cuts, rules, students.Length);
        var row = new double[essential.Length];
        foreach (var student in students)
        {
            var own = byStudent[student];
            for (int j = 0; j < essential.Length; j++) row[j] = own.TryGetValue(essential[j], out double? score) && score is { } s ? s : double.NaN;
            decider.Add(student, row, percentiles.TryGetValue(student, out double p) ? p : double.NaN, nonResponders.Contains(student));
        }
        return decider.Decisions().ToDecisions();
    }

    /// <summary>
    /// Decides every student's tier from scores in columns (district files, issue 18): the same decisions, reasons
    /// and order as <see cref="Decide(IEnumerable{TargetScore}, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/>
    /// gives for the same rows (tested), without an object or a dictionary per row.
    /// </summary>
    /// <inheritdoc cref="DecideAll" path="/param"/>
    /// <inheritdoc cref="DecideAll" path="/exception"/>
    public static ImmutableArray<TierDecision> Decide(
        TierScoreTable scores,
        TierRules rules,
        TargetOrder? order = null,
        IEnumerable<ScreeningScore>? screening = null,
        IEnumerable<StudentId>? tier2NonResponders = null) =>
        DecideAll(scores, rules, order, screening, tier2NonResponders).ToDecisions();

    /// <summary>
    /// Decides every student's tier from scores in columns into columns (issue 18, decision 0215): the decisions of
    /// <see cref="Decide(TierScoreTable, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/>
    /// (<see cref="TierDecisions.ToDecisions"/> gives them), with each student's reasons and unmet targets kept as
    /// numbers, and the students matched to their screening results and non-response by id order rather than a
    /// dictionary of every student.
    /// </summary>
    /// <param name="scores">Proficiency per student and target in columns; at most one row per pair. Targets that are not essential are ignored.</param>
    /// <param name="rules">The team's rules.</param>
    /// <param name="order">The progression order of targets (prerequisites first); by id when null.</param>
    /// <param name="screening">Universal-screening percentiles, at most one per student; none when null. A <see cref="ScreeningTable"/> is read from its columns.</param>
    /// <param name="tier2NonResponders">Students who completed a Tier 2 cycle without responding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or <paramref name="rules"/> is null, or a screening result is.</exception>
    /// <exception cref="ArgumentException">A student has two rows on a target or two screening results, the table lists a student twice, or the rules name a target not in the scores (an unknown target).</exception>
    public static TierDecisions DecideAll(
        TierScoreTable scores,
        TierRules rules,
        TargetOrder? order = null,
        IEnumerable<ScreeningScore>? screening = null,
        IEnumerable<StudentId>? tier2NonResponders = null)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(rules);
        // Results read into columns (decision 0235) are taken as they are, without an object per result.
        if (screening is ScreeningTable columns) return DecideColumns(scores, rules, order, columns.Students.Span, columns.Percentiles.Span, null, tier2NonResponders);
        var screened = (screening ?? []).ToArray();
        var ids = new StudentId[screened.Length];
        var percentiles = new double[screened.Length];
        bool hasNull = false;
        for (int k = 0; k < screened.Length; k++)
            if (screened[k] is { } result) (ids[k], percentiles[k]) = (result.StudentId, result.Percentile);
            else hasNull = true;
        return DecideColumns(scores, rules, order, ids, percentiles, hasNull ? screened : null, tier2NonResponders);
    }

    /// <summary>The screening results as ids and percentiles, with the objects they came from when one of those is null (named in the caller's order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    private static TierDecisions DecideColumns(
        TierScoreTable scores,
        TierRules rules,
        TargetOrder? order,
        ReadOnlySpan<StudentId> screenedIds,
        ReadOnlySpan<double> percentiles,
        ScreeningScore?[]? withNulls,
        IEnumerable<StudentId>? tier2NonResponders)
    {
        order ??= TargetOrder.ById;
        int duplicate = scores.FirstDuplicate();
        Guard.Against.Unmet(duplicate < 0, nameof(scores), duplicate < 0 ? "" :
            $"The student {scores.Students.Span[scores.StudentOf.Span[duplicate]]} has two scores on {scores.Targets.Span[scores.TargetOf.Span[duplicate]]}.");
        var targets = scores.Targets.Span;
        var seenTargets = new HashSet<TargetId>(scores.Targets.Length);
        foreach (int target in scores.TargetOf.Span)
            if (seenTargets.Count < targets.Length) seenTargets.Add(targets[target]);
            else break;
        var essential = Essential(rules, order, seenTargets);
        var cuts = essential.Select(rules.CutFor).ToArray();
        var column = new int[targets.Length];   // each target's place among the essential ones, or -1
        for (int t = 0; t < targets.Length; t++) column[t] = essential.IndexOf(targets[t]);

        var table = scores.Students.Span;
        var tableById = StudentsById(table);
        Guard.Against.Unmet(tableById.Twice < 0, nameof(scores), tableById.Twice < 0 ? "" : $"The table lists the student {table[tableById.Twice]} twice.");
        if (withNulls is not null) ScreenedOnce(withNulls, screenedIds);   // throws: a null result (or a second result before it)
        var screenedById = StudentsById(screenedIds);
        if (screenedById.Twice >= 0) ScreenedOnce(null, screenedIds);
        var nonResponders = (tier2NonResponders ?? []).Distinct().ToArray();
        var nonById = StudentsById(nonResponders);

        int width = essential.Length;
        var studentOf = scores.StudentOf.Span;
        var targetOf = scores.TargetOf.Span;
        var values = scores.Scores.Span;
        // Rows grouped by student in number order (a district file lists each student's rows together): each student's
        // row is filled from their own rows when decided (issue 18, decision 0235). Otherwise a matrix of every student's row.
        var starts = GroupedStarts(studentOf, table.Length);
        double[]? matrix = null;
        if (starts is null)
        {
            matrix = new double[(long)table.Length * width];
            Array.Fill(matrix, double.NaN);
            for (int i = 0; i < values.Length; i++)
                if (column[targetOf[i]] is int j and >= 0) matrix[(long)studentOf[i] * width + j] = values[i];
        }
        var own = new double[width];   // the row of a student decided from their grouped rows, or of one not in the table

        // Every student of the scores, the screening and the non-responders once, by id: a merge of the three in id
        // order, walked twice — to count the students, then to decide them — rather than kept as a list of every student
        // (issue 18, decision 0255).
        var students = new StudentMerge(table, tableById.Order, screenedIds, screenedById.Order, nonResponders, nonById.Order);
        int count = 0;
        while (students.Next(out _, out _, out _, out _)) count++;
        students = new StudentMerge(table, tableById.Order, screenedIds, screenedById.Order, nonResponders, nonById.Order);
        var decider = new TierDecider(essential, cuts, rules, count);
        while (students.Next(out var id, out int inTable, out int inScreening, out bool non))
        {
            Span<double> row;
            if (inTable >= 0 && matrix is not null) row = matrix.AsSpan((int)(inTable * (long)width), width);
            else
            {
                row = own;
                row.Fill(double.NaN);
                if (inTable >= 0)
                    for (int i = starts![inTable]; i < starts[inTable + 1]; i++)
                        if (column[targetOf[i]] is int j and >= 0) row[j] = values[i];
            }
            decider.Add(id, row, inScreening >= 0 ? percentiles[inScreening] : double.NaN, non);
        }
        return decider.Decisions();
    }

    /// <summary>
    /// Refuses the first null or second screening result in the caller's order, named as the row form names it: from
    /// the objects when given (one may be null), else from the ids.
    /// </summary>
    private static void ScreenedOnce(ScreeningScore?[]? results, ReadOnlySpan<StudentId> ids)
    {
        const string screening = nameof(screening);
        var seen = new HashSet<StudentId>();
        if (results is not null)
            foreach (var result in results)
            {
                Guard.Against.Null(result, screening);
                Guard.Against.Unmet(seen.Add(result.StudentId), screening, $"The student {result.StudentId} has two screening results.");
            }
        else
            foreach (var id in ids) Guard.Against.Unmet(seen.Add(id), screening, $"The student {id} has two screening results.");
    }

    /// <summary>
    /// Where each student's rows start when the rows come grouped by student in number order (<paramref name="studentOf"/>
    /// never goes down; a student with no rows has an empty range), with the end after the last; null otherwise.
    /// </summary>
    private static int[]? GroupedStarts(ReadOnlySpan<int> studentOf, int students)
    {
        var starts = new int[students + 1];
        int next = 0, previous = 0;
        for (int i = 0; i < studentOf.Length; i++)
        {
            int student = studentOf[i];
            if (student < previous) return null;
            while (next <= student) starts[next++] = i;
            previous = student;
        }
        while (next <= students) starts[next++] = studentOf.Length;
        return starts;
    }

    /// <summary>
    /// The students of the scores, the screening and the non-responders, each once, in id order (ordinal): a merge of
    /// the three lists, each walked in its own id order.
    /// </summary>
    private ref struct StudentMerge(
        ReadOnlySpan<StudentId> table, int[] tableOrder,
        ReadOnlySpan<StudentId> screened, int[] screenedOrder,
        ReadOnlySpan<StudentId> nonResponders, int[] nonOrder)
    {
        private readonly ReadOnlySpan<StudentId> _table = table, _screened = screened, _nonResponders = nonResponders;
        private int _a, _b, _c;

        /// <summary>The next student by id, with their position in the scores' and the screening's students (-1 when not there) and whether they did not respond to Tier 2; false after the last.</summary>
        public bool Next(out StudentId id, out int inTable, out int inScreening, out bool nonResponder)
        {
            if (Least(Least(Head(_table, tableOrder, _a), Head(_screened, screenedOrder, _b)), Head(_nonResponders, nonOrder, _c)) is not { } least)
            {
                (id, inTable, inScreening, nonResponder) = (default, -1, -1, false);
                return false;
            }
            id = least;
            inTable = Take(_table, tableOrder, ref _a, least);
            inScreening = Take(_screened, screenedOrder, ref _b, least);
            nonResponder = Take(_nonResponders, nonOrder, ref _c, least) >= 0;
            return true;
        }

        /// <summary>The student at <paramref name="at"/> in id <paramref name="order"/>, or null past the end.</summary>
        private static StudentId? Head(ReadOnlySpan<StudentId> students, int[] order, int at) => at < students.Length ? students[order[at]] : null;

        /// <summary>The first of two students by id (ordinal); null when both are.</summary>
        private static StudentId? Least(StudentId? x, StudentId? y) =>
            x is not { } sx ? y : y is not { } sy ? x : string.CompareOrdinal(sx.Value, sy.Value) <= 0 ? x : y;

        /// <summary>The position of <paramref name="student"/> when it is next in id <paramref name="order"/>, moving past it; -1 otherwise.</summary>
        private static int Take(ReadOnlySpan<StudentId> students, int[] order, ref int at, StudentId student) =>
            at < students.Length && string.CompareOrdinal(students[order[at]].Value, student.Value) == 0 ? order[at++] : -1;
    }

    /// <summary>
    /// The students' positions in id order (ordinal; the identity when they are in order already, as a district file's
    /// usually are), and the position of a student listed a second time, or -1.
    /// </summary>
    private static (int[] Order, int Twice) StudentsById(ReadOnlySpan<StudentId> students)
    {
        var order = new int[students.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        bool sorted = true;
        for (int i = 1; i < students.Length && sorted; i++) sorted = string.CompareOrdinal(students[i - 1].Value, students[i].Value) < 0;
        if (!sorted)
        {
            var texts = new string[students.Length];
            for (int i = 0; i < texts.Length; i++) texts[i] = students[i].Value;
            Array.Sort(texts, order, StringComparer.Ordinal);
            for (int i = 1; i < texts.Length; i++)
                if (string.CompareOrdinal(texts[i - 1], texts[i]) == 0) return (order, Math.Max(order[i - 1], order[i]));
        }
        return (order, -1);
    }

    /// <summary>The essential targets in progression order: the rules', or every target scored; the rules may name no other.</summary>
    private static ImmutableArray<TargetId> Essential(TierRules rules, TargetOrder order, HashSet<TargetId> seenTargets)
    {
        var unknown = rules.UnknownTargets(seenTargets);
        Guard.Against.Unmet(unknown.IsEmpty, nameof(rules), $"The rules name targets that no score is on: {string.Join(", ", unknown)}.");
        return order.Sort(rules.EssentialTargets.IsEmpty ? seenTargets : rules.EssentialTargets);
    }
}

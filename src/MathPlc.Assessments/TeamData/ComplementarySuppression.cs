namespace MathPlc.Assessments;

/// <summary>
/// Complementary suppression of a team's rates: after the groups under the minimum size are hidden (primary
/// suppression), more cells are hidden until no hidden count can be worked out from the shown ones — the team's total
/// less the other teachers, sections or values of an attribute, or a teacher's classes against the teacher.
/// </summary>
/// <remarks>
/// NCES, <i>Statistical Methods for Protecting Personally Identifiable Information in Aggregate Reporting</i> (SLDS
/// Technical Brief 3, NCES 2011-603): when a cell is suppressed, enough other cells of the same table or report are
/// suppressed too that the first cannot be recovered by subtraction. The tables are linked by sums: the team is the sum of
/// its teachers, of its sections and of each attribute's values (when every student has a value); a teacher is the sum of
/// the teacher's sections. A hidden cell is recoverable when its count is fixed by these sums given the shown cells —
/// decided exactly, by elimination over the equations. The complement chosen is a shown cell of the sums that give a
/// hidden cell away — the one that closes most of them, then the smallest (the fewest students withheld); the team's own total, published elsewhere, is never
/// hidden. Decision record 0076.
/// </remarks>
public static class ComplementarySuppression
{
    /// <summary>The cells to hide, given each cell's size, the cells hidden already, and the sums that link them.</summary>
    /// <param name="sizes">Each cell's number of students; cell 0 may be a total that stays shown.</param>
    /// <param name="hidden">Which cells are hidden before complementary suppression (primary suppression).</param>
    /// <param name="sums">Each sum as (total cell, part cells): the total's count is the sum of the parts' counts.</param>
    /// <param name="fixedShown">Cells that are published elsewhere and are never hidden (the team's total).</param>
    /// <returns>Every cell to hide: the hidden ones and their complements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The arrays differ in length, or a sum names a cell that does not exist.</exception>
    public static bool[] Complete(IReadOnlyList<int> sizes, IReadOnlyList<bool> hidden, IReadOnlyList<(int Total, int[] Parts)> sums, IReadOnlySet<int> fixedShown)
    {
        Guard.Against.Null(sizes);
        Guard.Against.Null(hidden);
        Guard.Against.Null(sums);
        Guard.Against.Null(fixedShown);
        Guard.Against.Unmet(sizes.Count == hidden.Count, nameof(hidden), "Every cell needs its size and whether it is hidden.");
        foreach (var (total, parts) in sums)
            Guard.Against.Unmet(total >= 0 && total < sizes.Count && parts.All(p => p >= 0 && p < sizes.Count), nameof(sums), "A sum names a cell that does not exist.");
        var result = hidden.ToArray();
        if (!result.Any(h => h)) return result;
        while (true)
        {
            int exposed = Enumerable.Range(0, result.Length).FirstOrDefault(i => result[i] && Recoverable(result, sums, i), -1);
            if (exposed < 0) return result;
            // Prefer a shown cell that closes the most sums giving the exposed cell away by plain subtraction (the sums in
            // which it is the only hidden cell); then the smallest, so the fewest students are withheld.
            var direct = sums.Where(e => (e.Total == exposed || e.Parts.Contains(exposed))
                && e.Parts.Append(e.Total).Count(c => result[c]) == 1).ToList();
            var pool = direct.Count > 0 ? direct : [.. sums.Where(e => e.Total == exposed || e.Parts.Contains(exposed))];
            int complement = -1, best = -1;
            foreach (int cell in pool.SelectMany(e => e.Parts.Append(e.Total)).Distinct())
            {
                if (result[cell] || fixedShown.Contains(cell)) continue;
                int closes = pool.Count(e => e.Total == cell || e.Parts.Contains(cell));
                if (complement < 0 || closes > best || (closes == best && (sizes[cell] < sizes[complement] || (sizes[cell] == sizes[complement] && cell < complement))))
                    (complement, best) = (cell, closes);
            }
            if (complement < 0)
            {
                // Nothing left to hide in its own sums: hide the smallest shown cell anywhere (never the fixed ones).
                complement = Enumerable.Range(0, result.Length).Where(c => !result[c] && !fixedShown.Contains(c)).OrderBy(c => sizes[c]).ThenBy(c => c).DefaultIfEmpty(-1).First();
                if (complement < 0) return result; // every cell is hidden but the fixed ones; the sums cannot reveal more
            }
            result[complement] = true;
        }
    }

    /// <summary>
    /// Whether hidden cell <paramref name="cell"/>'s count is fixed by the sums given the shown cells: the unit vector of
    /// the cell lies in the row space of the sums' coefficients on the hidden cells (Gaussian elimination).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Recoverable(IReadOnlyList<bool> hidden, IReadOnlyList<(int Total, int[] Parts)> sums, int cell)
    {
        Guard.Against.Null(hidden);
        Guard.Against.Null(sums);
        var unknowns = Enumerable.Range(0, hidden.Count).Where(i => hidden[i]).ToList();
        int column = unknowns.IndexOf(cell);
        if (column < 0) return true; // a shown cell is known
        var rows = new List<double[]>();
        foreach (var (total, parts) in sums)
        {
            var row = new double[unknowns.Count];
            bool any = false;
            foreach (int part in parts)
            {
                int j = unknowns.IndexOf(part);
                if (j >= 0) { row[j] += 1; any = true; }
            }
            int t = unknowns.IndexOf(total);
            if (t >= 0) { row[t] -= 1; any = true; }
            if (any) rows.Add(row);
        }
        int rank = Rank(rows, unknowns.Count);
        var target = new double[unknowns.Count];
        target[column] = 1;
        rows.Add(target);
        return Rank(rows, unknowns.Count) == rank;
    }

    private static int Rank(List<double[]> rows, int columns)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToArray();
        int rank = 0;
        for (int c = 0; c < columns && rank < m.Length; c++)
        {
            int pivot = -1;
            for (int r = rank; r < m.Length; r++)
                if (Math.Abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.Abs(m[r][c]) > Math.Abs(m[pivot][c]))) pivot = r;
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = 0; r < m.Length; r++)
            {
                if (r == rank || Math.Abs(m[r][c]) <= 1e-9) continue;
                double f = m[r][c] / m[rank][c];
                for (int k = c; k < columns; k++) m[r][k] -= f * m[rank][k];
            }
            rank++;
        }
        return rank;
    }
}

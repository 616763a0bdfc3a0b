using System.Globalization;

namespace MathPlc.Teams;

/// <summary>
/// Run-chart analysis of an improvement measure: the median as centre line, and the IHI rules (shift, trend, too few
/// or too many runs; Perla, Provost &amp; Murray 2011) or the Anhøj rules (longest run, crossings; Anhøj &amp; Olesen 2014).
/// </summary>
/// <remarks>
/// Points on the median are ignored by the run rules: they neither extend nor break a run or shift. In a trend,
/// repeated equal values count once and do not break it. Too few points is a status, never an exception and never a
/// silent "no signal".
/// </remarks>
public static class RunChart
{
    /// <summary>Analyses a series with the IHI rules (<see cref="RunChartRules.Ihi"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    public static RunChartAnalysis Analyze(IEnumerable<RunChartPoint> points) => Analyze(points, RunChartRules.Ihi);

    /// <summary>Analyses a series with the given rules. Points are put in date order (stable for equal dates).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RunChartAnalysis Analyze(IEnumerable<RunChartPoint> points, RunChartRules rules)
    {
        Guard.Against.Null(points);
        Guard.Against.Null(rules);
        var ordered = points.Select((p, i) => (p, i)).OrderBy(x => x.p.Date).ThenBy(x => x.i).Select(x => x.p).ToImmutableArray();
        int n = ordered.Length;
        if (n == 0)
            return new RunChartAnalysis(rules, ordered, RunChartStatus.InsufficientData, null, 0, 0, 0, null, [],
                [new Reason("no-points", "The measure has no points yet.")]);

        int baseline = Math.Min(rules.BaselinePoints ?? n, n);
        double median = Median(ordered.AsSpan(0, baseline));
        var side = new int[n];
        int useful = 0;
        for (int i = 0; i < n; i++)
        {
            side[i] = Math.Sign(ordered[i].Value - median);
            if (side[i] != 0) useful++;
        }
        var runs = RunsOf(side);
        int longest = runs.Count == 0 ? 0 : runs.Max(r => r.Count);

        int needed = rules.MinimumPoints;
        if (n < needed || useful < 2)
            return new RunChartAnalysis(rules, ordered, RunChartStatus.InsufficientData, median, useful, runs.Count, longest, null, [],
                [new Reason("too-few-points", $"The rules need at least {needed} points with at least 2 off the median; the measure has {n} point(s), {useful} off the median.")
                    .With("points", n).With("useful", useful).With("needed", needed)]);

        var findings = new List<RunChartFinding>();
        var reasons = new List<Reason>();
        (int, int) limits;
        if (rules.IsIhiFamily)
        {
            foreach (var run in runs.Where(r => r.Count >= rules.ShiftLength))
                findings.Add(new RunChartFinding(RunChartSignal.Shift, [.. run],
                    new Reason("shift", $"{run.Count} points in a row {SideWord(side[run[0]])} the median; {rules.ShiftLength} or more make a shift.")
                        .With("length", run.Count).With("limit", rules.ShiftLength)));
            findings.AddRange(Trends(ordered, rules.TrendLength));
            var (fewest, most, reason) = RunsLimits(rules, useful, runs.Count);
            string basis = reason.Data.Any(d => d.Key == "limits" && d.Value == "table") ? $" ({rules.RunsTable!.Source})" : " (Swed–Eisenhart, exact)";
            limits = (fewest, most);
            reasons.Add(reason);
            var usefulPoints = Enumerable.Range(0, n).Where(i => side[i] != 0).ToImmutableArray();
            if (runs.Count < fewest)
                findings.Add(new RunChartFinding(RunChartSignal.TooFewRuns, usefulPoints,
                    new Reason("too-few-runs", $"{runs.Count} runs where at least {fewest} are expected for {useful} useful observations{basis}.")
                        .With("runs", runs.Count).With("fewest", fewest)));
            if (runs.Count > most)
                findings.Add(new RunChartFinding(RunChartSignal.TooManyRuns, usefulPoints,
                    new Reason("too-many-runs", $"{runs.Count} runs where at most {most} are expected for {useful} useful observations{basis}.")
                        .With("runs", runs.Count).With("most", most)));
        }
        else
        {
            int longestLimit = RunsDistribution.LongestRunLimit(useful);
            int fewestCrossings = RunsDistribution.FewestCrossings(useful);
            limits = (fewestCrossings, longestLimit);
            int crossings = runs.Count - 1;
            reasons.Add(new Reason("anhoej-limits", $"{useful} useful observations: a run longer than {longestLimit} or fewer than {fewestCrossings} crossings is a signal; the chart's longest run is {longest} and it crosses the median {crossings} times.")
                .With("useful", useful).With("longest-run-limit", longestLimit).With("fewest-crossings", fewestCrossings));
            foreach (var run in runs.Where(r => r.Count > longestLimit))
                findings.Add(new RunChartFinding(RunChartSignal.Shift, [.. run],
                    new Reason("shift", $"{run.Count} points in a row {SideWord(side[run[0]])} the median, longer than the {longestLimit} expected for {useful} useful observations.")
                        .With("length", run.Count).With("limit", longestLimit)));
            if (crossings < fewestCrossings)
                findings.Add(new RunChartFinding(RunChartSignal.TooFewCrossings, Enumerable.Range(0, n).Where(i => side[i] != 0).ToImmutableArray(),
                    new Reason("too-few-crossings", $"The series crosses the median {crossings} times where at least {fewestCrossings} are expected for {useful} useful observations.")
                        .With("crossings", crossings).With("fewest", fewestCrossings)));
        }
        (double Low, double High)? band = null;
        if (rules.AstronomicalPoint is { } astronomical)
        {
            var baseValues = new double[baseline];
            for (int i = 0; i < baseline; i++) baseValues[i] = ordered[i].Value;
            band = astronomical.Band(baseValues, median);
            if (band is null)
                reasons.Add(new Reason("astronomical-no-spread", "More than half the points lie on the median, so the chart has no spread to measure an astronomical point in; none is judged."));
            if (band is { } b)
            {
                reasons.Add(new Reason("astronomical-band", string.Create(CultureInfo.InvariantCulture,
                        $"A point below {b.Low:R} or above {b.High:R} is astronomical: {astronomical.Describe()}."))
                    .With("low", b.Low).With("high", b.High).With("multiple", astronomical.Multiple));
                for (int i = 0; i < n; i++)
                    if (ordered[i].Value < b.Low || ordered[i].Value > b.High)
                        findings.Add(new RunChartFinding(RunChartSignal.AstronomicalPoint, [i],
                            new Reason("astronomical-point", string.Create(CultureInfo.InvariantCulture,
                                    $"{ordered[i].Value:R} lies {(ordered[i].Value > b.High ? "above" : "below")} {(ordered[i].Value > b.High ? b.High : b.Low):R}, more than {astronomical.Multiple:R}σ̂ from the median {median:R}."))
                                .With("value", ordered[i].Value).With("low", b.Low).With("high", b.High)));
            }
        }
        if (rules.BaselinePoints is not null)
            reasons.Add(new Reason("frozen-median", $"The centre line is the median of the first {baseline} points.").With("baseline", baseline));

        return new RunChartAnalysis(rules, ordered, RunChartStatus.Analyzed, median, useful, runs.Count, longest, limits,
            [.. findings.OrderBy(f => f.From).ThenBy(f => f.Signal)], [.. reasons], band);
    }

    // The runs limits: the printed table's row when the IHI rules have one for this many useful observations, else the
    // exact Swed–Eisenhart computation; the reason says which.
    private static (int Fewest, int Most, Reason Why) RunsLimits(RunChartRules rules, int useful, int runs)
    {
        if (rules.RunsTable?.Limits(useful) is { } row)
            return (row.Fewest, row.Most, new Reason("runs-range", $"{useful} useful observations: {row.Fewest} to {row.Most} runs are expected by chance ({rules.RunsTable.Source}); the chart has {runs}.")
                .With("useful", useful).With("fewest", row.Fewest).With("most", row.Most).With("runs", runs).With("limits", "table"));
        var (fewest, most) = RunsDistribution.ExpectedRuns(useful);
        string where = rules.RunsTable is null
            ? "computed exactly from the Swed–Eisenhart distribution"
            : $"computed exactly from the Swed–Eisenhart distribution, as {rules.RunsTable.Source} has no row for {useful}";
        return (fewest, most, new Reason("runs-range", $"{useful} useful observations: {fewest} to {most} runs are expected by chance ({where}); the chart has {runs}.")
            .With("useful", useful).With("fewest", fewest).With("most", most).With("runs", runs).With("limits", "swed-eisenhart"));
    }

    /// <summary>The median of the values (the mean of the middle two for an even count).</summary>
    private static double Median(ReadOnlySpan<RunChartPoint> points)
    {
        var values = new double[points.Length];
        for (int i = 0; i < values.Length; i++) values[i] = points[i].Value;
        Array.Sort(values);
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : values[mid - 1] / 2 + values[mid] / 2;
    }

    // Runs of useful points (positions), skipping points on the median.
    private static List<List<int>> RunsOf(int[] side)
    {
        var runs = new List<List<int>>();
        int last = 0;
        for (int i = 0; i < side.Length; i++)
        {
            if (side[i] == 0) continue;
            if (side[i] != last) runs.Add([]);
            runs[^1].Add(i);
            last = side[i];
        }
        return runs;
    }

    private static string SideWord(int side) => side > 0 ? "above" : "below";

    // Maximal stretches of strictly rising (or falling) values, equal neighbours counted once.
    private static IEnumerable<RunChartFinding> Trends(ImmutableArray<RunChartPoint> points, int length)
    {
        var distinct = new List<int>(); // first position of each value that differs from the one before
        for (int i = 0; i < points.Length; i++)
            if (i == 0 || points[i].Value != points[i - 1].Value) distinct.Add(i);

        int start = 0;
        while (start < distinct.Count - 1)
        {
            int direction = Math.Sign(points[distinct[start + 1]].Value - points[distinct[start]].Value);
            int end = start + 1;
            while (end + 1 < distinct.Count && Math.Sign(points[distinct[end + 1]].Value - points[distinct[end]].Value) == direction) end++;
            int count = end - start + 1;
            if (count >= length)
            {
                int last = distinct[end];
                while (last + 1 < points.Length && points[last + 1].Value == points[last].Value) last++;
                var members = Enumerable.Range(distinct[start], last - distinct[start] + 1).ToImmutableArray();
                string word = direction > 0 ? "rising" : "falling";
                yield return new RunChartFinding(RunChartSignal.Trend, members,
                    new Reason("trend", string.Create(CultureInfo.InvariantCulture, $"{count} points in a row {word} (equal values counted once); {length} or more make a trend."))
                        .With("length", count).With("limit", length));
            }
            start = end;
        }
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Teams.Tests;

/// <summary>The run-chart properties issue 7 asks for.</summary>
public class RunChartProperties
{
    private static readonly Arbitrary<int[]> Values =
        Gen.Choose(10, 40).SelectMany(n => Gen.Choose(0, 12).ArrayOf(n)).ToArbitrary();

    private static readonly Arbitrary<RunChartRules> Rules =
        Gen.Elements(RunChartRules.Ihi, RunChartRules.Anhoej, new RunChartRules(baselinePoints: 10), new RunChartRules(RunChartMethod.Anhoej, baselinePoints: 10)).ToArbitrary();

    // With the centre line frozen on a baseline (as improvement teams judge new points), a new point on the same side
    // as the last useful point extends the last run; every shift found before is still found, covering its points.
    [Fact]
    public void Adding_a_point_that_extends_a_run_never_removes_a_shift() =>
        Prop.ForAll(Values, values =>
        {
            var rules = new RunChartRules(baselinePoints: 10);
            var before = RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)v)]), rules);
            double median = before.Median!.Value;
            var lastUseful = values.LastOrDefault(v => v != median, -1);
            if (lastUseful < 0) return;
            var after = RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)v), lastUseful]), rules);
            foreach (var shift in before.Findings.Where(f => f.Signal == RunChartSignal.Shift))
                Assert.Contains(after.Findings, f => f.Signal == RunChartSignal.Shift && f.From == shift.From && shift.Points.All(f.Points.Contains));
        }).Check();

    [Fact]
    public void Adding_a_constant_to_every_value_changes_nothing_but_the_median() =>
        Prop.ForAll(Values, Gen.Choose(-1000, 1000).ToArbitrary(), Rules, (values, shift, rules) =>
        {
            var plain = RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)v)]), rules);
            var moved = RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)(v + shift))]), rules);
            Assert.Equal(plain.Status, moved.Status);
            Assert.Equal(plain.Median + shift, moved.Median);
            Assert.Equal(plain.Runs, moved.Runs);
            Assert.Equal(plain.Limits, moved.Limits);
            // The astronomical-point reasons quote the values, which move with them; which points signal what does not.
            Assert.Equal(plain.Findings.Select(f => (f.Signal, string.Join(",", f.Points))).ToArray(), moved.Findings.Select(f => (f.Signal, string.Join(",", f.Points))).ToArray());
        }).Check();

    [Fact]
    public void Runs_and_crossings_agree_and_every_useful_point_is_in_one_run() =>
        Prop.ForAll(Values, Rules, (values, rules) =>
        {
            var analysis = RunChart.Analyze(Series.Weekly([.. values.Select(v => (double)v)]), rules);
            Assert.Equal(Math.Max(analysis.Runs - 1, 0), analysis.Crossings);
            Assert.InRange(analysis.LongestRun, analysis.UsefulObservations == 0 ? 0 : 1, analysis.UsefulObservations);
            Assert.True(analysis.Runs <= analysis.UsefulObservations);
        }).Check();
}

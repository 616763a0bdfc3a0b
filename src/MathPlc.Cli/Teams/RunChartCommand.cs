using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// <c>mathplc runchart --in series.csv [--rules ihi|anhoej] [--baseline N] [--min-points N] [--format csv|json] [--out FILE]</c>:
/// run-chart signals for each improvement measure in the file. Reads through Interop, asks Teams, writes.
/// </summary>
internal static class RunChartCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i", "The series (CSV) with columns measure, date (yyyy-MM-dd) and value; any number of measures.", "series.csv");
        var rules = CommonOptions.Choice("--rules",
            "ihi: shift (6 or more on one side of the median), trend (5 or more rising or falling), too few or too many runs (Perla, Provost & Murray 2011); " +
            "anhoej: longest run above round(log2 n + 3), too few crossings (Anhøj & Olesen 2014). Default: ihi.",
            CommonOptions.KebabChoices<RunChartMethod>());
        var baseline = CommonOptions.PositiveWholeNumber("--baseline", "Freeze the centre line at the median of each measure's first N points. Default: the median of all points.");
        var minimum = CommonOptions.WholeNumber("--min-points", "The fewest points the rules judge; a measure with fewer gets one row with signal too_few_points. Default: 10.", minimum: 2);
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: one row per signal (measure, signal, from_date, to_date, points, detail), and one row with signal none " +
                              "or too_few_points for a measure without signals; json: one object per measure with the median, runs, limits and signals.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("runchart",
            "Run-chart signals (shift, trend, too few or too many runs, or the Anhøj rules) for improvement measures, each with the points that make it.",
            "mathplc runchart --in series.csv",
            "mathplc runchart --in series.csv --rules anhoej --format json --out signals.json",
            "mathplc runchart --in series.csv --baseline 12")
        {
            input, rules, baseline, minimum, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var chosen = new RunChartRules(parseResult.GetValue(rules) ?? RunChartMethod.Ihi, minimumPoints: parseResult.GetValue(minimum) ?? 10,
                baselinePoints: parseResult.GetValue(baseline));
            var series = TeamEvidenceFile.ReadSeries(parseResult.GetRequiredValue(input));
            var analyses = series.Select(s => (s.Measure, RunChart.Analyze(s.Points, chosen))).ToImmutableArray();
            return RunChartTable.Write(analyses, format.Chosen(parseResult));
        }));
        return command;
    }
}

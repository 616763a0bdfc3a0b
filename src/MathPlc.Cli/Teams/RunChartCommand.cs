using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// <c>mathplc runchart --in series.csv [--rules ihi|anhoej|swed-eisenhart] [--baseline N] [--min-points N] [--astronomical K | --no-astronomical]
/// [--runs-table FILE] [--format csv|json] [--out FILE]</c>:
/// run-chart signals for each improvement measure in the file. Reads through Interop, asks Teams, writes.
/// </summary>
internal static class RunChartCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i", "The series (CSV) with columns measure, date (yyyy-MM-dd) and value; any number of measures.", "series.csv");
        var rules = CommonOptions.Choice("--rules",
            "ihi: shift (6 or more on one side of the median), trend (5 or more rising or falling), too few or too many runs, astronomical point " +
            "(Perla, Provost & Murray 2011), the runs limits from --runs-table where it has a row, else computed exactly; " +
            "swed-eisenhart: the same rules with the runs limits always computed exactly (Swed & Eisenhart 1943, 2.5 % per tail); " +
            "anhoej: longest run above round(log2 n + 3), too few crossings (Anhøj & Olesen 2014), no astronomical point unless --astronomical. Default: ihi.",
            CommonOptions.KebabChoices<RunChartMethod>());
        var baseline = CommonOptions.PositiveWholeNumber("--baseline", "Freeze the centre line at the median of each measure's first N points. Default: the median of all points.");
        var minimum = CommonOptions.WholeNumber("--min-points", "The fewest points the rules judge; a measure with fewer gets one row with signal too_few_points. Default: 10.", minimum: 2);
        var astronomical = CommonOptions.Number("--astronomical",
            "A point more than K times 1.4826 × the median absolute deviation from the median is astronomical (IHI's fourth rule as a stated distance; " +
            "Leys et al. 2013, decision 0048). K must be above 0. Default: 3 for ihi and swed-eisenhart, none for anhoej.", "K");
        var noAstronomical = new Option<bool>("--no-astronomical") { Description = "Apply no astronomical-point rule." };
        var runsTable = new Option<string?>("--runs-table")
        {
            Description = "ihi only: a printed runs table (CSV with columns useful, fewest, most: for that many points not on the median, the fewest and " +
                          "the most runs expected) to judge too few and too many runs against, such as the table of Perla, Provost & Murray 2011 that " +
                          "IHI users check by hand; a count it lacks is computed exactly and the detail says so. MathPlc ships no table (decision 0048).",
            HelpName = "FILE",
        };
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: one row per signal (measure, signal, from_date, to_date, points, detail), and one row with signal none " +
                              "or too_few_points for a measure without signals; json: one object per measure with the median, runs, limits and signals.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("runchart",
            "Run-chart signals (shift, trend, too few or too many runs, or the Anhøj rules) for improvement measures, each with the points that make it.",
            "mathplc runchart --in series.csv",
            "mathplc runchart --in series.csv --rules anhoej --format json --out signals.json",
            "mathplc runchart --in series.csv --baseline 12",
            "mathplc runchart --in series.csv --runs-table perla-table1.csv",
            "mathplc runchart --in series.csv --rules swed-eisenhart --astronomical 2.5")
        {
            input, rules, baseline, minimum, astronomical, noAstronomical, runsTable, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var method = parseResult.GetValue(rules) ?? RunChartMethod.Ihi;
            double? k = parseResult.GetValue(astronomical);
            bool none = parseResult.GetValue(noAstronomical);
            string? tablePath = parseResult.GetValue(runsTable);
            if (k is not null && none) throw new UsageException("--astronomical and --no-astronomical contradict each other; give one.");
            if (k is <= 0) throw new UsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--astronomical {k.Value:R} must be above 0."));
            if (tablePath is not null && method != RunChartMethod.Ihi)
                throw new UsageException($"--runs-table belongs to --rules ihi; the {KebabCase.Of(method.ToString())} rules compute their own limits.");
            var table = tablePath is null ? null : InputFile.Read(tablePath, RunsTableCsv.ReadTable);
            var chosen = new RunChartRules(method, minimumPoints: parseResult.GetValue(minimum) ?? 10, baselinePoints: parseResult.GetValue(baseline),
                astronomicalPoint: k is { } multiple ? new AstronomicalPointRule(multiple) : null, noAstronomicalPoint: none, runsTable: table);
            var series = TeamEvidenceFile.ReadSeries(parseResult.GetRequiredValue(input));
            var analyses = series.Select(s => (s.Measure, RunChart.Analyze(s.Points, chosen))).ToImmutableArray();
            return RunChartTable.Write(analyses, format.Chosen(parseResult));
        }));
        return command;
    }
}

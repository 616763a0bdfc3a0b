using System.CommandLine;
using System.Globalization;
using MathPlc.Cli.Assessments;
using MathPlc.Cli.Interventions;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Reports;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// <c>mathplc observations --in visits.csv [--instrument nctm-practices|math-talk|tru] [--district NAME] [--format md|json|csv]
/// [--out FILE]</c>: teachers' self-ratings of their lessons against external observers' ratings of the same lessons, for
/// the district and each school, per dimension and over every dimension — the mean difference with its 95 % interval, exact
/// and adjacent agreement, the linearly weighted kappa, and the calibration caution when self-ratings run high (decision 0036).
/// Observer-to-observer calibration on co-observed lessons is <c>mathplc agreement</c>.
/// </summary>
internal static class ObservationsCommand
{
    /// <summary>The CSV columns: one row per scope and dimension.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "scope", "name", "dimension", "pairs", "mean_self", "mean_external", "mean_difference", "ci_lower", "ci_upper",
        "exact_agreement", "adjacent_agreement", "weighted_kappa_linear", "finding", "reasons",
    ];

    /// <summary>The instruments by the name <c>--instrument</c> takes.</summary>
    public static IReadOnlyList<(string Name, ObservationInstrument Instrument)> Instruments { get; } =
    [
        ("nctm-practices", ObservationInstrument.NctmTeachingPractices),
        ("math-talk", ObservationInstrument.MathTalk),
        ("tru", ObservationInstrument.Tru),
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The visits (CSV): school, teacher, observer, date (yyyy-MM-dd), dimension, rating, optional lesson; one row per observer, lesson and dimension. " +
            "A row whose observer is the lesson's teacher is the self-rating. An empty rating is a dimension not rated. Without a lesson column a lesson is a teacher's lesson on one date.",
            "visits.csv");
        var instrument = CommonOptions.Name("--instrument",
            "The instrument the ratings use: nctm-practices (NCTM's eight Mathematics Teaching Practices, levels 1-4, MathPlc's scale), " +
            "math-talk (Hufferd-Ackles et al. 2004, four components, levels 0-3) or tru (TRU Math, five dimensions, levels 1-3). Default: nctm-practices.",
            "NAME", [.. Instruments.Select(i => i.Name)]);
        var district = new Option<string?>("--district")
        {
            Description = "The district's name on the district-wide rows. Default: District. No school may have the same name.",
            HelpName = "NAME",
        };
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv);
        format.Description += " md: the district, then each school, a table per scope (every dimension together first) and the findings; " +
                              "json: {instrument{name, lowestLevel, highestLevel}, district, comparisons[{scope, name, dimension, pairs, meanSelf, meanExternal, meanDifference, " +
                              "interval{lower, upper}, exactAgreement, adjacentAgreement, weightedKappa, reasons[{code, message, data}]}]}; csv: " + string.Join(", ", Header) +
                              " (scope district or school; dimension empty for every dimension together; finding self-rates-higher, self-rates-lower or no-consistent-difference).";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("observations",
            "Self-ratings against external ratings of the same lessons, per school and for the district: mean difference (self - external) with its 95 % interval, " +
            "exact and adjacent agreement, linearly weighted kappa, and the calibration caution when self-ratings run high.",
            "mathplc observations --in visits.csv",
            "mathplc observations --in visits.csv --instrument tru --district Riverside --format csv --out self-external.csv")
        {
            input, instrument, district, format, output,
        };
        command.HelpSections.Add(("Definitions",
        [
            "A pair is one external observer's rating of a lesson's dimension beside the teacher's self-rating of it; a lesson seen by two observers gives two pairs.",
            "mean_difference: mean of self - external over the pairs; ci_lower, ci_upper: its 95 % paired-t interval (empty below two pairs).",
            "exact_agreement, adjacent_agreement: share of pairs with the same level / within one level. weighted_kappa_linear: Cohen's kappa with linear weights on the instrument's levels (empty when undefined).",
            "self-rates-higher: the whole interval is above 0; read self-rated levels and self-rated change with that caution.",
        ]));
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            string instrumentName = CommonOptions.KnownName("--instrument", parseResult.GetValue(instrument) ?? Instruments[0].Name, [.. Instruments.Select(i => i.Name)], "an instrument");
            var chosen = Instruments.Single(i => i.Name == instrumentName).Instrument;
            string districtName = parseResult.GetValue(district) is { } given
                ? (string.IsNullOrWhiteSpace(given) ? throw new UsageException("--district needs a name.") : given.Trim())
                : "District";
            string path = parseResult.GetRequiredValue(input);
            var rows = InputFile.Read(path, (stream, file) => ObservationsCsv.Read(stream, file, chosen).GetValueOrThrow());
            if (rows.IsEmpty) throw new DataFileException([new DataDiagnostic("no-ratings", "The file has no ratings.", path)]);
            var visits = ObservationsCsv.Visits(rows);
            if (visits.Any(v => v.School.Value == districtName))
                throw new UsageException($"--district {DiagnosticText.Quote(districtName)} is also a school's name in the file; give the district another name.");
            var comparisons = SelfExternalRatings.Compare(chosen, visits, districtName);
            if (comparisons.IsEmpty)
                parseResult.InvocationConfiguration.Error.WriteLine("note: no lesson has both a self-rating and an external rating; nothing to compare.");
            return format.Chosen(parseResult) switch
            {
                OutputFormat.Csv => CsvText.Of(Header, comparisons.Select(c => (IReadOnlyList<string?>)
                [
                    Scope(c, districtName), c.Scope, c.Dimension is { } d ? ObservationsCsv.KebabName(d) : null, c.Pairs.ToString(CultureInfo.InvariantCulture),
                    StatisticText.Csv(c.MeanSelf), StatisticText.Csv(c.MeanExternal), StatisticText.Csv(c.MeanDifference),
                    c.Interval is { } i ? StatisticText.Csv(i.Lower) : null, c.Interval is { } j ? StatisticText.Csv(j.Upper) : null,
                    StatisticText.Csv(c.ExactAgreement), StatisticText.Csv(c.AdjacentAgreement), StatisticText.Csv(c.WeightedKappa),
                    c.Reasons[0].Code, ReasonText.Csv(Reasons(c)),
                ])),
                OutputFormat.Json => Json(chosen, districtName, comparisons),
                _ => MarkdownReport.Render(Document(chosen, districtName, comparisons)),
            };
        }));
        return command;
    }

    /// <summary>district or school, as the outputs spell a comparison's scope.</summary>
    public static string Scope(SelfExternalComparison comparison, string district) => comparison.Scope == district ? "district" : "school";

    /// <summary>The comparison's reasons, and why the kappa is empty when it is.</summary>
    public static IEnumerable<MathPlc.Core.Reason> Reasons(SelfExternalComparison comparison) =>
        comparison.WeightedKappa.IsDefined ? comparison.Reasons : comparison.Reasons.Concat(comparison.WeightedKappa.Reasons);

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static ReportDocument Document(ObservationInstrument instrument, string district, IReadOnlyList<SelfExternalComparison> comparisons)
    {
        var sections = new List<ReportSection>();
        foreach (var scope in comparisons.GroupBy(c => c.Scope))
        {
            var all = scope.First(c => c.Dimension is null);
            sections.Add(new ReportSection(scope.Key == district ? $"District: {scope.Key}" : $"School: {scope.Key}",
            [
                new ReportParagraph(all.Reasons[0].Message),
                new ReportTable(["Dimension", "Pairs", "Mean self", "Mean external", "Self - external", "95 % interval", "Exact", "Adjacent", "Weighted kappa"],
                    scope.Select(c => (IEnumerable<string>)
                    [
                        c.Dimension is { } d ? ObservationsCsv.KebabName(d) : "every dimension", c.Pairs.ToString(CultureInfo.InvariantCulture),
                        Number(c.MeanSelf), Number(c.MeanExternal), Number(c.MeanDifference),
                        c.Interval is { } i ? $"{Number(i.Lower)} to {Number(i.Upper)}" : "none (one pair)",
                        Number(c.ExactAgreement), Number(c.AdjacentAgreement), c.WeightedKappa.Value is { } k ? Number(k) : "undefined",
                    ])),
                new ReportList(Reasons(all).Skip(1).Select(r => r.Message).DefaultIfEmpty("Nothing else to note.")),
            ]));
        }
        if (sections.Count == 0)
            sections.Add(new ReportSection("No comparison", [new ReportParagraph("No lesson has both a self-rating and an external rating.")]));
        return new ReportDocument("Self-ratings against external ratings", sections,
            $"{instrument.Name}, levels {instrument.LowestLevel}-{instrument.HighestLevel}; self - external above 0 means teachers rate themselves higher than observers do.");
    }

    private static string Json(ObservationInstrument instrument, string district, IReadOnlyList<SelfExternalComparison> comparisons) =>
        CliJson.Text(ObservationsOutput.Of(instrument, district, comparisons), json => json.ObservationsOutput);
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Assessments;

/// <summary>
/// <c>mathplc agreement --in ratings.csv [--level nominal|ordinal|interval|ratio] [--categories 1,2,3,4]
/// [--format csv|json] [--out FILE]</c>: rater calibration, one row per statistic (docs/cli.md).
/// </summary>
internal static class AgreementCommand
{
    /// <summary>The CSV columns, fixed by the command-line contract.</summary>
    public static IReadOnlyList<string> Header { get; } = ["statistic", "value"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The ratings (CSV): subject_id, rater_id, score. A missing rating is an absent row or an empty score.", "ratings.csv");
        var level = CommonOptions.Choice("--level",
            "The level of measurement for Krippendorff's alpha: nominal, ordinal, interval or ratio. Default: ordinal (rubric levels).",
            CommonOptions.KebabChoices<MeasurementLevel>());
        var categories = Categories();
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: statistic, value; json: every statistic with its status, the subjects used and dropped, and the reason when it has no value.";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("agreement",
            "Rater calibration: exact and adjacent agreement (all raters, and pairwise), Cohen's kappa (two raters), weighted kappa " +
            "(linear, quadratic), Fleiss' kappa, Krippendorff's alpha and the six intraclass correlations. A statistic that does not " +
            "apply or is undefined (no variance) is written empty, with a note on standard error; never NaN.",
            "mathplc agreement --in ratings.csv",
            "mathplc agreement --in ratings.csv --categories 1,2,3,4 --level ordinal",
            "mathplc agreement --in ratings.csv --format json --out agreement.json")
        {
            input, level, categories, format, output,
        };
        command.HelpSections.Add(("Definitions",
        [
            "exact_agreement, adjacent_agreement: share of subjects on which ALL raters agree exactly / within 1 point (R irr agree); only subjects every rater scored.",
            "pairwise_exact_agreement: mean share of rater pairs agreeing exactly (Fleiss' P-bar), over the pairs available.",
            "cohen_kappa, weighted_kappa_*: two raters only; subjects missing a rating are left out. Weights use the positions of --categories, or of the categories used when it is absent (as irr and scikit-learn).",
            "fleiss_kappa, icc_*: subjects every rater scored. krippendorff_alpha: every subject with two or more ratings.",
        ]));
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var scale = parseResult.GetValue(categories) ?? RatingScale.UsedCategories;
            var options = new AgreementOptions(parseResult.GetValue(level) ?? MeasurementLevel.Ordinal, scale);
            string path = parseResult.GetRequiredValue(input);
            var ratings = InputFile.Read(path, (stream, file) => RatingsCsv.Read(stream, file, scale).GetValueOrThrow());
            if (ratings.IsEmpty)
                throw new DataFileException([new DataDiagnostic("no-ratings", "The file has no ratings.", path)]);
            var summary = RaterAgreement.Summarize(ratings, options);
            var rows = Rows(summary);
            var stderr = parseResult.InvocationConfiguration.Error;
            foreach (var (name, value) in rows)
                if (value is not null && !value.IsDefined) stderr.WriteLine(StatisticText.Note(name, value));
            return format.Chosen(parseResult) == OutputFormat.Json ? Json(rows) : Csv(rows);
        }));
        return command;
    }

    /// <summary>The statistics in the contract's order; null for the two counts, which are always defined.</summary>
    public static IReadOnlyList<(string Name, StatisticValue? Value)> Rows(AgreementSummary s) =>
    [
        ("subjects", StatisticValue.Defined(s.Subjects, s.Subjects, 0)),
        ("raters", StatisticValue.Defined(s.Raters, s.Subjects, 0)),
        ("exact_agreement", s.ExactAgreement),
        ("adjacent_agreement", s.AdjacentAgreement),
        ("pairwise_exact_agreement", s.PairwiseExactAgreement),
        ("cohen_kappa", s.CohenKappa),
        ("weighted_kappa_linear", s.WeightedKappaLinear),
        ("weighted_kappa_quadratic", s.WeightedKappaQuadratic),
        ("fleiss_kappa", s.Fleiss.Kappa),
        ("krippendorff_alpha", s.KrippendorffAlpha),
        ("icc_1_1", s.Intraclass.Icc11),
        ("icc_2_1", s.Intraclass.Icc21),
        ("icc_3_1", s.Intraclass.Icc31),
        ("icc_1_k", s.Intraclass.Icc1K),
        ("icc_2_k", s.Intraclass.Icc2K),
        ("icc_3_k", s.Intraclass.Icc3K),
    ];

    private static string Csv(IReadOnlyList<(string Name, StatisticValue? Value)> rows) =>
        CsvText.Of(Header, rows.Select(r => (IReadOnlyList<string?>)[r.Name, StatisticText.Csv(r.Value!)]));

    private static string Json(IReadOnlyList<(string Name, StatisticValue? Value)> rows) =>
        CliJson.Text(AgreementOutput.Of(rows.Select(r => (r.Name, r.Value!))), json => json.AgreementOutput);

    private static Option<RatingScale?> Categories() => new("--categories")
    {
        Description = "The declared rubric scale, e.g. 1,2,3,4: weighted kappa weights by positions on it, and a score outside it is bad data (exit 3). Default: the categories used.",
        HelpName = "LIST",
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            var values = new List<double>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                {
                    result.AddError($"--categories {text}: \"{part}\" is not a number.");
                    return null;
                }
                values.Add(value);
            }
            if (values.Distinct().Count() != values.Count || values.Count < 2)
            {
                result.AddError($"--categories {text} needs at least two different numbers.");
                return null;
            }
            return RatingScale.Declared(values);
        },
    };
}

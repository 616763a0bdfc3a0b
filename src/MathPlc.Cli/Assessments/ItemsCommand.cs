using System.CommandLine;
using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Assessments;

/// <summary>
/// <c>mathplc items --in responses.csv [--missing listwise|pairwise] [--group-fraction F] [--proficient-percent P]
/// [--format json|csv] [--out FILE]</c>: common assessment item analysis (docs/cli.md).
/// </summary>
internal static class ItemsCommand
{
    /// <summary>The CSV columns (one row per item).</summary>
    public static IReadOnlyList<string> Header { get; } = ["item_id", "n", "difficulty", "discrimination_upper_lower", "point_biserial_corrected", "flags"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The responses (CSV): student_id, item_id, score (empty = no response), max_score; optional target_id.", "responses.csv");
        var missing = CommonOptions.Choice("--missing",
            "How a missing item score enters the reliability: pairwise (each covariance from the students who answered both items, as R psych) or listwise (only students who answered every item). Default: pairwise.",
            CommonOptions.KebabChoices<MissingDataPolicy>());
        var fraction = CommonOptions.Number("--group-fraction",
            "The share of students in each of the upper and lower groups, 0.01 to 0.5. Default 0.27 (Kelley). Ties at the cut: students are ranked by total score, " +
            "then by student_id (ordinal), so each group has exactly round(F × N) students and the result does not depend on the file's order.", "F");
        var proficient = CommonOptions.Number("--proficient-percent",
            "Per target, a student is proficient with at least P percent of the target's points (unanswered items count 0). Default 70.", "P");
        var format = new FormatOption(OutputFormat.Json, OutputFormat.Csv);
        format.Description += " json: items (itemId, n, difficulty, discriminationUpperLower, pointBiserialCorrected, flags), test (students, items, cronbachAlpha, kr20, sem) and targets; " +
                              "csv: one row per item.";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("items",
            "Item analysis of a common assessment: difficulty, upper-lower discrimination, corrected item-total (point-biserial) correlation with flags; " +
            "Cronbach's alpha, KR-20 (0/1 items) and the standard error of measurement; the share of students proficient per target.",
            "mathplc items --in responses.csv",
            "mathplc items --in responses.csv --missing listwise --group-fraction 0.5 --out items.json",
            "mathplc items --in responses.csv --format csv")
        {
            input, missing, fraction, proficient, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var options = Options(parseResult.GetValue(missing), parseResult.GetValue(fraction));
            double cut = parseResult.GetValue(proficient) ?? 70;
            if (cut is < 0 or > 100) throw new UsageException($"--proficient-percent {StatisticText.Csv(cut)} must be between 0 and 100.");
            string path = parseResult.GetRequiredValue(input);
            var rows = InputFile.Read(path, (stream, file) => ResponsesCsv.Read(stream, file).GetValueOrThrow());
            if (rows.IsEmpty) throw new DataFileException([new DataDiagnostic("no-responses", "The file has no responses.", path)]);
            var items = rows.Select(r => r.Score.Item).Distinct().ToList();
            var responses = ItemResponses.FromScores(rows.Select(r => r.Score),
                items.Select(i => new KeyValuePair<ItemId, double>(i, rows.First(r => r.Score.Item == i).MaxScore)));
            var result = ItemAnalysis.Analyze(responses, options);
            var targetOf = rows.Where(r => r.Target.HasValue).GroupBy(r => r.Score.Item).ToDictionary(g => g.Key, g => g.First().Target!.Value);
            var shares = TargetShares.Compute(responses, targetOf, cut);
            return format.Chosen(parseResult) == OutputFormat.Csv ? Csv(result) : Json(result, shares);
        }));
        return command;
    }

    private static ItemAnalysisOptions Options(MissingDataPolicy? missing, double? fraction)
    {
        if (fraction is { } f && (f < 0.01 || f > 0.5))
            throw new UsageException($"--group-fraction {StatisticText.Csv(f)} must be between 0.01 and 0.5.");
        return new ItemAnalysisOptions(missing ?? MissingDataPolicy.Pairwise, fraction ?? 0.27);
    }

    private static string Csv(ItemAnalysisResult result) =>
        CsvText.Of(Header, result.Items.Select(i => (IReadOnlyList<string?>)
        [
            i.Item.Value, i.Responses.ToString(System.Globalization.CultureInfo.InvariantCulture), StatisticText.Csv(i.Difficulty),
            StatisticText.Csv(i.DiscriminationUpperLower), StatisticText.Csv(i.PointBiserialCorrected), string.Join(";", i.Flags.Select(f => f.Code)),
        ]));

    private static string Json(ItemAnalysisResult result, ImmutableArray<TargetShare> shares) => CliJson.Text(ItemsOutput.Of(result, shares), json => json.ItemsOutput);
}

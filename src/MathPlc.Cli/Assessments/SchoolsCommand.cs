using System.CommandLine;
using MathPlc.Assessments;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Assessments;

/// <summary>
/// <c>mathplc schools --in schools.csv [--band-cut C] [--format csv|json] [--out FILE]</c>: actual against predicted
/// school results (issue 5; docs/cli.md "Further commands").
/// </summary>
internal static class SchoolsCommand
{
    /// <summary>The CSV columns, fixed by the issue.</summary>
    public static IReadOnlyList<string> Header { get; } = ["school_id", "predicted", "residual", "standardized_residual", "band"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The schools (CSV): school_id, predictor (e.g. last year's result), actual (this year's); optional district_id.", "schools.csv");
        var cut = CommonOptions.Number("--band-cut",
            "A school is above (below) prediction when its standardized residual is above C (below -C), otherwise near. Default 1.0.", "C");
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: school_id, predicted, residual, standardized_residual, band; json: also the line and each district's spread.";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("schools",
            "School results against prediction: the least-squares line of actual on predictor, residuals (actual - predicted) and standardized " +
            "residuals (R's rstandard), and a band: above, near or below. An undefined standardized residual (every predictor equal, two schools) leaves the band empty.",
            "mathplc schools --in schools.csv",
            "mathplc schools --in schools.csv --band-cut 1.5 --format json --out schools.json")
        {
            input, cut, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            double bandCut = parseResult.GetValue(cut) ?? 1.0;
            if (bandCut <= 0) throw new UsageException($"--band-cut {StatisticText.Csv(bandCut)} must be more than 0.");
            string path = parseResult.GetRequiredValue(input);
            var schools = InputFile.Read(path, (stream, file) => SchoolsCsv.Read(stream, file).GetValueOrThrow());
            if (schools.Length < 2)
                throw new DataFileException([new DataDiagnostic("too-few-schools", $"A prediction line needs at least two schools; the file has {schools.Length}.", path)]);
            SchoolResultsReport report;
            try
            {
                report = SchoolResults.Analyze(schools, bandCut);
            }
            catch (ArgumentException e) // the library's reason for data no line can be fitted to (issue 14: exit 3 with the file, never 1)
            {
                throw new DataFileException([new DataDiagnostic("no-prediction-line", ErrorReport.Plain(e) + ".", path)], e);
            }
            return format.Chosen(parseResult) == OutputFormat.Json ? Json(report) : Csv(report);
        }));
        return command;
    }

    /// <summary>The band as written: above, near, below, or empty when undetermined.</summary>
    public static string? BandText(PredictionBand band) => band == PredictionBand.Undetermined ? null : band.ToString().ToLowerInvariant();

    private static string Csv(SchoolResultsReport report) =>
        CsvText.Of(Header, report.Schools.Select(s => (IReadOnlyList<string?>)
        [
            s.School.Value, StatisticText.Csv(s.Predicted), StatisticText.Csv(s.Residual), StatisticText.Csv(s.StandardizedResidual), BandText(s.Band),
        ]));

    private static string Json(SchoolResultsReport report) => CliJson.Text(SchoolsOutput.Of(report), json => json.SchoolsOutput);
}

using System.CommandLine;
using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Grading;

namespace MathPlc.Cli.Grading;

/// <summary>
/// <c>mathplc proficiency --in evidence.csv (--method NAME [parameters] | --preset NAME) [--scale-min A --scale-max B]
/// [--round D [--rounding MODE]] [--min-evidence N] [--format csv|json] [--out FILE]</c>: one proficiency per student
/// and learning target. Parses the line, maps it to the Grading API (<see cref="ProficiencySettings"/>), reads the
/// evidence through Interop, scores with <see cref="Proficiency.ScoreAll"/>, writes (<see cref="ProficiencyTable"/>).
/// </summary>
internal static class ProficiencyCommand
{
    /// <summary>One line per method for <c>--help</c>, in the order of <see cref="CalculationMethods.Names"/>.</summary>
    private static readonly Dictionary<string, string> MethodSummaries = new(StringComparer.Ordinal)
    {
        ["mean"] = "the mean of all scores",
        ["median"] = "the middle score (the mean of the two middle scores for an even count)",
        ["mode"] = "the most frequent score; ties by --mode-ties",
        ["highest"] = "the highest score",
        ["latest"] = "the most recent score",
        ["decaying-average"] = "recursive: each newer score weighs --decay W, the running average the rest (Canvas \"Decaying Average\")",
        ["weighted-latest"] = "W × latest + (1 − W) × mean of the earlier scores (Canvas \"Weighted Average\")",
        ["n-mastery"] = "Canvas \"n Number of Times\": no score until --n scores reach --mastery-points; then their mean",
        ["power-law"] = "Marzano's power law, fitted to ln(i), ln(score) and read at the last assessment",
        ["linear-trend"] = "least-squares line through the scores, read at the last assessment",
        ["recent-mean"] = "the mean of the --recent N latest scores",
        ["recent-median"] = "the median of the --recent N latest scores",
        ["top-mean"] = "the mean of the --top K highest scores",
        ["best-fit"] = "whichever of power law, linear trend and mean fits the scores best (--fit-error)",
    };

    /// <summary>Builds the command with its options, help sections, examples and action.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The evidence (CSV): student_id, target_id, assessed_on (yyyy-MM-dd), score; optional sequence, kind (summative, formative, behaviour), weight. " +
            "Evidence is read in order of assessed_on, then sequence, then file order; only summative evidence counts.", "evidence.csv");
        var method = CommonOptions.Name("--method", $"The calculation method: {string.Join(", ", CalculationMethods.Names)} (see Methods below).",
            "NAME", CalculationMethods.Names);
        var preset = CommonOptions.Name("--preset", $"A named system setting, method and rounding fixed: {string.Join(", ", GradingPresets.All.Select(p => p.Name))} (see Presets below). Not with --method.",
            "NAME", [.. GradingPresets.All.Select(p => p.Name)]);
        var decay = CommonOptions.Number("--decay", "decaying-average, weighted-latest: the weight of the newer score, above 0 and at most 1. Default 0.65 (Canvas, PowerSchool Learning, MasteryConnect).", "W");
        var n = CommonOptions.PositiveWholeNumber("--n", "n-mastery: how many scores must reach mastery. Default 5 (Canvas).");
        var masteryPoints = CommonOptions.Number("--mastery-points", "n-mastery: the score that counts as mastery. Default 3.", "P");
        var recent = CommonOptions.PositiveWholeNumber("--recent", "recent-mean, recent-median: how many of the latest scores to use (required for them; fewer scores use all there are).");
        var top = CommonOptions.PositiveWholeNumber("--top", "top-mean: how many of the highest scores to average. Default 3 (Educate's \"Average of 3 Highest\").", "K");
        var modeTies = CommonOptions.Choice("--mode-ties",
            "mode: which value wins a tie. highest (Moodle, MasteryConnect), most-recent (Educate), none = no score, for the teacher's judgement (Rediker). Default: highest.",
            CommonOptions.KebabChoices<ModeTieRule>());
        var clamp = new Option<bool>("--clamp") { Description = "power-law, linear-trend, best-fit: keep the estimate on the scale (the default)." };
        var noClamp = new Option<bool>("--no-clamp") { Description = "power-law, linear-trend, best-fit: report the estimate even beyond the scale (its level is then the nearest end's)." };
        var zeroPolicy = CommonOptions.Choice("--zero-policy", ZeroPolicyHelp(), CommonOptions.KebabChoices<PowerLawZeroPolicy>());
        var fitError = CommonOptions.Choice("--fit-error",
            $"best-fit: how the fit of each candidate is measured. Default: {KebabCase.Of(new BestFit().Measure.ToString())} (Empower's \"least total difference\").",
            CommonOptions.KebabChoices<FitErrorMeasure>());
        var scaleMin = CommonOptions.Number("--scale-min", "The lowest score of the scale. Default 0.", "MIN");
        var scaleMax = CommonOptions.Number("--scale-max",
            $"The highest score of the scale. Default 4. The range picks the scale, which gives each score its level and which every score must lie on (a score off it is bad data): " +
            $"{ProficiencySettings.KnownScaleList()}. The default is Marzano's 0–4 proficiency scale, the usual scale of standards-based grading (3 = the target is met).", "MAX");
        var round = CommonOptions.WholeNumber("--round", "Round reported scores to D decimals (0 to 10); the unrounded score stays in the JSON. Default: no rounding (full precision).", 0, "D");
        var rounding = CommonOptions.Choice("--rounding",
            "How --round breaks ties: away-from-zero (the default), to-even (banker's), ruby (Ruby's Float#round, as Canvas rounds).",
            CommonOptions.KebabChoices<RoundingMode>());
        var minEvidence = CommonOptions.PositiveWholeNumber("--min-evidence", "The fewest pieces of counting evidence that get a score; fewer is insufficient_evidence. Default 1.");
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: student_id, target_id, method, score, level, status, evidence_used, evidence_excluded; " +
                              "json: every result with the evidence used and its weight, the evidence excluded and why, and how the score was reached.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("proficiency",
            "Proficiency per student and learning target from an evidence file, by a calculation method or a named preset. " +
            "Too little evidence is insufficient_evidence, never zero.",
            "mathplc proficiency --in evidence.csv --method decaying-average --decay 0.65",
            "mathplc proficiency --in evidence.csv --preset canvas-decaying-average --out proficiency.csv",
            "mathplc proficiency --in evidence.csv --method mode --mode-ties most-recent --format json --out proficiency.json",
            "mathplc proficiency --in evidence.csv --method power-law --no-clamp --round 2",
            "mathplc proficiency --in evidence.csv --method recent-mean --recent 3 --scale-min 1 --scale-max 4 --min-evidence 2")
        {
            input, method, preset, decay, n, masteryPoints, recent, top, modeTies, clamp, noClamp, zeroPolicy, fitError,
            scaleMin, scaleMax, round, rounding, minEvidence, format, output,
        };
        command.HelpSections.Add(("Methods", [.. CalculationMethods.Names.Select(name => $"{name,-17} {MethodSummaries.GetValueOrDefault(name, "")}".TrimEnd())]));
        int width = GradingPresets.All.Max(p => p.Name.Length) + 1;
        command.HelpSections.Add(("Presets", [.. GradingPresets.All.Select(p => $"{p.Name.PadRight(width)} {p.Description} Source: {p.Source}")]));

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var settings = new ProficiencySettings
            {
                Method = parseResult.GetValue(method),
                Preset = parseResult.GetValue(preset),
                Decay = parseResult.GetValue(decay),
                N = parseResult.GetValue(n),
                MasteryPoints = parseResult.GetValue(masteryPoints),
                Recent = parseResult.GetValue(recent),
                Top = parseResult.GetValue(top),
                ModeTies = parseResult.GetValue(modeTies),
                Clamp = parseResult.GetValue(clamp),
                NoClamp = parseResult.GetValue(noClamp),
                ZeroPolicy = parseResult.GetValue(zeroPolicy),
                FitError = parseResult.GetValue(fitError),
                ScaleMin = parseResult.GetValue(scaleMin),
                ScaleMax = parseResult.GetValue(scaleMax),
                Round = parseResult.GetValue(round),
                Rounding = parseResult.GetValue(rounding),
                MinEvidence = parseResult.GetValue(minEvidence),
            };
            var scale = settings.Scale();
            var options = settings.Options(scale);  // usage errors come before any problem with the file
            // Issue 18: large files take the columnar fast path when its whitelist allows (same output, byte for byte).
            if (StreamingProficiency.Supports(options, format.Chosen(parseResult), parseResult.GetRequiredValue(input))
                && StreamingProficiency.TryRun(parseResult.GetRequiredValue(input), options, parseResult.InvocationConfiguration.Error) is { } fast) return fast;
            var evidence = EvidenceFile.Read(parseResult.GetRequiredValue(input), scale);
            return ProficiencyTable.Write(Proficiency.ScoreAll(evidence, options), format.Chosen(parseResult));
        }));
        return command;
    }

    private static string ZeroPolicyHelp() =>
        "power-law, best-fit: what a score of 0 does, since ln 0 is undefined and no vendor documents it. " +
        string.Create(CultureInfo.InvariantCulture, $"floor-at: every score below {PowerLaw.ScoreFloor} counts as {PowerLaw.ScoreFloor} and keeps its place in time, so a zero still pulls the estimate down; ") +
        "exclude: zeros are left out of the fit (a recent zero is hidden); reject: no score, for the teacher to decide. " +
        $"Default: {KebabCase.Of(new PowerLaw().ZeroPolicy.ToString())}.";
}

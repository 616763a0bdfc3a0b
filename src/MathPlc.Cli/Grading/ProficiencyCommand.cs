using System.CommandLine;
using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Grading;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Cli.Grading;

/// <summary>
/// <c>mathplc proficiency --in evidence.csv (--method NAME [parameters] | --preset NAME) [--scale-min A --scale-max B]
/// [--round D [--rounding MODE]] [--min-evidence N] [--format csv|json] [--out FILE]</c>: one proficiency per student
/// and learning target. Parses the line, maps it to the Grading API (<see cref="ProficiencySettings"/>), reads the
/// evidence through Interop, scores with <see cref="Proficiency.ScoreAll"/>, writes (<see cref="ProficiencyTable"/>).
/// </summary>
internal static class ProficiencyCommand
{
    /// <summary>Builds the command with its options, help sections, examples and action.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The evidence (CSV): student_id, target_id, assessed_on (yyyy-MM-dd), score; optional sequence, kind (summative, formative, behaviour), " +
            "weight (0 or more; used by mean and recent-mean, empty = 1; any other method refuses a weighted row as bad data), " +
            "source (the assessment a score comes from; attempts with the same source are one assessment taken again, for --reassessment). " +
            "Evidence is read in order of assessed_on, then sequence, then file order; only summative evidence counts unless --include-formative.", "evidence.csv");
        var method = CommonOptions.Name("--method", $"The calculation method: {string.Join(", ", CalculationMethods.Names)} (see Methods below).",
            "NAME", CalculationMethods.Names);
        var preset = CommonOptions.Name("--preset", $"A named system: {string.Join(", ", GradingPresets.All.Select(p => p.Name))} (see Presets below). " +
            "It keeps its vendor's arithmetic, rounding and default scale, and takes the settings the vendor lets users change (Canvas: --decay, --n, --mastery-points), in the vendor's range. Not with --method.",
            "NAME", [.. GradingPresets.All.Select(p => p.Name)]);
        var decay = CommonOptions.Number("--decay", $"{For("--decay")}: the weight of the newer score, above 0 and at most 1. Default {DefaultOf("decaying-average", "--decay")} (Canvas, PowerSchool Learning, MasteryConnect). " +
            "With a Canvas preset a whole percent as Canvas stores it: 0.50–0.99 for canvas-decaying-average, 0.01–0.99 for canvas-weighted-average.", "W");
        var n = CommonOptions.PositiveWholeNumber("--n", $"{For("--n")}, canvas-n-mastery: how many scores must reach mastery. Default {DefaultOf("n-mastery", "--n")} (Canvas; Canvas allows 1 to 10).");
        var masteryPoints = CommonOptions.Number("--mastery-points", $"{For("--mastery-points")}, canvas-n-mastery: the score that counts as mastery. Default: the scale's mastery (3 on Canvas's default scale and on Marzano's).", "P");
        var recent = CommonOptions.PositiveWholeNumber("--recent", $"{For("--recent")}: how many of the latest scores to use (required for them; fewer scores use all there are).");
        var top = CommonOptions.PositiveWholeNumber("--top", $"{For("--top")}: how many of the highest scores to average. Default {DefaultOf("top-mean", "--top")} (Educate's \"Average of 3 Highest\").", "K");
        var modeTies = CommonOptions.Choice("--mode-ties",
            $"{For("--mode-ties")}: which value wins a tie. highest (Moodle, MasteryConnect), most-recent (Educate), none = no score and status teacher_judgement, the teacher decides (Rediker). Default: {DefaultOf("mode", "--mode-ties")}.",
            CommonOptions.KebabChoices<ModeTieRule>());
        var clamp = new Option<bool>("--clamp") { Description = $"{For("--clamp")}: keep the estimate on the scale (the default)." };
        var noClamp = new Option<bool>("--no-clamp") { Description = $"{For("--clamp")}: report the estimate even beyond the scale (its level is then the nearest end's)." };
        var zeroPolicy = CommonOptions.Choice("--zero-policy", ZeroPolicyHelp(), CommonOptions.KebabChoices<PowerLawZeroPolicy>());
        var fitError = CommonOptions.Choice("--fit-error",
            $"{For("--fit-error")}: how the fit of each candidate is measured. Default: {DefaultOf("best-fit", "--fit-error")} (Empower's \"least total difference\").",
            CommonOptions.KebabChoices<FitErrorMeasure>());
        var scaleOptions = new ScaleOptions($"the preset's vendor scale (Canvas: {LinearScale.CanvasDefault.Name}, mastery at 3), else Marzano's 0–4 proficiency scale (3 = the target is met).");
        var round = CommonOptions.WholeNumber("--round", "Round reported scores to D decimals (0 to 10); the unrounded score stays in the JSON. Default: no rounding (full precision).", 0, "D");
        var rounding = CommonOptions.Choice("--rounding",
            "How --round breaks ties: away-from-zero (the default), to-even (banker's), ruby (Ruby's Float#round, as Canvas rounds).",
            CommonOptions.KebabChoices<RoundingMode>());
        var minEvidence = CommonOptions.PositiveWholeNumber("--min-evidence", "The fewest pieces of counting evidence that get a score; fewer is insufficient_evidence. Default 1.");
        var policyFile = CommonOptions.Name("--policy", "A grading policy file (JSON, the library's policy contract: includeFormative, minimumEvidence, recency, reassessment, scoreFloor, overrides; docs/schemas/policy.schema.json). " +
            "The policy options below replace the file's setting of the same thing; --overrides adds to its overrides.", "policy.json", []);
        var includeFormative = new Option<bool>("--include-formative") { Description = "Count formative evidence too (by default only summative evidence counts, O'Connor's fix 13); behaviour never counts." };
        var reassessment = CommonOptions.Name("--reassessment",
            $"How attempts at the same assessment (same source) count: {string.Join(", ", ReassessmentRule.Names)}. keep-all (default): every attempt is evidence; " +
            "replace-earlier: the newest attempt replaces the earlier ones; keep-highest: only the highest of any number of attempts counts (ties: the newest); " +
            "higher-of-first-and-blend: the higher of the first attempt and (1 − A) × first + A × newest, with --blend A.", "RULE", ReassessmentRule.Names);
        var blend = CommonOptions.Number("--blend", "higher-of-first-and-blend: the newest attempt's share A of the blend, 0 to 1 (PrairieLearn's example: 0.8).", "A");
        var recentDays = CommonOptions.PositiveWholeNumber("--recent-days", "Only evidence from the N calendar days ending on --as-of counts (a policy window, for any method).");
        var asOf = CommonOptions.Date("--as-of", "The last day of the --recent-days window; evidence dated later does not count yet. Default: the latest assessed_on in the evidence file (the command reads no clock).");
        var recentPieces = CommonOptions.PositiveWholeNumber("--recent-pieces", "Only the N most recent pieces of evidence count (after reassessments are combined; a policy window, for any method).");
        var floor = CommonOptions.Number("--floor", "On a 0–100 scale, every score below F counts as F (Reeves: no zeros; 50 is common); each raised score is reported. On other scales it does not apply, and the JSON says so.", "F");
        var overrides = CommonOptions.Name("--overrides", "Teacher overrides (CSV): student_id, target_id, score, teacher_id, decided_on (yyyy-MM-dd), why. Each sets the reported score of a student on a target, " +
            "with who, when and why kept in the JSON; one that names a student or target not in the evidence, or a score off the scale, is bad data with its line.", "overrides.csv", []);
        var memoryLimit = MemoryLimit.Option();
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: student_id, target_id, method, score, level, status, evidence_used, evidence_excluded; " +
                              "json: every result with the evidence used and its weight, the evidence excluded and why, and how the score was reached.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("proficiency",
            "Proficiency per student and learning target from an evidence file, by a calculation method or a named preset. " +
            "Too little evidence is insufficient_evidence, never zero.",
            "mathplc proficiency --in evidence.csv --method decaying-average --decay 0.65",
            "mathplc proficiency --in evidence.csv --preset canvas-decaying-average --decay 0.8 --out proficiency.csv",
            "mathplc proficiency --in evidence.csv --preset canvas-n-mastery --n 3 --mastery-points 3 --scale-max 6",
            "mathplc proficiency --in evidence.csv --method mean --scale-min 0 --scale-max 5 --mastery 3 --step 0.5 --reassessment keep-highest",
            "mathplc proficiency --in evidence.csv --preset canvas-decaying-average --policy policy.json --overrides overrides.csv --format json",
            "mathplc proficiency --in evidence.csv --method mode --mode-ties most-recent --format json --out proficiency.json",
            "mathplc proficiency --in evidence.csv --method power-law --no-clamp --round 2",
            "mathplc proficiency --in evidence.csv --method recent-mean --recent 3 --scale-min 1 --scale-max 4 --min-evidence 2")
        {
            input, method, preset, decay, n, masteryPoints, recent, top, modeTies, clamp, noClamp, zeroPolicy, fitError,
            round, rounding, minEvidence, policyFile, includeFormative, reassessment, blend,
            recentDays, asOf, recentPieces, floor, overrides, memoryLimit, format, output,
        };
        int at = command.Options.IndexOf(round);
        foreach (var option in scaleOptions.All.Reverse()) command.Options.Insert(at, option); // after the method parameters, as before
        command.HelpSections.Add(("Methods", [.. CalculationMethods.All.Select(m => $"{m.Name,-17} {m.Summary}")]));
        int width = GradingPresets.All.Max(p => p.Name.Length) + 1;
        command.HelpSections.Add(("Presets", [.. GradingPresets.All.Select(p =>
            $"{p.Name.PadRight(width)} {p.Description}{(p.SettingsHelp is { } settings ? $" Settings: {settings}." : " No settings.")}{(p.DefaultScale is { } scale ? $" Default scale: {scale.Name}, mastery {scale.ProficientCut.ToString(CultureInfo.InvariantCulture)}." : "")} Source: {p.Source}")]));
        command.HelpSections.Add(("Statuses", [
            "scored                 a score and its level",
            "insufficient_evidence  too little evidence that counts (never a zero)",
            "teacher_judgement      the evidence is there but the rule leaves the call to the teacher (a mode tie with --mode-ties none)",
        ]));

        command.SetAction(parseResult => CommandRunner.Guarded(parseResult, () =>
        {
            string? outPath = parseResult.GetValue(output);
            bool parquet = ParquetResults.IsParquet(outPath);
            if (parquet && parseResult.GetResult(format) is { Implicit: false } && format.Chosen(parseResult) != OutputFormat.Csv)
                throw new UsageException("--out with .parquet writes the results table as Parquet; --format json does not apply.");
            var chosen = parquet ? OutputFormat.Csv : format.Chosen(parseResult);
            using var fast = chosen == OutputFormat.Csv ? Fast(parseResult) : null;
            if (parquet)
            {
                var rows = fast is not null ? fast.Rows() : ProficiencyTable.Rows(Results(parseResult));
                MathPlc.Interop.OutputFile.Write(outPath!, stream => ParquetResults.Write(stream, rows));
            }
            else if (fast is not null) AtomicOutput.Write(stream => fast.Write(stream, CsvText.Formulas), outPath, parseResult.InvocationConfiguration.Output);
            else AtomicOutput.Write(ProficiencyTable.Write(Results(parseResult), chosen), outPath, parseResult.InvocationConfiguration.Output);
        }));

        // The settings as given on the command line.
        ProficiencySettings Settings(ParseResult parseResult) => scaleOptions.Read(parseResult) with
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
            Round = parseResult.GetValue(round),
            Rounding = parseResult.GetValue(rounding),
            MinEvidence = parseResult.GetValue(minEvidence),
            PolicyFile = parseResult.GetValue(policyFile),
            IncludeFormative = parseResult.GetValue(includeFormative),
            Reassessment = parseResult.GetValue(reassessment),
            Blend = parseResult.GetValue(blend),
            RecentDays = parseResult.GetValue(recentDays),
            AsOf = parseResult.GetValue(asOf),
            RecentPieces = parseResult.GetValue(recentPieces),
            Floor = parseResult.GetValue(floor),
            OverridesFile = parseResult.GetValue(overrides),
        };

        ImmutableArray<ProficiencyResult> Results(ParseResult parseResult) => Run(Settings(parseResult), parseResult.GetRequiredValue(input));

        // Issue 18's columnar fast path for plain scoring (same output, byte for byte), or null for the object path. The
        // fast path's whitelist: no policy, override or declared step (those need the object path's checks), a mode tie
        // rule that never leaves the tie to the teacher, and no weight or source column (checked while reading).
        StreamingProficiency.Scored? Fast(ParseResult parseResult)
        {
            var settings = Settings(parseResult);
            var path = parseResult.GetRequiredValue(input);
            if (settings.PolicyGiven || settings.StepDeclared || settings.ModeTies == ModeTieRule.None) return null;
            var options = settings.Options(settings.Scale(null), null);
            return StreamingProficiency.Supports(options, OutputFormat.Csv, path)
                ? StreamingProficiency.TryRun(path, options, parseResult.GetValue(memoryLimit) ?? MathPlc.Interop.Csv.ColumnarEvidenceCsv.DefaultMemoryLimit,
                    parseResult.InvocationConfiguration.Error)
                : null;
        }
        return command;
    }

    /// <summary>
    /// Scores the evidence file at <paramref name="evidencePath"/> under <paramref name="settings"/>: usage errors first
    /// (scale, method or preset, policy options), then the files (scale, policy, evidence, overrides), then the library.
    /// </summary>
    /// <exception cref="UsageException">The options do not fit together.</exception>
    /// <exception cref="MathPlc.Core.Diagnostics.DataFileException">A file is missing or holds bad data.</exception>
    public static ImmutableArray<ProficiencyResult> Run(ProficiencySettings settings, string evidencePath)
    {
        var scale = ScaleOptions.Declared(settings);
        var calculation = settings.Options(scale, null);
        settings.Policy(null, [], null);   // the policy options' usage errors, before any problem with a file
        var fromFile = settings.PolicyFile is { } policyPath ? InputFile.Read(policyPath, GradingFilesJson.ReadPolicy) : null;
        var evidence = EvidenceFile.Read(evidencePath, settings.EvidenceChecks(calculation));
        var judgements = settings.OverridesFile is { } overridesPath ? EvidenceFile.ReadOverrides(overridesPath, evidence, scale) : [];
        LocalDate? latest = evidence.IsEmpty ? null : evidence.Max(e => e.AssessedOn);
        var options = calculation with { Policy = settings.Policy(fromFile, judgements, latest) };
        return Proficiency.ScoreAll(evidence, options);
    }

    private static string ZeroPolicyHelp() =>
        $"{For("--zero-policy")}: what a score of 0 does, since ln 0 is undefined and no vendor documents it. " +
        string.Create(CultureInfo.InvariantCulture, $"floor-at: every score below {PowerLaw.ScoreFloor} counts as {PowerLaw.ScoreFloor} and keeps its place in time, so a zero still pulls the estimate down; ") +
        "exclude: zeros are left out of the fit (a recent zero is hidden); reject: no score, for the teacher to decide. " +
        $"Default: {DefaultOf("power-law", "--zero-policy")}.";

    // The methods that take an option, as its help begins (from the method table, decision 0092).
    private static string For(string option) => string.Join(", ", ProficiencySettings.MethodsTaking(option));

    // A parameter's default as the command line writes it: 0.65, 5, highest, floor-at.
    private static string DefaultOf(string method, string option) =>
        CalculationMethods.Find(method).Parameters.Single(p => p.Option == option).Default switch
        {
            Enum choice => KebabCase.Of(choice.ToString()),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => $"{other}",
        };
}

using System.CommandLine;
using System.Runtime;
using MathPlc.Interventions.Json;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>
/// <c>mathplc tiers --in proficiency.csv [--screening screening.csv] [--rules rules.json] [--groups groups.csv]
/// [--max-group-size N] [--min-group-size N] [--adults N] [--format csv|json] [--out FILE]</c>: each student's tier,
/// unmet targets, extension flag and reasons, and optionally the intervention groups. Reads through Interop, decides
/// with <see cref="Tiering"/> and <see cref="Grouping"/>, writes with <see cref="TiersTable"/>.
/// </summary>
internal static class TiersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "Proficiency per student and target (CSV), as mathplc proficiency writes it: student_id, target_id, score, status (scored or insufficient_evidence); method, level, evidence_used, evidence_excluded are read when present.",
            "proficiency.csv");
        var screening = new Option<string?>("--screening") { Description = "Universal screening (CSV): student_id, percentile (0–100).", HelpName = "screening.csv" };
        var rules = new Option<string?>("--rules") { Description = "Tier rules (JSON): proficientCut, essentialTargets, targetCuts, farBelowCut, tier3WhenUnmetAtLeast, screening {coreFrom, watchFrom, targetedFrom}, tier3FromIntensiveScreening, tier2FromTargetedScreening. Default: cut 3, Tier 3 from 3 unmet targets, screening 40/25/10.", HelpName = "rules.json" };
        var groups = new Option<string?>("--groups") { Description = "Also write the intervention and extension groups (CSV): group_id, kind, target_id, student_id, reason; students who could not be placed have no group_id and the reason.", HelpName = "groups.csv" };
        var maxSize = CommonOptions.PositiveWholeNumber("--max-group-size", "The most students in a Tier 2 or extension group. Default 5.");
        var minSize = CommonOptions.PositiveWholeNumber("--min-group-size", "The fewest students in a Tier 2 or extension group. Default 3 (or the maximum, if that is smaller).");
        var adults = CommonOptions.PositiveWholeNumber("--adults", "How many adults can lead a group in the intervention block (the most groups in all). Default: no limit.");
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: student_id, tier (core, tier2, tier3), targets_unmet (ids joined by ;, prerequisites first), extension (true/false), reasons; json: the same with screening band and reasons as objects (code, message, data), and the groups.";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("tiers",
            "Tier decisions (critical questions 3 and 4) from proficiency results and screening: core, tier2 or tier3, the unmet targets, extension for students proficient on every essential target, and why. " +
            "Tier 3 rules come first (several unmet targets, a score below a lower cut, the intensive screening band), then Tier 2 (any unmet target, the targeted band), then core.",
            "mathplc tiers --in proficiency.csv",
            "mathplc tiers --in proficiency.csv --screening screening.csv --rules rules.json --groups groups.csv --max-group-size 4",
            "mathplc tiers --in proficiency.csv --format json --out tiers.json")
        {
            input, screening, rules, groups, maxSize, minSize, adults, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Guarded(parseResult, () =>
        {
            // Issue 18 (decision 0255): a district run allocates its columns, ids and decisions once and keeps them to the
            // end, so collecting in the background on the other core only spends processor time; collected in the batch.
            var latency = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            try
            {
                Run(parseResult, input, screening, rules, groups, maxSize, minSize, adults, format, output);
            }
            finally
            {
                GCSettings.LatencyMode = latency;
            }
        }));
        return command;
    }

    /// <summary>Reads, decides, groups and writes: the command's work, with the options given.</summary>
    private static void Run(ParseResult parseResult, Option<string> input, Option<string?> screening, Option<string?> rules, Option<string?> groups,
        Option<int?> maxSize, Option<int?> minSize, Option<int?> adults, FormatOption format, Option<string?> output)
    {
        var stopwatch = StepStopwatch.On(parseResult.InvocationConfiguration.Error, "tiers");
        var grouping = GroupingRulesOf(parseResult.GetValue(maxSize), parseResult.GetValue(minSize), parseResult.GetValue(adults));
        var tierRules = parseResult.GetValue(rules) is { } rulesPath ? InputFile.Read(rulesPath, TierRulesJson.Read) : TierRules.Default;
        string inputPath = parseResult.GetRequiredValue(input);
        // Issue 18: a plain file is read into columns; any other (or any bad row) by the row reader, whose diagnostics name the line.
        var (columns, rows) = InputFile.Read(inputPath, (stream, file) =>
        {
            if (stream.CanSeek && ColumnarProficiencyCsv.TryRead(stream) is { } table) return ((TierScoreTable?)table, default(ImmutableArray<ProficiencyCsvRow>));
            return (null, InputFile.Rewound(stream, s => ProficiencyCsv.Read(s, file).GetValueOrThrow()));
        });
        stopwatch?.Lap(columns is not null ? "proficiency read into columns" : "proficiency read by rows");
        // A plain screening file into columns that share the proficiency file's student ids (decision 0235); any other by rows.
        IReadOnlyList<ScreeningScore> screened = parseResult.GetValue(screening) is { } screeningPath
            ? InputFile.Read(screeningPath, (stream, file) => (stream.CanSeek ? ColumnarScreeningCsv.TryReadTable(stream, columns is not null ? columns.Students : default) : null)
                ?? (IReadOnlyList<ScreeningScore>)InputFile.Rewound(stream, s => ScreeningCsv.Read(s, file).GetValueOrThrow()))
            : [];
        stopwatch?.Lap("screening read");
        var unknown = tierRules.UnknownTargets(columns is not null ? columns.Targets.ToArray() : rows.Select(r => r.TargetId));
        if (!unknown.IsEmpty)
            throw new DataFileException([.. unknown.Select(t => new DataDiagnostic("unknown-target",
                $"The rules name the target {t}, which no row of {inputPath} is on; check the spelling or the essential targets.",
                parseResult.GetValue(rules)!, Field: "$.essentialTargets", Value: t.Value))]);
        var decisions = columns is not null
            ? Tiering.DecideAll(columns, tierRules, screening: screened)
            : TierDecisions.Of(Tiering.Decide(rows.Select(r => r.ToTargetScore()), tierRules, screening: screened));
        stopwatch?.Lap("decided");
        var chosen = format.Chosen(parseResult);
        string? groupsPath = parseResult.GetValue(groups);
        var formed = groupsPath is not null || chosen != OutputFormat.Csv ? Grouping.FormAll(decisions, grouping) : null;   // CSV carries no groups
        stopwatch?.Lap("grouped");
        if (groupsPath is not null) TiersTable.WriteGroupsStreamed(groupsPath, formed!);
        if (chosen == OutputFormat.Csv)
            AtomicOutput.Write(stream => TiersTable.WriteCsv(stream, decisions, CsvText.Formulas), parseResult.GetValue(output), parseResult.InvocationConfiguration.Output);
        else AtomicOutput.Write(TiersTable.Write(decisions.ToDecisions(), formed!, chosen), parseResult.GetValue(output), parseResult.InvocationConfiguration.Output);
        stopwatch?.Lap("written");
    }

    private static GroupingRules GroupingRulesOf(int? max, int? min, int? adults)
    {
        int maximum = max ?? GroupSize.Tier2Default.Maximum;
        int minimum = min ?? Math.Min(GroupSize.Tier2Default.Minimum, maximum);
        if (minimum > maximum) // contradictory options: a usage error (exit 2), issue 14
            throw new UsageException($"--min-group-size {minimum} and --max-group-size {maximum} contradict each other: a group size range {minimum}–{maximum} cannot be met.");
        var size = new GroupSize(minimum, maximum);
        return new GroupingRules(tier2: size, extension: size, adults: adults);
    }
}

using System.CommandLine;
using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Cli.ReportCards;

/// <summary>
/// <c>mathplc report-card --in proficiency.csv (--rule conjunctive|mean|lowest | --rules rules.json) [--targets targets.csv]
/// [--course NAME] [--format csv|json] [--out FILE]</c>: one report-card mark per student from the student's
/// learning-target results, by a rule given as data, with the reasons for every mark. Reads through Interop, marks with
/// <see cref="MathPlc.Grading.ReportCards.Mark"/>, writes with <see cref="ReportCardTable"/>.
/// </summary>
internal static class ReportCardCommand
{
    /// <summary>The rules by their command-line names, as the library builds them by default.</summary>
    /// <remarks>
    /// <c>mean</c> rounds the mean to two decimals (half away from zero) before reading Marzano's letter bands (A 3.00–4.00,
    /// B 2.50–2.99, …, <i>Formative Assessment &amp; Standards-Based Grading</i>, 2010, p. 105): bands written to two decimals
    /// leave no room between 2.99 and 3.00, so a mean of 2.995 is an A, not a B. <c>lowest</c> reads the same bands from
    /// the lowest target (MasteryConnect's roll-up to the lowest sub-standard). <c>conjunctive</c> has no default: its letter
    /// rules are the team's, given with <c>--rules</c>. Source: reference/grading.md §7, §10.
    /// </remarks>
    public static readonly string[] RuleNames = ["conjunctive", "mean", "lowest"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "Proficiency per student and target (CSV), as mathplc proficiency writes it: student_id, target_id, score, status (scored, insufficient_evidence, teacher_judgement); level is read when present.",
            "proficiency.csv");
        var rule = CommonOptions.Name("--rule",
            "conjunctive (letter rules over the profile of target scores, given with --rules), mean (the mean of the targets, rounded to 2 decimals, then Marzano's letter bands A 3.00–4.00, B 2.50–2.99, C 2.00–2.49, D 1.00–1.99, F below 1.00), " +
            "lowest (the lowest target, with the same bands). Default: the kind of --rules.", "RULE", RuleNames);
        var rules = CommonOptions.Name("--rules",
            "The rule as data (JSON, the library's report-card rule contract): {\"kind\":\"meanOfTargets\",\"letters\":{…},\"rounding\":{\"digits\":2,\"mode\":\"awayFromZero\"}}, " +
            "{\"kind\":\"lowestTarget\",\"letters\":{…}} or {\"kind\":\"conjunctiveRules\",\"ruleSet\":{…}} (JSON Schema: docs/schemas/report-card-rule.schema.json). Rounding, when given, is applied before the letter bands.", "rules.json", []);
        var targets = CommonOptions.Name("--targets", "The course's targets (CSV, column target_id, optional period: the grading period each is marked in, e.g. Q1 — then one mark per student and period, and a last CSV column period). A student without a score on one of them gets Incomplete. Default: the targets found in --in.", "targets.csv", []);
        var calendar = CommonOptions.Name("--calendar",
            "The school calendar (JSON, as mathplc calendar reads) whose grading periods give each mark its period and dates: every period named in --targets must be one of them; without a period column the mark covers the school year. " +
            "Without --calendar the JSON's period has its name only (no start or end), since the files give no dates.", "calendar.json", []);
        var course = CommonOptions.Name("--course", "The course the marks are for, as the student information system names it (shown in the JSON). Default: course.", "NAME", []);
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: student_id, mark, rule, reasons (mark: the letter, else the score, else Incomplete; reasons joined by \" | \"); json: every mark with its status, score, letter and reasons (code, message, data).";
        var output = CommonOptions.Out();
        var scaleOptions = new Grading.ScaleOptions("Marzano's 0–4 proficiency scale, the scale of the default letter bands.");
        var command = new ExampleCommand("report-card",
            "Report-card marks from proficiency results: one mark per student by a rule given as data, with the reasons for each mark. A target without a score makes the mark Incomplete, never a zero.",
            "mathplc report-card --in proficiency.csv --rule mean",
            "mathplc report-card --in proficiency.csv --rule conjunctive --rules rules.json --targets targets.csv",
            "mathplc report-card --in proficiency.csv --rules mean-rules.json --format json --out marks.json",
            "mathplc report-card --in canvas-proficiency.csv --scale-min 0 --scale-max 5 --mastery 3 --rules canvas-letters.json")
        {
            input, rule, rules, targets, calendar, course,
        };
        foreach (var option in scaleOptions.All) command.Options.Add(option);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            string? ruleName = parseResult.GetValue(rule) is { } named ? CommonOptions.KnownName("--rule", named, RuleNames, "a report-card rule") : null;
            string? rulesPath = parseResult.GetValue(rules);
            if (ruleName is null && rulesPath is null) throw new UsageException("Give --rule conjunctive|mean|lowest or --rules rules.json.");
            if (ruleName == "conjunctive" && rulesPath is null) throw new UsageException("--rule conjunctive needs --rules rules.json: the letter rules are the team's.");
            var scale = Grading.ScaleOptions.Declared(scaleOptions.Read(parseResult));
            var fromFile = rulesPath is null ? null : InputFile.Read(rulesPath, GradingFilesJson.ReadReportCardRule);
            var markRule = RuleOf(ruleName, fromFile, rulesPath);
            CheckBands(markRule, scale, rulesPath);
            string inputPath = parseResult.GetRequiredValue(input);
            var rows = InputFile.Read(inputPath, (stream, file) => ProficiencyCsv.Read(stream, file, scale).GetValueOrThrow());
            var courseTargets = parseResult.GetValue(targets) is { } targetsPath
                ? InputFile.Read(targetsPath, (stream, file) => ReportCardTargetsCsv.Read(stream, file).GetValueOrThrow())
                : [.. rows.Select(r => r.TargetId).Distinct().Select(t => new ReportCardTarget(t, null))];
            var schoolCalendar = parseResult.GetValue(calendar) is { } calendarPath ? Calendar.CalendarFile.Read(calendarPath) : null;
            var periods = Periods(courseTargets, schoolCalendar, parseResult.GetValue(targets), parseResult.GetValue(calendar));
            ImmutableArray<ReportCardMark> marks;
            try
            {
                marks = [.. courseTargets.GroupBy(t => t.Period)
                    .SelectMany(period => Mark(rows, [.. period.Select(t => t.Target)], markRule, parseResult.GetValue(course) ?? "course", periods[period.Key ?? ""]))
                    .OrderBy(m => m.StudentId.Value, StringComparer.Ordinal)];   // stable: each student's periods in the file's order
            }
            catch (ArgumentOutOfRangeException e)
            {
                // A score the rule's letter table does not cover (a 4.5 against Marzano's 0–4 bands): the rule does not fit the data.
                throw new DataFileException([new DataDiagnostic("outside-letter-table",
                    $"{e.Message.Split('\n')[0].Trim()} Give --rules with letter bands for the scale these scores are on.", rulesPath ?? inputPath, Field: "score")], e);
            }
            return ReportCardTable.Write(marks, format.Chosen(parseResult), periods: courseTargets.Any(t => t.Period is not null), periodDates: schoolCalendar is not null);
        }));
        return command;
    }

    /// <summary>The rule: the file's, checked against <c>--rule</c> when both are given, or the named default.</summary>
    /// <exception cref="UsageException"><c>--rule</c> names another kind than the file.</exception>
    public static ReportCardRule RuleOf(string? ruleName, ReportCardRule? fromFile, string? rulesPath)
    {
        var byName = new Dictionary<string, string> { ["conjunctive"] = "conjunctive", ["mean"] = "mean-of-targets", ["lowest"] = "lowest-target" };
        if (fromFile is not null)
            return ruleName is null || byName[ruleName] == fromFile.Name ? fromFile
                : throw new UsageException($"--rule {ruleName} and --rules {rulesPath} disagree: the file holds a {fromFile.Name} rule.");
        return ruleName == "mean"
            ? new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2))
            : new LowestTarget(LetterGradeTable.Marzano2010);
    }

    /// <summary>
    /// Checks that the rule's letter bands run exactly over the declared scale, so that every score on the scale gets a
    /// letter and no band lies off it (Marzano's 0–4 bands read against a 0–5 Canvas outcome would give a 3.2 an A).
    /// </summary>
    /// <exception cref="UsageException">The default rule's bands (no <c>--rules</c>) do not fit the scale the options declare.</exception>
    /// <exception cref="DataFileException">The bands of the rule in <paramref name="rulesPath"/> do not fit the scale (<c>bands-off-scale</c>).</exception>
    public static void CheckBands(ReportCardRule rule, ProficiencyScale scale, string? rulesPath)
    {
        var letters = rule switch
        {
            MeanOfTargets mean => mean.Letters,
            LowestTarget lowest => lowest.Letters,
            _ => null,
        };
        if (letters is null || (letters.Minimum == scale.Minimum && letters.Maximum == scale.Maximum)) return;
        string bands = string.Create(CultureInfo.InvariantCulture, $"the {rule.Name} rule's letter bands ({letters.Name}) run from {letters.Minimum:R} to {letters.Maximum:R}, " +
            $"but the scale {scale.Name} runs from {scale.Minimum:R} to {scale.Maximum:R}");
        if (rulesPath is null)
            throw new UsageException($"{bands}: give --rules with letter bands from {scale.Minimum.ToString("R", CultureInfo.InvariantCulture)} to {scale.Maximum.ToString("R", CultureInfo.InvariantCulture)} for this scale.");
        throw new DataFileException([new DataDiagnostic("bands-off-scale",
            $"{bands}; the bands must run from the scale's lowest to its highest score, so that every score gets a letter and none lies off the scale.",
            rulesPath, LineOf(rulesPath, "\"letters\""), Field: "$.letters", Value: letters.Name)]);
    }

    /// <summary>The 1-based line of the first line of <paramref name="path"/> holding <paramref name="text"/>, or null.</summary>
    private static int? LineOf(string path, string text) =>
        File.ReadLines(path).Select((line, i) => (line, i)).FirstOrDefault(x => x.line.Contains(text, StringComparison.Ordinal)) is ({ } _, var at) ? at + 1 : null;

    /// <summary>
    /// The grading period of each period name in <paramref name="courseTargets"/> (the key <c>""</c> for targets
    /// without one): the calendar's period of that name, or the school year when no name is given; without a calendar, a
    /// period with the name only, whose dates the output leaves out.
    /// </summary>
    /// <exception cref="DataFileException">A period named in the targets file is not one of the calendar's.</exception>
    public static Dictionary<string, GradingPeriod> Periods(IReadOnlyList<ReportCardTarget> courseTargets, SchoolCalendar? calendar, string? targetsPath, string? calendarPath)
    {
        var periods = new Dictionary<string, GradingPeriod>(StringComparer.Ordinal);
        foreach (var name in courseTargets.Select(t => t.Period ?? "").Distinct())
        {
            if (calendar is null)
                periods[name] = new GradingPeriod(name == "" ? "period" : name, UnknownDate, UnknownDate);
            else if (name == "")
                periods[name] = new GradingPeriod("school year", calendar.FirstDay, calendar.LastDay);
            else
                periods[name] = calendar.GradingPeriods.FirstOrDefault(p => p.Name == name)
                    ?? throw new DataFileException([new DataDiagnostic("unknown-period",
                        $"The period \"{name}\" is not a grading period of {calendarPath} ({(calendar.GradingPeriods.IsEmpty ? "it has none" : string.Join(", ", calendar.GradingPeriods.Select(p => p.Name)))}).",
                        targetsPath ?? calendarPath!, Field: "period", Value: name)]);
        }
        return periods;
    }

    /// <summary>The dates of a period the files do not date; <see cref="ReportCardTable"/> leaves them out of the JSON.</summary>
    internal static readonly LocalDate UnknownDate = new(1, 1, 1);

    /// <summary>
    /// One mark per student (ordinal order) over <paramref name="courseTargets"/>, in <paramref name="period"/>; a
    /// target with no row counts as without a score.
    /// </summary>
    public static ImmutableArray<ReportCardMark> Mark(IEnumerable<ProficiencyCsvRow> rows, IReadOnlyList<TargetId> courseTargets, ReportCardRule rule, string course,
        GradingPeriod period)
    {
        var wanted = courseTargets.ToHashSet();
        return [.. rows.GroupBy(r => r.StudentId).OrderBy(g => g.Key.Value, StringComparer.Ordinal).Select(student =>
        {
            var results = student.Where(r => wanted.Contains(r.TargetId)).Select(ResultOf).ToList();
            foreach (var missing in courseTargets.Where(t => results.All(r => r.TargetId != t)))
                results.Add(ProficiencyResult.Insufficient(student.Key, missing, "none", [], [],
                    [new Reason("no-result", $"The proficiency file has no row for {student.Key} on {missing}.")], "No result on this target."));
            return MathPlc.Grading.ReportCards.Mark(student.Key, course, period, results, rule);
        })];
    }

    private static ProficiencyResult ResultOf(ProficiencyCsvRow row) => row.Score is { } score
        ? ProficiencyResult.Scored(row.StudentId, row.TargetId, row.Method ?? "file", score, score, new ProficiencyLevel(row.Level ?? "scored", score), [], [], [], "From the proficiency file.")
        : row.Status == ProficiencyStatus.TeacherJudgement
            ? ProficiencyResult.ForTeacherJudgement(row.StudentId, row.TargetId, row.Method ?? "file", [], [],
                [new Reason("teacher-judgement", "The proficiency file leaves this target to the teacher's judgement (teacher_judgement).")], "No score in the proficiency file.")
            : ProficiencyResult.Insufficient(row.StudentId, row.TargetId, row.Method ?? "file", [], [],
                [new Reason("insufficient-evidence", "The proficiency file has too little evidence on this target (insufficient_evidence).")], "No score in the proficiency file.");
}

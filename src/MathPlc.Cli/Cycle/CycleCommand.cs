using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.EdFi;
using MathPlc.Interop.Json;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Interop.OneRoster;
using MathPlc.Interop.UnitCycle;
using MathPlc.Reports.Cycle;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// <c>mathplc cycle [--seed N | --unit unit.json (--evidence scores.csv [--roster roster.csv] | --oneroster DIR) | --oneroster DIR]
/// [--screening screening.csv] [--nonresponse nonresponse.csv] [--format md|html|json] [--out DIR]</c>: the main job. Answers the four critical questions for one team's unit — on the
/// built-in sample team without input options — and prints the report, or writes every form of it to a folder.
/// </summary>
/// <remarks>
/// Reading is Interop's (<see cref="CycleUnitJson"/>, <see cref="ItemScoreCsv"/>, <see cref="RosterCsv"/>,
/// <see cref="OneRosterFolder"/>, put together by <see cref="CycleInputs"/>), the cycle is <see cref="UnitCycle.Run"/>,
/// the forms are <see cref="UnitCycleReports"/> and <see cref="UnitCycleTables"/>, and the folder is written by
/// <see cref="CycleOutputFolder"/>, all or nothing. Decision record <c>docs/decisions/0073-mathplc-cycle.md</c>.
/// </remarks>
internal static class CycleCommand
{
    /// <summary>The response model's defaults, as <c>--help</c> states them (decision 0075 gives the sources).</summary>
    internal const string ResponseDefaults =
        "Defaults without the unit file's response object: the adults are the roster's teachers; blocks Monday-Thursday, 30 minutes " +
        "(Tier 2 dosage 4-5 times a week, IES math RtI practice guide); wholeClassAtLeast 0.25 (a class with 25% or more of its scored students " +
        "not yet proficient on a target is retaught it whole - MTSS's 80% core-instruction criterion); reassessAfterDays 10 (reassess within about " +
        "two weeks, Kanold's Tier 2 after a unit assessment); Tier 2 groups of at most 5 (Hawaii DOE), Tier 3 of at most 3, reviewed after 30 " +
        "instructional days; referral when not yet proficient on every target of a unit of 3 or more. Tier 3 comes only from --screening or --nonresponse.";

    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var unit = new Option<string?>("--unit")
        {
            Description = "The unit file (JSON; schema docs/schemas/unit.schema.json): team, unit plan with its essential targets, the common assessment's " +
                          "blueprint and date, the school calendar, the start of the next cycle, and optionally scoring, grading, tierRules, minimumGroupSize and " +
                          "response {adults, blocks, wholeClassAtLeast, reassessAfterDays} (see docs/how-to/district-developer.md).",
            HelpName = "unit.json",
        };
        var evidence = new Option<string?>("--evidence")
        {
            Description = "The common assessment's item scores (CSV): student_id, item_id, score (points earned; empty = not answered). Needs --unit.",
            HelpName = "scores.csv",
        };
        var roster = new Option<string?>("--roster")
        {
            Description = "The team's roster (CSV): student_id, section_id, teacher_id, an optional team_id, and any further columns as group attributes (ell, iep, …). " +
                          "Without it every student in --evidence is in one section. With several team ids (a district) the cycle runs once per team on its own " +
                          "students and --out writes a district summary with teams/TEAM.md and teams/TEAM.html per team.",
            HelpName = "roster.csv",
        };
        var oneRoster = new Option<string?>("--oneroster")
        {
            Description = "A OneRoster 1.0–1.2 CSV folder with the roster and the results (line items titled with the item ids). " +
                          "The unit file is --unit, or unit.json in the folder.",
            HelpName = "DIR",
        };
        var edFi = new Option<string?>("--edfi")
        {
            Description = "An Ed-Fi ODS/API (Data Standard v5) folder: students.json, sections.json, studentSectionAssociations.json, staffSectionAssociations.json " +
                          "(the teacher of record), assessments.json, assessmentItems.json (identificationCode = the unit's item ids), studentAssessments.json; " +
                          "optional learningStandards.json, objectiveAssessments.json (scores per learning standard when there are no items), " +
                          "studentEducationOrganizationAssociations.json (sex, English learner), studentSpecialEducationProgramAssociations.json (iep). " +
                          "The unit file is --unit, or unit.json in the folder.",
            HelpName = "DIR",
        };
        var assessment = new Option<string?>("--assessment")
        {
            Description = "With --edfi: the assessmentIdentifier of the common assessment, when the folder has several.",
            HelpName = "ID",
        };
        var screening = new Option<string?>("--screening")
        {
            Description = "Universal screening (CSV): student_id, percentile (0-100). A percentile in the intensive band (below 10, Star Math's default " +
                          "categories; the unit file's tierRules.screening may change the cuts) places the student in Tier 3 - one of the only two routes there.",
            HelpName = "screening.csv",
        };
        var nonResponse = new Option<string?>("--nonresponse")
        {
            Description = "Documented non-response to Tier 2 (CSV): student_id, decided_on (yyyy-MM-dd), reason. Each student listed is in Tier 3 - " +
                          "the other route there; one common assessment never places a student in Tier 3.",
            HelpName = "nonresponse.csv",
        };
        var seed = CommonOptions.WholeNumber("--seed", $"The sample team's seed (without input options). Default {SampleTeam.DefaultSeed}; the same seed gives the same report on every machine.", 0);
        var format = CommonOptions.Choice("--format", "What to print on standard output: md (Markdown, the default), html (one self-contained page), json.", CommonOptions.KebabChoices<CycleFormat>());
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Write every form to the folder DIR instead: {string.Join(", ", CycleOutputFolder.FileNames)} (created if missing; all or nothing); " +
                          "for a roster of several teams report.md and report.html are the district summary, beside teams/TEAM.md and teams/TEAM.html.",
            HelpName = "DIR",
        };

        var toEdFi = new Option<string?>("--to-edfi")
        {
            Description = "Also write the cycle to an Ed-Fi ODS/API (Data Standard v5) folder DIR (created if missing; all or nothing): what a district stores - " +
                          "grades.json (one Grade per student section association, grade type Progress Report, a learningStandardGrades entry per target; " +
                          "no evidence is no numericGradeEarned, never 0), cohorts.json and studentCohortAssociations.json (one Academic Intervention cohort " +
                          "per group; Ed-Fi v5 has no tier) - and what the cycle read (students, sections, associations, learning standards, the assessment " +
                          "and scores, unit.json), so cycle --edfi DIR gives the same results. The grading period is the calendar's period on the " +
                          "assessment date (First-Fourth Nine Weeks for four periods, ...), else End of Year.",
            HelpName = "DIR",
        };
        var command = new ExampleCommand("cycle",
            "The main job: answer the four critical questions for one team's unit (what must they learn, how will we know, how will we respond, how will we extend), " +
            "with the team's data, the high-leverage team actions and prompts for the team's discussion. Without input options it runs on a built-in sample team. " +
            "The report opens with the meeting agenda; plan.csv gives every student's response per target. " + ResponseDefaults,
            "mathplc cycle",
            "mathplc cycle --out report",
            "mathplc cycle --unit unit.json --evidence scores.csv --roster roster.csv --out report",
            "mathplc cycle --unit unit.json --evidence district-scores.csv --roster district-roster-with-team_id.csv --out district",
            "mathplc cycle --oneroster export/ --unit unit.json --format html > report.html",
            "mathplc cycle --edfi ods-export/ --unit unit.json --assessment u2-cfa --out report",
            "mathplc cycle --unit unit.json --evidence scores.csv --roster roster.csv --to-edfi ods-import/ --out report",
            "mathplc cycle --unit unit.json --evidence scores.csv --roster roster.csv --screening screening.csv --nonresponse nonresponse.csv --out report",
            "mathplc cycle --seed 7 --format json")
        {
            unit, evidence, roster, oneRoster, edFi, assessment, screening, nonResponse, seed, format, output, toEdFi, CsvText.RawOption(),
        };

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var progress = new CycleProgress(stderr);
            var stopwatch = StepStopwatch.On(stderr, "cycle");
            string? outFolder = parseResult.GetValue(output);
            return CommandRunner.Guarded(parseResult, () =>
            {
                if (Produce() is { } text)
                {
                    stdout.Write(text);
                    stdout.Flush();
                }
            });

            // The report's text for standard output, or null when it wrote a folder itself.
            string? Produce()
            {
                var request = new CycleRequest(parseResult.GetValue(unit), parseResult.GetValue(evidence), parseResult.GetValue(roster),
                    parseResult.GetValue(oneRoster), parseResult.GetValue(seed), EdFi: parseResult.GetValue(edFi), Assessment: parseResult.GetValue(assessment),
                    Screening: parseResult.GetValue(screening), NonResponse: parseResult.GetValue(nonResponse));
                if (request.Problem() is { } problem) throw new UsageException(problem);
                if (outFolder is not null && string.IsNullOrWhiteSpace(outFolder)) throw new UsageException("--out needs a folder name.");
                if (outFolder is not null && File.Exists(outFolder)) throw new UsageException($"--out {outFolder} is a file; give a folder.");
                string? edFiOut = parseResult.GetValue(toEdFi);
                if (edFiOut is not null && EdFiOutProblem(edFiOut, outFolder, request.EdFi) is { } edFiProblem) throw new UsageException(edFiProblem);

                progress.Step("Reading the input");
                var (input, source, teams) = request.DistrictInput();
                stopwatch?.Lap("read");
                if (teams is not null && teams.Values.Distinct(StringComparer.Ordinal).Skip(1).Any())
                    return District(input, teams, source, edFiOut);
                progress.Step("Running the unit cycle");
                var report = request.Run(input);
                stopwatch?.Lap("cycle");
                progress.Step("Writing the report");
                if (edFiOut is not null)
                {
                    EdFiFolder.WriteCycle(edFiOut, input, report);
                    stderr.WriteLine($"Wrote the cycle as an Ed-Fi folder to {edFiOut} (grades, cohorts and student cohort associations, and what the cycle read).");
                }
                if (outFolder is not null)
                {
                    CycleOutputFolder.Write(outFolder, report, input.Roster, stopwatch);
                    stderr.WriteLine($"Wrote {string.Join(", ", CycleOutputFolder.FileNames)} to {outFolder} ({source}).");
                    return null;
                }
                return (parseResult.GetValue(format) ?? CycleFormat.Md) switch
                {
                    CycleFormat.Html => UnitCycleReports.Html(report),
                    CycleFormat.Json => Utf8Text(stream => UnitCycleReportJson.Write(stream, report)),
                    _ => UnitCycleReports.Markdown(report),
                };

                // A roster of several teams (decision 0106): one cycle per team, the district's summary and each team's page.
                string? District(UnitCycleInput input, IReadOnlyDictionary<Core.StudentId, string> teams, string source, string? edFiOut)
                {
                    if (edFiOut is not null)
                        throw new UsageException("--to-edfi writes one team's cycle; the roster names several teams (a team_id column, or classes or sections in several schools). Write each team's roster on its own.");
                    progress.Step($"Running the unit cycle for {teams.Values.Distinct(StringComparer.Ordinal).Count():N0} teams");
                    var district = request.Run(input, teams);
                    stopwatch?.Lap("cycle");
                    progress.Step("Writing the report");
                    if (outFolder is not null)
                    {
                        CycleOutputFolder.WriteDistrict(outFolder, district, input.Roster, stopwatch);
                        stderr.WriteLine($"Wrote {string.Join(", ", CycleOutputFolder.FileNames)} and {CycleOutputFolder.TeamsFolder}/TEAM.md and .html for " +
                                         $"{district.Teams.Length:N0} teams to {outFolder} ({source}).");
                        return null;
                    }
                    switch (parseResult.GetValue(format) ?? CycleFormat.Md)
                    {
                        case CycleFormat.Html: return UnitCycleReports.DistrictHtml(district);
                        case CycleFormat.Json: return Utf8Text(stream => DistrictCycleJson.Write(stream, district));
                        default: return UnitCycleReports.DistrictMarkdown(district);
                    }
                }
            }
        });
        return command;
    }

    // Why --to-edfi DIR cannot be written, or null: a blank name, a file, or the folder of --out or --edfi.
    // A report written by a stream writer (report.json's), as the text printed on standard output.
    private static string Utf8Text(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string? EdFiOutProblem(string folder, string? outFolder, string? edFiIn)
    {
        if (string.IsNullOrWhiteSpace(folder)) return "--to-edfi needs a folder name.";
        if (File.Exists(folder)) return $"--to-edfi {folder} is a file; give a folder.";
        if (outFolder is not null && SamePath.Key(outFolder) == SamePath.Key(folder)) return $"--to-edfi {folder} is also the --out folder; give each its own folder.";
        if (edFiIn is not null && SamePath.Key(edFiIn) == SamePath.Key(folder))
            return $"--to-edfi {folder} is also the --edfi folder; write to another folder (the district's files would be replaced).";
        return null;
    }
}

using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Interop;
using MathPlc.Interop.Case;

namespace MathPlc.Cli.Standards;

/// <summary>
/// <c>mathplc standards --case FILE [--grade G] [--strict] [--progressions] [--format csv|json] [--out FILE]</c>: the items
/// of a CASE 1.0 package (or, with <c>--progressions</c>, its <c>precedes</c> pairs), read through Interop's
/// <see cref="CaseJson"/>.
/// </summary>
internal static class StandardsCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var caseFile = CommonOptions.InputFile("--case", "-c", "The CASE 1.0 package (CFPackage JSON), e.g. exported from OpenSALT or the CASE Network.", "package.json");
        var grade = new Option<string?>("--grade", "-g")
        {
            Description = "Only items for this grade (KG, 1…12; 6 and 06 are the same grade). With --progressions: pairs with an end in this grade.",
            HelpName = "G",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Refuse any departure from CASE 1.0 (exit code 3, each listed with its JSON path). Default: tolerant, " +
                          "accepting educationalLevel, string links, numeric-string sequence numbers and missing time zones.",
        };
        var progressions = new Option<bool>("--progressions") { Description = "List the precedes pairs (from_code, to_code) instead of the items." };
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv columns: identifier, code, type, grades, parent_code, statement (with --progressions: from_code, to_code).";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("standards",
            "List the items of a CASE 1.0 standards package, filtered by grade, or its learning progressions (precedes pairs).",
            "mathplc standards --case ccss-math.json",
            "mathplc standards --case ccss-math.json --grade 6 --format json --out grade6.json",
            "mathplc standards --case ccss-math.json --progressions",
            "mathplc standards --case ccss-math.json --strict")
        {
            caseFile, grade, strict, progressions, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            string? wanted = parseResult.GetValue(grade);
            if (wanted is not null && string.IsNullOrWhiteSpace(wanted)) throw new UsageException("--grade needs a grade, e.g. 6 or KG.");
            var mode = parseResult.GetValue(strict) ? CaseReadMode.Strict : CaseReadMode.Tolerant;
            var result = InputFile.Read(parseResult.GetRequiredValue(caseFile), (stream, path) => CaseJson.Read(stream, path, mode));
            if (mode == CaseReadMode.Strict && !result.IsClean) throw new DataFileException(result.Diagnostics);
            var framework = result.Package.Framework;
            var chosen = format.Chosen(parseResult);
            return parseResult.GetValue(progressions)
                ? StandardsTables.Progressions(framework, wanted, chosen)
                : StandardsTables.Items(framework, wanted, chosen);
        }));
        return command;
    }
}

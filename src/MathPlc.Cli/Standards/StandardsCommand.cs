using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Interop;
using MathPlc.Standards.Case;

namespace MathPlc.Cli.Standards;

/// <summary>
/// <c>mathplc standards --case FILE [--grade G] [--strict] [--progressions] [--format csv|json] [--out FILE]</c>: the items
/// of a CASE 1.0 package (or, with <c>--progressions</c>, its <c>precedes</c> pairs), read through Interop's
/// <see cref="CaseJson"/>; or <c>--to-case FILE</c>: the package written as strict CASE 1.0, each normalisation a note
/// on standard error.
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
        var toCase = new Option<string?>("--to-case")
        {
            Description = "Write the package to FILE as strict CASE 1.0, which --strict reads back with nothing to report: every item and " +
                          "association kept, items in outline order by sequenceNumber, and what the tolerant reader accepted normalised " +
                          "(a date-time without a time zone read as UTC, null values left out, identifiers that are not CASE 1.0 UUIDs " +
                          "given name-based UUIDs, missing uri and lastChangeDateTime filled in, unknown association types written as " +
                          "isRelatedTo), each change a note on standard error. Not combined with --grade, --progressions, --format or --out. " +
                          CommonOptions.OutRules,
            HelpName = "FILE",
        };
        toCase.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } path) return;
            if (AtomicOutput.ProblemWith(path) is { } problem) result.AddError(problem.Replace("--out", "--to-case", StringComparison.Ordinal));
            else if (result.Parent is System.CommandLine.Parsing.CommandResult command
                     && command.GetValue(caseFile) is { } input && input != "-" && SamePath.Key(input) == SamePath.Key(path))
                result.AddError($"--to-case {path} is also given to --case; write the package to another file (the input would be lost).");
        });

        var command = new ExampleCommand("standards",
            "List the items of a CASE 1.0 standards package, filtered by grade, or its learning progressions (precedes pairs).",
            "mathplc standards --case ccss-math.json",
            "mathplc standards --case ccss-math.json --grade 6 --format json --out grade6.json",
            "mathplc standards --case ccss-math.json --progressions",
            "mathplc standards --case ccss-math.json --strict",
            "mathplc standards --case opensalt-export.json --to-case ccss-strict.json")
        {
            caseFile, grade, strict, progressions, format, output, toCase,
        };

        command.SetAction(parseResult => parseResult.GetValue(toCase) is { } target
            ? CommandRunner.Guarded(parseResult, () =>
            {
                foreach (var (option, given) in new (Option Option, bool Given)[]
                         {
                             (grade, parseResult.GetValue(grade) is not null), (progressions, parseResult.GetValue(progressions)),
                             (format, parseResult.GetResult(format) is { Implicit: false }), (output, parseResult.GetValue(output) is not null),
                         })
                    if (given) throw new UsageException($"{option.Name} is not used with --to-case, which writes the whole package to its file.");
                WriteStrict(parseResult, parseResult.GetRequiredValue(caseFile), parseResult.GetValue(strict), target);
            })
            : CommandRunner.Run(parseResult, output, () =>
        {
            string? wanted = parseResult.GetValue(grade);
            if (wanted is not null && string.IsNullOrWhiteSpace(wanted)) throw new UsageException("--grade needs a grade, e.g. 6 or KG.");
            var mode = parseResult.GetValue(strict) ? CaseReadMode.Strict : CaseReadMode.Tolerant;
            // Strict: every departure from CASE 1.0 is a problem, so GetValueOrThrow refuses the file; tolerant: notes only.
            var framework = InputFile.Read(parseResult.GetRequiredValue(caseFile), (stream, path) => CaseJson.Read(stream, path, mode)).GetValueOrThrow().Framework;
            var chosen = format.Chosen(parseResult);
            return parseResult.GetValue(progressions)
                ? StandardsTables.Progressions(framework, wanted, chosen)
                : StandardsTables.Items(framework, wanted, chosen);
        }));
        return command;
    }

    // Reads the package (tolerant unless --strict), normalises it to strict CASE 1.0 and writes it in one step; the
    // reader's and the normaliser's notes go to standard error, then one line saying what was written.
    private static void WriteStrict(ParseResult parseResult, string input, bool strict, string target)
    {
        var mode = strict ? CaseReadMode.Strict : CaseReadMode.Tolerant;
        var (read, name) = InputFile.Read(input, (stream, path) => (CaseJson.Read(stream, path, mode), path));
        var strictPackage = CaseJson.ToStrict(read.GetValueOrThrow(), name);
        OutputFile.Write(target, stream => CaseJson.Write(stream, strictPackage.Package));
        var stderr = parseResult.InvocationConfiguration.Error;
        foreach (var note in read.Notes.Concat(strictPackage.Notes)) stderr.WriteLine($"note: {note}");
        var framework = strictPackage.Package.Framework;
        stderr.WriteLine(FormattableString.Invariant(
            $"Wrote {framework.Items.Length} items and {framework.Associations.Length} associations to {target} as strict CASE 1.0 ({read.Notes.Length + strictPackage.Notes.Length} changes noted)."));
    }
}

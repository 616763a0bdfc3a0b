using MathPlc.Interop;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MathPlc.Cli.Text;
using NodaTime;

namespace MathPlc.Cli.Shell;

/// <summary>
/// The options every command spells the same way (<c>--out</c>, input files; <c>--format</c> is <see cref="FormatOption"/>) and the value kinds they
/// share (ISO dates, positive whole numbers). A malformed value is a parse error, hence a usage error (exit 2)
/// with a message that says what was expected.
/// </summary>
internal static class CommonOptions
{
    /// <summary>What <c>--help</c> says about the output path rules (docs/cli.md, output paths).</summary>
    public const string OutRules =
        "A regular file, replaced in one step (nothing is written on failure). A symbolic link is followed to the regular file it points to; " +
        "a folder, device, pipe or socket is refused, as is a missing folder, a path under a file, or a file that is also an input.";

    /// <summary>
    /// <c>--out FILE</c>: where to write the output; standard output when absent. A path MathPlc will not write
    /// (<see cref="OutputTarget"/>) or one that another option of the command also names (an input, <c>--groups</c>) is a
    /// usage error.
    /// </summary>
    public static Option<string?> Out()
    {
        var option = new Option<string?>("--out", "-o")
        {
            Description = $"Write the output to FILE. {OutRules} Default: standard output.",
            HelpName = "FILE",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } path) return;
            if (AtomicOutput.ProblemWith(path) is { } problem) result.AddError(problem);
            else if (SameFileAs(result, path) is { } other) result.AddError($"--out {path} is also given to {other}; write the output to another file (the input would be lost).");
        });
        return option;
    }

    /// <summary>The other option of the command that names the same file as <paramref name="path"/> (links followed), or null.</summary>
    private static string? SameFileAs(OptionResult outResult, string path)
    {
        if (outResult.Parent is not CommandResult command || path == "-") return null;
        string target = SamePath.Key(path);
        foreach (var sibling in command.Children.OfType<OptionResult>())
        {
            if (ReferenceEquals(sibling, outResult) || sibling.Implicit) continue;
            foreach (var token in sibling.Tokens)
                if (token.Value != "-" && !string.IsNullOrWhiteSpace(token.Value) && SamePath.Key(token.Value) == target)
                    return sibling.Option.Name;
        }
        return null;
    }


    /// <summary>A required input file option such as <c>--calendar calendar.json</c>; a blank value is a usage error.</summary>
    public static Option<string> InputFile(string name, string alias, string description, string helpName)
    {
        var option = new Option<string>(name, alias) { Description = description, HelpName = helpName, Required = true };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                result.AddError($"{name} needs a file name.");
        });
        return option;
    }

    /// <summary>An optional ISO date option (<c>yyyy-MM-dd</c>); null when absent.</summary>
    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (IsoDate.TryParse(text, out var date)) return date;
            result.AddError($"{name} {text} is not a date in the form yyyy-MM-dd.");
            return null;
        },
    };

    /// <summary>An optional whole number of 1 or more; null when absent.</summary>
    public static Option<int?> PositiveWholeNumber(string name, string description, string helpName = "N") =>
        WholeNumber(name, description, minimum: 1, helpName);

    /// <summary>An optional whole number of <paramref name="minimum"/> or more; null when absent.</summary>
    public static Option<int?> WholeNumber(string name, string description, int minimum, string helpName = "N") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= minimum) return value;
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} {text} is not a whole number of {minimum} or more."));
            return null;
        },
    };

    /// <summary>
    /// An optional finite number written with a point for decimals (<c>0.65</c>, never <c>0,65</c>), whatever the
    /// machine's culture; null when absent. Whether the number is in range is for the library to say.
    /// </summary>
    public static Option<double?> Number(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)) return value;
            result.AddError($"{name} {text} is not a number; write it with a point for decimals, e.g. 0.65.");
            return null;
        },
    };

    /// <summary>
    /// An optional choice among named values (<c>--mode-ties highest|most-recent|none</c>), matched ignoring case;
    /// anything else is a usage error that lists the names. Null when absent.
    /// </summary>
    public static Option<T?> Choice<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct
    {
        string[] names = [.. choices.Select(choice => choice.Name)];
        var option = new Option<T?>(name)
        {
            Description = description,
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                string text = result.Tokens.Single().Value;
                foreach (var (choiceName, value) in choices)
                    if (string.Equals(choiceName, text, StringComparison.OrdinalIgnoreCase)) return value;
                result.AddError($"{name} {text} is not one of {string.Join(", ", names)}.");
                return null;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>The choices of an enum, each named in kebab case (<c>MostRecent</c> → <c>most-recent</c>), in the enum's order.</summary>
    public static IReadOnlyList<(string Name, T Value)> KebabChoices<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(value => (KebabCase.Of(value.ToString()), value))];

    /// <summary>
    /// An optional name from a list (<c>--method mean</c>), offered for completion. The name is checked when the command
    /// runs, by <see cref="KnownName"/>: an unknown name is a usage error (exit code 2; issue 14).
    /// </summary>
    public static Option<string?> Name(string name, string description, string helpName, IReadOnlyList<string> names)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>
    /// <paramref name="text"/> as listed in <paramref name="names"/> (matched ignoring case), or a usage error
    /// (exit code 2) that names the option and the value (at most 80 characters) and lists the names allowed.
    /// </summary>
    /// <exception cref="UsageException">The name is not in the list.</exception>
    public static string KnownName(string option, string text, IReadOnlyList<string> names, string what)
    {
        foreach (string known in names)
            if (string.Equals(known, text.Trim(), StringComparison.OrdinalIgnoreCase)) return known;
        throw new UsageException($"{option} {DiagnosticText.Quote(text)} is not {what}; use one of {string.Join(", ", names)}.");
    }
}

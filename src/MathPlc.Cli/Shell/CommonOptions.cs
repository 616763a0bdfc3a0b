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
    /// <summary><c>--out FILE</c>: where to write the output; standard output when absent. Its folder must exist.</summary>
    public static Option<string?> Out()
    {
        var option = new Option<string?>("--out", "-o")
        {
            Description = "Write the output to FILE (replaced in one step; nothing is written on failure). Default: standard output.",
            HelpName = "FILE",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && AtomicOutput.ProblemWith(path) is { } problem)
                result.AddError(problem);
        });
        return option;
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
    public static Option<int?> PositiveWholeNumber(string name, string description, string helpName = "N") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 1) return value;
            result.AddError($"{name} {text} is not a whole number of 1 or more.");
            return null;
        },
    };

}

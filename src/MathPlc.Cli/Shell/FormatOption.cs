using System.CommandLine;

namespace MathPlc.Cli.Shell;

/// <summary>
/// <c>--format</c> (<c>-f</c>): one of the formats a command accepts, written in lower case; the first one is the
/// default. Anything else is a usage error that lists the accepted names.
/// </summary>
internal sealed class FormatOption : Option<OutputFormat?>
{
    private readonly OutputFormat[] _accepted;

    /// <summary>Creates the option; <paramref name="accepted"/>[0] is the default.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accepted"/> is empty.</exception>
    public FormatOption(params OutputFormat[] accepted)
        : base("--format", "-f")
    {
        Guard.Against.AtOrBelow(accepted.Length, 0);
        _accepted = accepted;
        string[] names = [.. accepted.Select(NameOf)];
        Description = $"The output format: {string.Join(", ", names)}. Default: {names[0]}.";
        HelpName = string.Join('|', names);
        CompletionSources.Add(names);
        CustomParser = result =>
        {
            string text = result.Tokens.Single().Value;
            int index = Array.FindIndex(names, name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return accepted[index];
            result.AddError($"--format {text} is not one of {string.Join(", ", names)}.");
            return null;
        };
    }

    /// <summary>Whether the command can write <paramref name="format"/>.</summary>
    public bool Accepts(OutputFormat format) => _accepted.Contains(format);

    /// <summary>The format the command line chose, or the default.</summary>
    public OutputFormat Chosen(ParseResult parseResult) => parseResult.GetValue(this) ?? _accepted[0];

    /// <summary>The lower-case name of a format as written on the command line (<c>md</c>, <c>json</c>, <c>csv</c>).</summary>
    public static string NameOf(OutputFormat format) => format.ToString().ToLowerInvariant();
}

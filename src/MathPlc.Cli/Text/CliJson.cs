using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Cli.Text;

/// <summary>
/// Writes a command's <c>--format json</c> output from its contract (decision 0150): the text ends with a line break,
/// as every output of the tool does. No JSON is written by hand in the CLI.
/// </summary>
internal static class CliJson
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Restyled = [];

    /// <summary>The text of <paramref name="value"/> through the CLI contract <paramref name="contract"/> picks from <see cref="CliJsonContext.Output"/>.</summary>
    /// <example><c>CliJson.Text(GoalsOutput.From(date, problems, rows), json => json.GoalsOutput)</c></example>
    public static string Text<T>(T value, Func<CliJsonContext, JsonTypeInfo<T>> contract)
    {
        Guard.Against.Null(contract);
        return JsonSerializer.Serialize(value, contract(CliJsonContext.Output)) + "\n";
    }

    /// <summary>
    /// The text of <paramref name="value"/> through a library's own contract (Interop's <c>MathPlcJsonContext</c>, whose
    /// names, nulls and converters the vendor-facing format defines), laid out as every CLI output is: indented, <c>\n</c>
    /// line ends, relaxed escaping. Only the layout changes; the library's resolver and converters are kept.
    /// </summary>
    public static string Text<T>(T value, JsonTypeInfo<T> libraryContract)
    {
        Guard.Against.Null(libraryContract);
        var options = Restyled.GetValue(libraryContract.Options, static library => new JsonSerializerOptions(library)
        {
            WriteIndented = true,
            NewLine = CliJsonContext.OutputOptions.NewLine,
            Encoder = CliJsonContext.OutputOptions.Encoder,
        });
        return JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))) + "\n";
    }
}

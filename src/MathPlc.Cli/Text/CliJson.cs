using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;
using MathPlc.Grading.Json;

namespace MathPlc.Cli.Text;

/// <summary>
/// Writes a command's <c>--format json</c> output from its contract (decision 0150): the text ends with a line break,
/// as every output of the tool does. No JSON is written by hand in the CLI.
/// </summary>
internal static class CliJson
{
    /// <summary>The text of <paramref name="value"/> through the CLI contract <paramref name="contract"/> picks from <see cref="CliJsonContext.Output"/>.</summary>
    /// <example><c>CliJson.Text(GoalsOutput.From(date, problems, rows), json => json.GoalsOutput)</c></example>
    public static string Text<T>(T value, Func<CliJsonContext, JsonTypeInfo<T>> contract)
    {
        Guard.Against.Null(contract);
        return JsonSerializer.Serialize(value, contract(CliJsonContext.Output)) + "\n";
    }

    /// <summary>
    /// The text of <paramref name="value"/> in a library's own JSON form (<see cref="GradingJson.Formats"/>: the names and
    /// nulls the vendor-facing format defines), laid out as every CLI output is: indented, <c>\n</c> line ends, relaxed
    /// escaping. Only the layout is the CLI's; it is the writer's, so the library's contract writes into it unchanged.
    /// </summary>
    /// <example><c>CliJson.Text(results, GradingJson.Formats)</c></example>
    public static string Text<T>(T value, JsonFormats library)
    {
        Guard.Against.Null(library);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = CliJsonContext.OutputOptions.NewLine,
            Encoder = CliJsonContext.OutputOptions.Encoder,
        }))
            library.Write(writer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}

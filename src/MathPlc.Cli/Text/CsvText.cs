using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Text;

/// <summary>
/// The CLI's one way to write a CSV table: Interop's <see cref="CsvTable"/>, with spreadsheet formulas neutralised
/// unless the command line says <c>--csv-raw</c> (docs/cli.md; docs/decisions/0080-csv-formula-neutralisation.md).
/// </summary>
/// <remarks>
/// <see cref="CommandRunner"/> sets <see cref="Formulas"/> from the command line for the duration of one command, so
/// that every table writer of every command follows the same switch without each carrying it as a parameter.
/// </remarks>
internal static class CsvText
{
    /// <summary>The option's name, the same on every command whose <c>--format</c> accepts <c>csv</c>.</summary>
    public const string RawOptionName = "--csv-raw";

    private static readonly AsyncLocal<CsvFormulas> Current = new();

    /// <summary>How the command being run writes formula cells: neutralised (the default) or raw.</summary>
    public static CsvFormulas Formulas => Current.Value;

    /// <summary>The table as CSV text, formula cells as <see cref="Formulas"/> says.</summary>
    public static string Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        Utf8Text.Of(stream => CsvTable.Write(stream, header, rows, Formulas));

    /// <summary>Writes the table to <paramref name="path"/> all or nothing, formula cells as <see cref="Formulas"/> says.</summary>
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        CsvTable.WriteFile(path, header, rows, Formulas);

    /// <summary>The <c>--csv-raw</c> option.</summary>
    public static Option<bool> RawOption() => new(RawOptionName)
    {
        Description = "CSV output: write every cell exactly as it is, for pipelines. Without it a text cell that starts with = + - @, a tab or a carriage return " +
                      "gets a leading ' so a spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection); numbers are never changed.",
    };

    /// <summary>Sets <see cref="Formulas"/> from <paramref name="parseResult"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(ParseResult parseResult)
    {
        var saved = Current.Value;
        var option = parseResult.CommandResult.Command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == RawOptionName);
        Current.Value = option is not null && parseResult.GetValue(option) ? CsvFormulas.Raw : CsvFormulas.Neutralise;
        return new Restore(() => Current.Value = saved);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

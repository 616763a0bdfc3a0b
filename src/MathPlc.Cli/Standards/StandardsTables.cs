using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;
using MathPlc.Standards;

namespace MathPlc.Cli.Standards;

/// <summary>
/// What <c>mathplc standards</c> writes: the items (<c>identifier, code, type, grades, parent_code, statement</c>) or the
/// progressions (<c>from_code, to_code</c>), as CSV through Interop's <see cref="CsvTable"/> or as camelCase JSON.
/// Several grades are written comma-separated in one field; a code falls back to the identifier when an item has none.
/// </summary>
internal static class StandardsTables
{
    /// <summary>The item columns, fixed by the issue.</summary>
    public static IReadOnlyList<string> ItemHeader { get; } = ["identifier", "code", "type", "grades", "parent_code", "statement"];

    /// <summary>The progression columns, fixed by the issue.</summary>
    public static IReadOnlyList<string> ProgressionHeader { get; } = ["from_code", "to_code"];

    /// <summary>The items, in framework order, for <paramref name="grade"/> when given.</summary>
    public static string Items(StandardsFramework framework, string? grade, OutputFormat format)
    {
        var items = grade is null ? framework.Items : framework.ItemsForGrade(grade);
        var rows = items.Select(item => (item, parent: framework.ParentOf(item.Id))).ToArray();
        return format == OutputFormat.Json
            ? CliJson.Text(StandardItemsOutput.Of(rows), json => json.StandardItemsOutput)
            : CsvText.Of(ItemHeader, rows.Select(row => (IReadOnlyList<string?>)
                [row.item.Id.Value, row.item.Code, row.item.ItemType, string.Join(',', row.item.Grades), row.parent?.Label, row.item.Statement]));
    }

    /// <summary>The <c>precedes</c> pairs between items of the framework, with an end in <paramref name="grade"/> when given.</summary>
    public static string Progressions(StandardsFramework framework, string? grade, OutputFormat format)
    {
        bool InGrade(FrameworkItem item) => grade is null || item.Grades.Any(g => GradeLevels.Same(g, grade));
        var pairs = framework.Progressions.Select(p => (from: framework[p.From], to: framework[p.To]))
            .Where(p => InGrade(p.from) || InGrade(p.to)).ToArray();
        return format == OutputFormat.Json
            ? CliJson.Text(ProgressionsOutput.Of(pairs), json => json.ProgressionsOutput)
            : CsvText.Of(ProgressionHeader, pairs.Select(p => (IReadOnlyList<string?>)[p.from.Label, p.to.Label]));
    }
}

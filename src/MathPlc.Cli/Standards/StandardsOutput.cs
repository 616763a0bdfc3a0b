using MathPlc.Standards;

namespace MathPlc.Cli.Standards;

/// <summary>The JSON of <c>mathplc standards</c> (docs/cli.md): the framework's items.</summary>
/// <param name="Items">The items, in the package's order.</param>
internal sealed record StandardItemsOutput(IReadOnlyList<StandardItemOutput> Items)
{
    /// <summary>The output of <paramref name="rows"/>, each item with its parent.</summary>
    public static StandardItemsOutput Of(IEnumerable<(FrameworkItem Item, FrameworkItem? Parent)> rows) => new([.. rows.Select(row => new StandardItemOutput(
        row.Item.Id.Value, row.Item.Code, row.Item.ItemType, row.Item.Grades, row.Parent?.Label, row.Item.Statement))]);
}

/// <summary>An item of the framework.</summary>
/// <param name="Identifier">Its CASE identifier.</param>
/// <param name="Code">Its human coding scheme; null when it has none.</param>
/// <param name="Type">Its CASE item type; null when it has none.</param>
/// <param name="Grades">Its education levels.</param>
/// <param name="ParentCode">Its parent's label; null at the top.</param>
/// <param name="Statement">Its full statement.</param>
internal sealed record StandardItemOutput(string Identifier, string? Code, string? Type, IReadOnlyList<string> Grades, string? ParentCode, string Statement);

/// <summary>The JSON of <c>mathplc standards --progressions</c>: the framework's progressions.</summary>
/// <param name="Progressions">The progressions, in the package's order.</param>
internal sealed record ProgressionsOutput(IReadOnlyList<ProgressionOutput> Progressions)
{
    /// <summary>The output of <paramref name="pairs"/>.</summary>
    public static ProgressionsOutput Of(IEnumerable<(FrameworkItem From, FrameworkItem To)> pairs) =>
        new([.. pairs.Select(p => new ProgressionOutput(p.From.Label, p.To.Label))]);
}

/// <summary>A progression from one item to a later one.</summary>
/// <param name="FromCode">The earlier item's label.</param>
/// <param name="ToCode">The later item's label.</param>
internal sealed record ProgressionOutput(string FromCode, string ToCode);

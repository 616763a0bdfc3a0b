using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// What MathPlc takes from a OneRoster folder: the team's <see cref="Core.Roster"/> (each student once, with their
/// class as section, the class's teacher and their demographics as group attributes), the line items of those
/// classes and the students' results on them.
/// </summary>
/// <remarks>
/// Invariants: line item ids are unique and every line item's class is a section of the roster; result ids are
/// unique, and every result is on one of the line items and for a student on the roster. Two values with the same
/// content in the same order are equal.
/// </remarks>
public sealed record OneRosterData
{
    /// <summary>Collects a roster with its gradebook.</summary>
    /// <param name="roster">The students, their sections, teachers and group attributes.</param>
    /// <param name="lineItems">The line items; none by default.</param>
    /// <param name="results">The results; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null, or a collection holds null.</exception>
    /// <exception cref="ArgumentException">An id repeats, a line item's class is not on the roster, or a result names an unknown line item or student.</exception>
    public OneRosterData(Roster roster, IEnumerable<OneRosterLineItem>? lineItems = null, IEnumerable<OneRosterResult>? results = null)
    {
        Guard.Against.Null(roster);
        var items = Guard.Against.NullOrNullElements(lineItems ?? [], nameof(lineItems));
        var scores = Guard.Against.NullOrNullElements(results ?? [], nameof(results));
        var sections = roster.Sections.ToHashSet();
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Guard.Against.Unmet(itemIds.Add(item.SourcedId), nameof(lineItems), $"The line item {item.SourcedId} is given twice.");
            Guard.Against.Unmet(sections.Contains(item.Section), nameof(lineItems), $"The line item {item.SourcedId} belongs to class {item.Section}, which is not a section of the roster.");
        }
        var resultIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in scores)
        {
            Guard.Against.Unmet(resultIds.Add(result.SourcedId), nameof(results), $"The result {result.SourcedId} is given twice.");
            Guard.Against.Unmet(itemIds.Contains(result.LineItemSourcedId), nameof(results), $"The result {result.SourcedId} is on line item {result.LineItemSourcedId}, which is not given.");
            Guard.Against.Unmet(roster.Contains(result.Student), nameof(results), $"The result {result.SourcedId} is for student {result.Student}, who is not on the roster.");
        }
        Roster = roster;
        LineItems = items;
        Results = scores;
    }

    /// <summary>The team's roster.</summary>
    public Roster Roster { get; }

    /// <summary>The line items, in file order.</summary>
    public ValueArray<OneRosterLineItem> LineItems { get; }

    /// <summary>The results, in file order.</summary>
    public ValueArray<OneRosterResult> Results { get; }
}

using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// The learning target a line item or result is about, as OneRoster 1.2 links it: a learning objective id and the
/// vocabulary it comes from (<c>case</c> for a CASE <c>CFItem.identifier</c>, <c>unknown</c>, or a district's own token).
/// </summary>
/// <remarks>
/// The CSV binding carries these links in <c>lineItemLearningObjectiveIds.csv</c> and
/// <c>resultLearningObjectiveIds.csv</c>; the REST binding in <c>learningObjectiveSet</c>
/// (see <c>reference/interop.md</c> §2.3 and §4). The id becomes a <see cref="TargetId"/>, so a CASE identifier links a
/// line item to the unit's target of the same id.
/// </remarks>
public sealed record OneRosterLearningObjective
{
    /// <summary>Creates a link.</summary>
    /// <param name="source">The vocabulary, e.g. <c>case</c>; trimmed, not empty.</param>
    /// <param name="target">The learning objective id as a target.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or white space, or <paramref name="target"/> is the default value.</exception>
    public OneRosterLearningObjective(string source, TargetId target)
    {
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.Unmet(target.Value is not null, nameof(target), "The learning objective id must not be the default (empty) value.");
        Source = source.Trim();
        Target = target;
    }

    /// <summary>The vocabulary the id comes from, e.g. <c>case</c>.</summary>
    public string Source { get; }

    /// <summary>The learning objective id, as a learning target.</summary>
    public TargetId Target { get; }

    /// <summary>Whether the id is a CASE identifier (source <c>case</c>, any case).</summary>
    public bool IsCase => string.Equals(Source, "case", StringComparison.OrdinalIgnoreCase);
}

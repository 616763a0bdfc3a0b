using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// A learning target unpacked from a standard: one "I can …" statement in students' words, the standard it comes
/// from, its rigor tags and what 2.0, 3.0 and 4.0 look like for it. A plain record, so the unit cycle and
/// interventions can carry it as is.
/// </summary>
/// <remarks>
/// Unwrapping (Ainsworth, <i>"Unwrapping" the Standards</i>, 2003): concepts (nouns) and skills (verbs) become
/// targets, each with a rigor level; teams count the targets inside each standard (plc-frameworks.md §6).
/// </remarks>
/// <param name="Id">The target's identifier.</param>
/// <param name="Standard">The standard it is unpacked from (a framework item's identifier).</param>
/// <param name="Statement">The "I can …" statement.</param>
/// <param name="Rigor">Its rigor tags.</param>
/// <param name="Scale">Its proficiency-scale descriptors, when written.</param>
public sealed record LearningTarget(TargetId Id, TargetId Standard, string Statement, RigorTags Rigor, ScaleDescriptors? Scale = null)
{
    /// <summary>The target's identifier; never the default.</summary>
    public TargetId Id { get; } = Id.Value is not null ? Id : throw new ArgumentException("A learning target needs an identifier.", nameof(Id));

    /// <summary>The standard it is unpacked from; never the default.</summary>
    public TargetId Standard { get; } = Standard.Value is not null ? Standard : throw new ArgumentException("A learning target needs its standard.", nameof(Standard));

    /// <summary>The "I can …" statement; never empty.</summary>
    public string Statement { get; } = !string.IsNullOrWhiteSpace(Statement) ? Statement : throw new ArgumentException("A learning target needs a statement.", nameof(Statement));

    /// <summary>Its rigor tags; never null.</summary>
    public RigorTags Rigor { get; } = Guard.Against.Null(Rigor);
}

using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// An essential target of a unit as the team plans it: identifier, code, statement, rigor tags and, when written, what
/// 2.0, 3.0 and 4.0 look like. A plain record for the unit cycle, assessments and interventions to carry.
/// </summary>
/// <param name="Id">The target's identifier (a CASE item identifier when it comes from a framework).</param>
/// <param name="Code">Its code, e.g. <c>6.RP.A.3</c>, when it has one.</param>
/// <param name="Statement">Its statement ("I can …" or the standard's wording).</param>
/// <param name="Rigor">Its rigor tags.</param>
/// <param name="Scale">Its proficiency-scale descriptors, when written.</param>
public sealed record EssentialTarget(TargetId Id, string? Code, string Statement, RigorTags Rigor, ScaleDescriptors? Scale = null)
{
    /// <summary>The identifier; never the default.</summary>
    public TargetId Id { get; } = Id.Value is not null ? Id : throw new ArgumentException("An essential target needs an identifier.", nameof(Id));

    /// <summary>The statement; never null.</summary>
    public string Statement { get; } = Guard.Against.Null(Statement);

    /// <summary>The rigor tags; never null.</summary>
    public RigorTags Rigor { get; } = Guard.Against.Null(Rigor);

    /// <summary>The target taken from a framework item, with no rigor tags yet.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static EssentialTarget From(FrameworkItem item)
    {
        Guard.Against.Null(item);
        return new EssentialTarget(item.Id, item.Code, item.Statement, RigorTags.None);
    }
}

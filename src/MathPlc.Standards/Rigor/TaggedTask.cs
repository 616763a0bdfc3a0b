namespace MathPlc.Standards;

/// <summary>A mathematical task (an assessment item, a lesson task) with the rigor the team tagged on it.</summary>
/// <param name="Name">The task's name as the team knows it, e.g. "Q3" or "Paint mixing".</param>
/// <param name="Rigor">Its rigor tags.</param>
public sealed record TaggedTask(string Name, RigorTags Rigor)
{
    /// <summary>The task's name; never empty.</summary>
    public string Name { get; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("A task needs a name.", nameof(Name));

    /// <summary>Its rigor tags; never null.</summary>
    public RigorTags Rigor { get; } = Guard.Against.Null(Rigor);
}

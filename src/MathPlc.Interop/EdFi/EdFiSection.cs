namespace MathPlc.Interop.EdFi;

/// <summary>A section resource: a class of the team's course, by its natural key.</summary>
/// <param name="Key">The section's natural key.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiSection(EdFiSectionKey Key, EdFiSource? Source = null);

using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>A learning standard resource: its <c>learningStandardId</c> (the unit's target id) and description.</summary>
/// <param name="Id">The learning standard id.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiLearningStandard(TargetId Id, string? Description = null, EdFiSource? Source = null);

namespace MathPlc.Interop.EdFi;

/// <summary>An assessment resource: the common assessment, by <c>assessmentIdentifier</c> and <c>namespace</c>.</summary>
/// <param name="Identifier">The assessment identifier.</param>
/// <param name="Namespace">The namespace (a URI).</param>
/// <param name="Title">The assessment title, or null.</param>
/// <param name="MaxRawScore">The maximum raw score, or null.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiAssessment(string Identifier, string Namespace, string? Title = null, double? MaxRawScore = null, EdFiSource? Source = null);

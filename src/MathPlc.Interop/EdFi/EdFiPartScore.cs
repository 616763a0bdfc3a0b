namespace MathPlc.Interop.EdFi;

/// <summary>
/// A student's raw score on one item (<c>items[].rawScoreResult</c>) or one objective assessment (the <c>Raw score</c>
/// <c>scoreResults[].result</c> of <c>studentObjectiveAssessments[]</c>); null when the item was not answered or not scored.
/// </summary>
/// <param name="IdentificationCode">The item's or objective assessment's identification code.</param>
/// <param name="RawScore">The points earned, or null.</param>
/// <param name="Path">The JSON path of the score in its file, for diagnostics; null when built in code.</param>
public sealed record EdFiPartScore(string IdentificationCode, double? RawScore, string? Path = null);

using NodaTime;

namespace MathPlc.Interventions;

/// <summary>One progress-monitoring probe: a curriculum-based measure's score on a date.</summary>
/// <param name="MeasuredOn">The date the probe was given.</param>
/// <param name="Score">The score (e.g. digits correct); must be finite.</param>
public readonly record struct Probe(LocalDate MeasuredOn, double Score);

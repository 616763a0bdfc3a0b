using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a probes file: a student's progress-monitoring probe.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="Probe">The probe's date and score.</param>
public sealed record StudentProbe(StudentId StudentId, Probe Probe);

using NodaTime;

namespace MathPlc.Core;

/// <summary>
/// A date that would be instructional by its weekday but has no instruction, with the name of the
/// non-instructional period (or periods, joined with <c>"; "</c> in the order declared) it falls in.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The name of the holiday, break or other period.</param>
public sealed record NonInstructionalDate(LocalDate Date, string Name);

using NodaTime;

namespace MathPlc.Standards;

/// <summary>How re-pacing moved one unit.</summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="OldStart">Its first day before re-pacing.</param>
/// <param name="NewStart">Its first day after.</param>
/// <param name="OldEnd">Its last day before.</param>
/// <param name="NewEnd">Its last day after.</param>
/// <param name="EndShift">How many instructional days (on the new calendar) its end moved: positive later, negative earlier.</param>
/// <param name="FlexDaysUsed">How many of its flex days were given up to absorb lost days.</param>
public sealed record UnitShift(string Unit, LocalDate OldStart, LocalDate NewStart, LocalDate OldEnd, LocalDate NewEnd, int EndShift, int FlexDaysUsed)
{
    /// <summary>Whether the unit's dates changed.</summary>
    public bool Moved => OldStart != NewStart || OldEnd != NewEnd;
}

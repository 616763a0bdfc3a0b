using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>The result of re-pacing a guide after days were lost: the new guide, how each unit moved, and why.</summary>
/// <param name="Guide">The re-paced guide, on the new calendar.</param>
/// <param name="Shifts">One entry per unit, in guide order.</param>
/// <param name="DaysLost">Instructional days the new calendar has fewer than the old one between the re-pacing date and the old guide's end (negative when days were added).</param>
/// <param name="AbsorbedByFlex">How many lost days the flex days absorbed.</param>
/// <param name="Reasons">What happened, in words.</param>
public sealed record Repacing(PacingGuide Guide, ValueArray<UnitShift> Shifts, int DaysLost, int AbsorbedByFlex, ValueArray<Reason> Reasons)
{
    /// <summary>The units whose dates changed.</summary>
    public ImmutableArray<UnitShift> Moved => [.. Shifts.Where(s => s.Moved)];
}

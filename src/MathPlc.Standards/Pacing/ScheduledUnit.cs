using MathPlc.Core;
using NodaTime;

namespace MathPlc.Standards;

/// <summary>A unit placed on the school calendar: its first and last day, its common-assessment dates, its flex dates, and warnings.</summary>
/// <param name="Unit">The unit plan.</param>
/// <param name="StartsOn">Its first instructional day.</param>
/// <param name="EndsOn">Its last instructional day (the last flex day, or the last assessment or teaching day).</param>
/// <param name="AssessmentOn">The dates of its common-assessment days.</param>
/// <param name="FlexOn">The dates of its flex days.</param>
/// <param name="Warnings">Warnings: <c>crosses-grading-period</c>, <c>crosses-new-year</c>.</param>
public sealed record ScheduledUnit(UnitPlan Unit, LocalDate StartsOn, LocalDate EndsOn, ValueArray<LocalDate> AssessmentOn,
    ValueArray<LocalDate> FlexOn, ValueArray<Reason> Warnings)
{
    /// <summary>The instructional days the unit takes (its plan's total).</summary>
    public int InstructionalDays => Unit.TotalDays;
}

using MathPlc.Cli.Text;
using MathPlc.Standards;

namespace MathPlc.Cli.Standards;

/// <summary>The JSON of <c>mathplc pacing</c> (docs/cli.md): each unit's dates, days and warnings.</summary>
/// <param name="Units">The units in teaching order.</param>
internal sealed record PacingOutput(IReadOnlyList<PacedUnitOutput> Units)
{
    /// <summary>The output of <paramref name="guide"/>.</summary>
    public static PacingOutput Of(PacingGuide guide) => new([.. guide.Units.Select(unit => new PacedUnitOutput(
        unit.Unit.Name, IsoDate.Format(unit.StartsOn), IsoDate.Format(unit.EndsOn), [.. unit.AssessmentOn.Select(IsoDate.Format)],
        [.. unit.FlexOn.Select(IsoDate.Format)], unit.InstructionalDays, ReasonOutput.Of(unit.Warnings)))]);
}

/// <summary>A unit on the calendar.</summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="StartsOn">Its first day, yyyy-MM-dd.</param>
/// <param name="EndsOn">Its last day.</param>
/// <param name="AssessmentOn">Its assessment days.</param>
/// <param name="FlexOn">Its flex days.</param>
/// <param name="InstructionalDays">Instructional days it takes.</param>
/// <param name="Warnings">Why it needs a look: a grading period or the new year crossed.</param>
internal sealed record PacedUnitOutput(string Unit, string StartsOn, string EndsOn, IReadOnlyList<string> AssessmentOn, IReadOnlyList<string> FlexOn,
    int InstructionalDays, IReadOnlyList<ReasonOutput> Warnings);

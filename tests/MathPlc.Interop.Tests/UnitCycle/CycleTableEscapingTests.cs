using MathPlc.CriticalQuestions;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// plan.csv holds a value from input as that value, quoted by RFC 4180 where it must be (issue 14, cause 1). The HTML and
/// Markdown half of this check is in MathPlc.Reports.Tests (CycleReportTests), since decision 0091 split the two.
/// </summary>
public sealed class CycleTableEscapingTests
{
    [Theory]
    [MemberData(nameof(HostileText.Values), MemberType = typeof(HostileText))]
    public void A_target_code_from_input_is_written_as_that_code(string value)
    {
        var sample = SampleTeam.Default.Input;
        var targets = sample.Unit.Targets.Select((t, i) => i == 0 ? new Standards.EssentialTarget(t.Id, value, value, t.Rigor, t.Scale) : t).ToList();
        var unit = new Standards.UnitPlan(sample.Unit.Name, sample.Unit.TeachingDays, targets, sample.Unit.AssessmentDays, sample.Unit.FlexDays);
        var report = CriticalQuestions.UnitCycle.Run(new UnitCycleInput(sample.Team, sample.Roster, unit, sample.Blueprint, sample.ItemScores,
            sample.AssessedOn, sample.Calendar, sample.NextCycleStart));
        string csv = UnitCycleTables.Plan(report);
        Assert.Contains(value.Contains('"', StringComparison.Ordinal) ? value.Replace("\"", "\"\"", StringComparison.Ordinal) : value, csv, StringComparison.Ordinal);
    }
}

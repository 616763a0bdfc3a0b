using MathPlc.Core;
using NodaTime;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// What <see cref="UnitCycleReportJson.Read"/> gives back from a <c>report.json</c>: the parts of a
/// <see cref="UnitCycleReport"/> that the file holds whole, as the domain's own types (decision 0145).
/// </summary>
/// <remarks>
/// The rest of the report is not rebuilt, because the file does not hold it whole: the rows per student and target
/// keep a reason's code and sentence but not its data (decision 0105), a proficiency result keeps its level's label
/// but not its cut, and the blueprint review, rigor balances and item statistics are results without the inputs that
/// made them. Those parts are still checked when the file is read (every value of the wrong JSON type is a problem);
/// run the cycle again on its input for the whole report. <see cref="Of"/> gives the summary of a report in memory, so
/// <c>Read(Write(report)) == UnitCycleReportSummary.Of(report)</c>.
/// </remarks>
/// <param name="Team">The team's name.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Assessment">The common assessment's name.</param>
/// <param name="AssessedOn">The day the assessment was given.</param>
/// <param name="NextCycleStart">The day the next unit starts.</param>
/// <param name="Counts">The cycle's counts.</param>
/// <param name="Targets">Proficient, not yet and without a score, per target (critical question 2).</param>
/// <param name="HowWillWeExtend">Critical question 4, whole.</param>
/// <param name="TeamActions">The status of each high-leverage team action.</param>
/// <param name="Prompts">The discussion prompts, each with its evidence.</param>
public sealed record UnitCycleReportSummary(
    string Team, string Unit, string Assessment, LocalDate AssessedOn, LocalDate NextCycleStart, CycleCounts Counts,
    ValueArray<TargetSummary> Targets, HowWillWeExtendAnswer HowWillWeExtend, ValueArray<TeamActionStatus> TeamActions, ValueArray<DiscussionPrompt> Prompts)
{
    /// <summary>The summary of a report in memory: what reading its <c>report.json</c> gives.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static UnitCycleReportSummary Of(UnitCycleReport report)
    {
        Guard.Against.Null(report);
        return new(report.Team, report.Unit, report.Assessment, report.AssessedOn, report.NextCycleStart, report.Counts,
            report.HowWillWeKnow.Targets, report.HowWillWeExtend, report.TeamActions, report.Prompts);
    }
}

/// <summary>One team's part of a district's <c>report.json</c>, as <see cref="DistrictCycleJson.Read"/> gives it back.</summary>
/// <param name="TeamId">The team's id (the roster's <c>team_id</c>).</param>
/// <param name="Report">The team's report, summarised as <see cref="UnitCycleReportSummary"/> says.</param>
public sealed record TeamCycleSummary(string TeamId, UnitCycleReportSummary Report);

/// <summary>What <see cref="DistrictCycleJson.Read"/> gives back from a district's <c>report.json</c> (decision 0145).</summary>
/// <param name="District">The district's name.</param>
/// <param name="Teams">Each team's summary, in the file's order.</param>
public sealed record DistrictCycleSummary(string District, ValueArray<TeamCycleSummary> Teams)
{
    /// <summary>The summary of a district's report in memory: what reading its <c>report.json</c> gives.</summary>
    /// <param name="district">The district's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static DistrictCycleSummary Of(DistrictCycleReport district)
    {
        Guard.Against.Null(district);
        return new(district.District, [.. district.Teams.Select(t => new TeamCycleSummary(t.TeamId, UnitCycleReportSummary.Of(t.Report)))]);
    }
}

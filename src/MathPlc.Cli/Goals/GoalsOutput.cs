using MathPlc.Cli.Text;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Cli.Goals;

/// <summary>The JSON of <c>mathplc goals</c> (docs/cli.md): the date judged on, the plan's problems and each goal's check and attainment.</summary>
/// <param name="AsOf">The date attainment is judged on, yyyy-MM-dd.</param>
/// <param name="PlanProblems">Problems of the plan as a whole.</param>
/// <param name="Goals">One entry per goal, in the file's order.</param>
internal sealed record GoalsOutput(string AsOf, IReadOnlyList<ReasonOutput> PlanProblems, IReadOnlyList<GoalOutput> Goals)
{
    /// <summary>The output of the goals checked and judged on <paramref name="date"/>.</summary>
    public static GoalsOutput Of(LocalDate date, IEnumerable<MathPlc.Core.Reason> planProblems, IEnumerable<(string Id, SmartCheck Check, GoalAttainment Attainment)> rows) =>
        new(IsoDate.Format(date), ReasonOutput.Of(planProblems), [.. rows.Select(r => new GoalOutput(
            r.Id, GoalsCommand.Name(r.Check.Goal.Type), r.Check.Goal.Horizon is { } h ? GoalsCommand.Name(h) : null, r.Check.IsSmart,
            [.. r.Check.Findings.Select(f => new GoalFindingOutput(KebabCase.Of(f.Criterion.ToString()), f.IsProblem, f.Why.Code, f.Why.Message))],
            new GoalAttainmentOutput(GoalsCommand.Status(r.Attainment.Status), r.Attainment.Latest?.Value,
                r.Attainment.Latest is { } latest ? IsoDate.Format(latest.Date) : null, r.Attainment.ProjectedAtDeadline, ReasonOutput.Of(r.Attainment.Why))))]);
}

/// <summary>One goal.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Type">results or process.</param>
/// <param name="Horizon">unit, quarter, semester or year; null when not given.</param>
/// <param name="Smart">Whether every SMART part is in place.</param>
/// <param name="Findings">What is missing or unrealistic (problems) and advice.</param>
/// <param name="Attainment">The goal's attainment on the date.</param>
internal sealed record GoalOutput(string Id, string Type, string? Horizon, bool Smart, IReadOnlyList<GoalFindingOutput> Findings, GoalAttainmentOutput Attainment);

/// <summary>A SMART finding: <c>{criterion, problem, code, message}</c>.</summary>
/// <param name="Criterion">The SMART criterion, kebab case.</param>
/// <param name="Problem">True for a problem, false for advice.</param>
/// <param name="Code">The reason's code.</param>
/// <param name="Message">The reason's message.</param>
internal sealed record GoalFindingOutput(string Criterion, bool Problem, string Code, string Message);

/// <summary>A goal's attainment on the date.</summary>
/// <param name="Status">achieved, on-track, at-risk, missed or not-enough-data.</param>
/// <param name="LatestValue">The latest measurement's value; null without one.</param>
/// <param name="LatestDate">Its date, yyyy-MM-dd; null without one.</param>
/// <param name="ProjectedAtDeadline">The projection at the deadline, kept inside the measure's range; null when none is made.</param>
/// <param name="Reason">Why.</param>
internal sealed record GoalAttainmentOutput(string Status, double? LatestValue, string? LatestDate, double? ProjectedAtDeadline, ReasonOutput Reason);

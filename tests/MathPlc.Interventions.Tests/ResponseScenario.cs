using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// Small teams for the response model, written as rows: <c>"s1 A ms-a 4 2 -"</c> is student s1 in section A with teacher
/// ms-a, scoring 4 on the first target, 2 on the second and nothing on the third. Targets are 6.RP.A.1, 6.RP.A.2, … in
/// that (prerequisite) order, cut 3, with 2.0 and 4.0 descriptions. The calendar is the 2026–27 year, Monday to Friday,
/// with the Thanksgiving break; the cycle starts on Monday 19 October 2026.
/// </summary>
internal static class ResponseScenario
{
    public static readonly LocalDate Start = new(2026, 10, 19);

    public static SchoolCalendar Calendar { get; } = new(new LocalDate(2026, 8, 17), new LocalDate(2027, 6, 4), null,
        [new NonInstructionalPeriod("Thanksgiving break", new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 27), NonInstructionalKind.Break)]);

    public static ResponseTarget Target(int i) => new(new TargetId($"t{i + 1}"), $"6.RP.A.{i + 1}", 3, $"simpler {i + 1}", $"more complex {i + 1}");

    /// <summary>A team from rows; capacity: the roster's teachers and Monday–Thursday blocks unless given.</summary>
    public static ResponseInput Team(ResponseCapacity? capacity, params string[] rows)
    {
        var parsed = rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        int k = parsed[0].Length - 3;
        var targets = Enumerable.Range(0, k).Select(Target).ToArray();
        var roster = new Roster(parsed.Select(p => new RosterStudent(new StudentId(p[0]), new SectionId(p[1]), new TeacherId(p[2]))));
        var scores = parsed.SelectMany(p => Enumerable.Range(0, k).Select(t =>
            new TargetScore(new StudentId(p[0]), targets[t].Id, p[3 + t] == "-" ? null : double.Parse(p[3 + t], System.Globalization.CultureInfo.InvariantCulture))));
        return new ResponseInput(roster, targets, scores, Calendar, Start, capacity ?? new ResponseCapacity(roster.Teachers, ResponseCapacity.DefaultBlocks));
    }

    public static ResponseInput Team(params string[] rows) => Team(null, rows);

    /// <summary>The response of a student on a target (by index).</summary>
    public static StudentResponse Of(this ResponsePlan plan, string student, int target) =>
        plan.Responses.Single(r => r.Student.Value == student && r.Target.Value == $"t{target + 1}");

    public static ResponseCapacity Capacity(string adults, params IsoDayOfWeek[] days) =>
        new(adults.Split(',').Select(a => new TeacherId(a)), days.Select(d => new InterventionBlock(d, 30)));
}

using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// A district's unit cycle: the district's input split into its teams, and the unit cycle run once per team on that
/// team's own students, so each team gets the report it would get on its own (decision 0106).
/// </summary>
/// <remarks>
/// <para>
/// A PLC team is the teachers who share a course and unit and meet about their own students (DuFour et al.,
/// <i>Learning by Doing</i>, 2010: collaborative teams of teachers with shared responsibility for the same students'
/// learning). Responding is a team's work: whole-class reteach is decided on the team's share not yet proficient, and
/// Tier 2 groups are led by the team's adults in the team's blocks. So a district is never one big team: each team's
/// cycle sees only its students, its sections and its teachers.
/// </para>
/// <para>
/// What a team gets from the district's input (<see cref="Split"/>): its roster rows (in roster order), the item
/// scores, additional evidence, screening results and non-response decisions of its students, and the district's
/// unit, assessment, calendar and rules unchanged. Its adults are its own teachers, in the district's intervention
/// blocks when the district names blocks: an adult of one team never leads another team's group. Its name is the
/// district's team name and the team id (<c>"Grade 6 mathematics, team north"</c>).
/// </para>
/// </remarks>
public static class DistrictCycle
{
    /// <summary>Splits a district's input into one input per team, teams in the order of their first student on the roster.</summary>
    /// <param name="district">The district's input: every team's students on one roster.</param>
    /// <param name="teamOf">The team id of each roster student (trimmed; compared ordinally).</param>
    /// <returns>One input per team, in the order of each team's first student on the roster; a district of one team is that
    /// team's input, <paramref name="district"/> itself.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A roster student has no team or a blank team id, <paramref name="teamOf"/> names a student who
    /// is not on the roster, or an item score, additional evidence, screening result or non-response decision is for a student not on it.</exception>
    public static ImmutableArray<TeamCycleInput> Split(UnitCycleInput district, IReadOnlyDictionary<StudentId, string> teamOf)
    {
        Guard.Against.Null(district);
        Guard.Against.Null(teamOf);
        foreach (var student in teamOf.Keys)
            Guard.Against.Unmet(district.Roster.Contains(student), nameof(teamOf), $"The student {student} has a team but is not on the roster.");
        var order = new List<string>();
        var members = new List<List<RosterStudent>>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var team = new Dictionary<StudentId, int>(district.Roster.Count);
        foreach (var student in district.Roster.Students)
        {
            Guard.Against.Unmet(teamOf.TryGetValue(student.Student, out var raw) && !string.IsNullOrWhiteSpace(raw), nameof(teamOf),
                $"The student {student.Student} has no team id.");
            string id = raw!.Trim();
            if (!numbers.TryGetValue(id, out int number))
            {
                numbers[id] = number = order.Count;
                order.Add(id);
                members.Add([]);
            }
            members[number].Add(student);
            team[student.Student] = number;
        }
        // One team is the district's own input, unchanged: the report a team gets on its own today.
        if (order.Count == 1) return [new TeamCycleInput(order[0], district)];
        // A student's rows come together (a student's item scores one after the other): the last student's team is
        // remembered, so most rows are one comparison instead of a lookup (issue 18: a million item scores in a district).
        StudentId last = default;
        int lastTeam = -1;
        int TeamOf(StudentId student, string what)
        {
            if (lastTeam >= 0 && student == last) return lastTeam;
            if (!team.TryGetValue(student, out int number))
                throw new ArgumentException($"{what} for the student {student}, who is not on the roster.", nameof(district));
            (last, lastTeam) = (student, number);
            return number;
        }
        var itemScores = ByTeam(district.ItemScores, order.Count, s => TeamOf(s.Student, "An item score"));
        var evidence = ByTeam(district.AdditionalEvidence, order.Count, e => TeamOf(e.StudentId, "Additional evidence"));
        var screening = ByTeam(district.Screening, order.Count, s => TeamOf(s.StudentId, "A screening result"));
        var nonResponse = ByTeam(district.NonResponse, order.Count, n => TeamOf(n.Student, "A non-response decision"));
        var teams = new TeamCycleInput[order.Count];
        for (int t = 0; t < teams.Length; t++)
        {
            var roster = new Roster(members[t]);
            var input = new UnitCycleInput(Name(district, order[t]), roster, district.Unit, district.Blueprint, itemScores[t], district.AssessedOn,
                district.Calendar, district.NextCycleStart)
            {
                Scoring = district.Scoring,
                Grading = district.Grading,
                TierRules = district.TierRules,
                Response = district.Response,
                Capacity = district.Capacity is { } capacity ? new ResponseCapacity(roster.Teachers, capacity.Blocks) : null,
                Screening = screening[t],
                NonResponse = nonResponse[t],
                TeamData = district.TeamData,
                BlueprintRules = district.BlueprintRules,
                ItemAnalysis = district.ItemAnalysis,
                Rigor = district.Rigor,
                Discussion = district.Discussion,
                AdditionalEvidence = evidence[t],
                ReportedActions = district.ReportedActions,
            };
            teams[t] = new TeamCycleInput(order[t], input);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(teams);
    }

    /// <summary>Runs the unit cycle once per team (<see cref="Split"/>), the teams in parallel on the machine's processors; the result does not depend on how many.</summary>
    /// <param name="district">The district's input.</param>
    /// <param name="teamOf">The team id of each roster student.</param>
    /// <returns>The district's report: one report per team, in <see cref="Split"/>'s order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Split"/>, or as <see cref="UnitCycle.Run"/> for a team's input (the first team's problem in team order).</exception>
    public static DistrictCycleReport Run(UnitCycleInput district, IReadOnlyDictionary<StudentId, string> teamOf)
    {
        Guard.Against.Null(district);
        return Run(district.Team, Split(district, teamOf));
    }

    /// <summary>Runs the unit cycle on each team's input, in parallel on the machine's processors; the teams keep their order.</summary>
    /// <param name="district">The district's name for its teams together (the unit file's team).</param>
    /// <param name="teams">The teams' inputs (for example from <see cref="Split"/>); ids unique.</param>
    /// <returns>The district's report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="teams"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="district"/> is blank, no teams, a team id repeats, or <see cref="UnitCycle.Run"/> refuses a team's input (the first such team in order).</exception>
    public static DistrictCycleReport Run(string district, IReadOnlyList<TeamCycleInput> teams)
    {
        Guard.Against.NullOrWhiteSpace(district);
        Guard.Against.NullOrNullElements(teams);
        Guard.Against.Unmet(teams.Count > 0, nameof(teams), "A district needs at least one team.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in teams) Guard.Against.Unmet(ids.Add(t.TeamId), nameof(teams), $"The team id \"{t.TeamId}\" is given twice.");
        var reports = new UnitCycleReport[teams.Count];
        var failures = new Exception?[teams.Count];
        Parallel.For(0, teams.Count, i =>
        {
            try
            {
                reports[i] = UnitCycle.Run(teams[i].Input);
            }
            catch (Exception e)
            {
                failures[i] = e; // rethrown below, the first team's in team order, as a run one team after the other would throw it
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure) ExceptionDispatchInfo.Throw(failure);
        return new DistrictCycleReport(district, [.. teams.Select((t, i) => new TeamCycleReport(t.TeamId, reports[i]))]);
    }

    private static string Name(UnitCycleInput district, string teamId) => $"{district.Team}, team {teamId}";

    // Each team's rows in their order, each team's array made at its size (a district's million item scores: no list
    // grows by copies, decision 0230).
    private static ValueArray<T>[] ByTeam<T>(ValueArray<T> rows, int teams, Func<T, int> team)
    {
        var all = rows.AsSpan();
        var of = new int[all.Length];
        var counts = new int[teams];
        for (int r = 0; r < all.Length; r++) counts[of[r] = team(all[r])]++;
        var byTeam = new T[teams][];
        for (int t = 0; t < teams; t++) byTeam[t] = new T[counts[t]];
        Array.Clear(counts);
        for (int r = 0; r < all.Length; r++) byTeam[of[r]][counts[of[r]]++] = all[r];
        var arrays = new ValueArray<T>[teams];
        for (int t = 0; t < teams; t++) arrays[t] = new ValueArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(byTeam[t]));
        return arrays;
    }
}

using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.TeamData;

/// <summary>
/// Issue 14, cause 8: no hidden count can be worked out from what the team data publishes. The search below is written
/// apart from <see cref="ComplementarySuppression"/>: it builds the sums that link a target's published cells (team,
/// teachers, sections, attribute values, each teacher's sections) from the roster, and decides with exact rational
/// elimination whether any hidden cell's count is fixed by the shown ones.
/// </summary>
public sealed class SuppressionProperties
{
    private static readonly Gen<(Roster Roster, List<TargetOutcome> Outcomes, int Minimum)> Teams =
        from students in Gen.Choose(2, 70)
        from sections in Gen.Choose(1, 6)
        from teachers in Gen.Choose(1, 4)
        from sectionOf in Gen.Choose(0, 5).ArrayOf(students)
        from ell in Gen.Choose(0, 9).ArrayOf(students)
        from iep in Gen.Choose(0, 9).ArrayOf(students)
        from race in Gen.Choose(0, 4).ArrayOf(students)
        from targets in Gen.Choose(1, 3)
        from scores in Gen.Choose(0, 3).ArrayOf(students * 3)
        from minimum in Gen.Choose(2, 12)
        select Build(students, sections, teachers, sectionOf, ell, iep, race, targets, scores, minimum);

    private static (Roster, List<TargetOutcome>, int) Build(int n, int sections, int teachers, int[] sectionOf, int[] ell, int[] iep, int[] race, int k, int[] scores, int minimum)
    {
        var roster = new Roster(Enumerable.Range(0, n).Select(i =>
        {
            int section = sectionOf[i] % sections;
            var attributes = new List<KeyValuePair<string, string>> { new("ell", ell[i] == 0 ? "yes" : "no"), new("iep", iep[i] < 2 ? "yes" : "no") };
            if (race[i] > 0) attributes.Add(new("race", $"r{race[i]}")); // some students have no value: that attribute's values do not add up to the team
            return new RosterStudent(new StudentId($"s{i}"), new SectionId($"c{section}"), new TeacherId($"t{section % teachers}"), attributes);
        }));
        var outcomes = new List<TargetOutcome>();
        for (int i = 0; i < n; i++)
            for (int t = 0; t < k; t++)
                if (scores[i * 3 + t] > 0) outcomes.Add(new TargetOutcome(new StudentId($"s{i}"), new TargetId($"T{t}"), scores[i * 3 + t] >= 2, scores[i * 3 + t]));
        return (roster, outcomes, minimum);
    }

    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_published_rates() =>
        Prop.ForAll(Teams.ToArbitrary(), team =>
        {
            var (roster, outcomes, minimum) = team;
            var report = TeamDataAnalysis.Analyze(outcomes, roster, new TeamDataOptions(minimum));
            foreach (var byTarget in report.Rates.GroupBy(r => r.Target))
            {
                var rates = byTarget.ToList();
                var scored = outcomes.Where(o => o.Target == byTarget.Key).Select(o => roster.Find(o.Student)!).ToList();
                var sums = Sums(rates, scored);
                var shown = rates.Select(r => r.Proficient is not null).ToArray();
                for (int i = 0; i < rates.Count; i++)
                {
                    if (shown[i]) continue;
                    Assert.False(Determined(sums, shown, i), $"{rates[i].Kind} {rates[i].Group} on {byTarget.Key} is hidden but follows from the shown cells");
                    Assert.Null(rates[i].Rate.Value);
                    Assert.DoesNotContain(rates[i].Rate.Reasons, r => r.Data.ContainsKey("students"));
                }
                // Every group under the minimum is hidden.
                Assert.All(rates.Where(r => r.Students < minimum), r => Assert.Null(r.Proficient));
            }
            // A group hidden on one target is hidden on every target (its size cannot be read off another one) — unless
            // it is the whole team there (every student shares the value), when it is the team's own published total.
            var teamHidden = report.Rates.Where(r => r.Kind == Breakdown.Team && r.Proficient is null).Select(r => r.Target).ToHashSet();
            var hidden = report.Rates.Where(r => r.Proficient is null && !teamHidden.Contains(r.Target)).Select(r => (r.Kind, r.Group)).ToHashSet();
            foreach (var r in report.Rates.Where(r => hidden.Contains((r.Kind, r.Group)) && r.Kind != Breakdown.Team))
            {
                var teamRate = report.Rates.Single(t => t.Target == r.Target && t.Kind == Breakdown.Team);
                if (r.Kind == Breakdown.StudentGroup && r.Students == teamRate.Students) continue;
                Assert.Null(r.Proficient);
            }
            // A hidden group is never compared with the rest of the team (its rest rate would give it away).
            Assert.All(report.Gaps.Concat(report.Teachers).Where(c => hidden.Contains((c.Kind, c.Group))), c => Assert.Equal(ComparisonConclusion.NotShown, c.Conclusion));
        }).Check(300);

    [Fact] // Issue 14's case: team 19/30 with ell=no 18/26 published gave ell=yes 1/4 away; now ell=no is withheld too.
    public void The_issue_example_is_no_longer_derivable()
    {
        var students = new List<RosterStudent>();
        var outcomes = new List<TargetOutcome>();
        for (int i = 0; i < 30; i++)
        {
            bool ell = i < 4;
            students.Add(new RosterStudent(new StudentId($"s{i}"), new SectionId("A"), new TeacherId("t"), [new("ell", ell ? "yes" : "no")]));
            bool proficient = ell ? i == 0 : i < 4 + 18;
            outcomes.Add(new TargetOutcome(new StudentId($"s{i}"), new TargetId("T"), proficient, proficient ? 3 : 1));
        }
        var report = TeamDataAnalysis.Analyze(outcomes, new Roster(students), new TeamDataOptions(10));
        Assert.Equal(19, report.Rates.Single(r => r.Kind == Breakdown.Team).Proficient);
        Assert.Null(report.Rates.Single(r => r.Group == "ell=yes").Proficient);
        var no = report.Rates.Single(r => r.Group == "ell=no");
        Assert.Null(no.Proficient);
        Assert.Equal("suppressed-complement", no.Rate.Reasons.Single().Code);
    }

    /// <summary>The sums linking a target's cells, built from the roster: team = Σ teachers = Σ sections = Σ values of a complete attribute; teacher = Σ own sections.</summary>
    private static List<(int Total, List<int> Parts)> Sums(List<ProficiencyRate> rates, List<RosterStudent> scored)
    {
        int Index(Breakdown kind, string group) => rates.FindIndex(r => r.Kind == kind && r.Group == group);
        int team = Index(Breakdown.Team, "team");
        var sums = new List<(int, List<int>)>
        {
            (team, rates.Select((r, i) => (r, i)).Where(x => x.r.Kind == Breakdown.Teacher).Select(x => x.i).ToList()),
            (team, rates.Select((r, i) => (r, i)).Where(x => x.r.Kind == Breakdown.Section).Select(x => x.i).ToList()),
        };
        foreach (var teacher in scored.GroupBy(s => s.Teacher))
            sums.Add((Index(Breakdown.Teacher, teacher.Key.Value), teacher.Select(s => s.Section).Distinct().Select(s => Index(Breakdown.Section, s.Value)).ToList()));
        foreach (var name in new[] { "ell", "iep", "race" })
            if (scored.All(s => s.AttributeOrNull(name) is not null))
                sums.Add((team, rates.Select((r, i) => (r, i)).Where(x => x.r.Kind == Breakdown.StudentGroup && x.r.Group.StartsWith(name + "=", StringComparison.Ordinal)).Select(x => x.i).ToList()));
        return sums;
    }

    /// <summary>Whether hidden cell <paramref name="cell"/> is fixed by the sums: exact elimination over the rationals on the hidden cells.</summary>
    private static bool Determined(List<(int Total, List<int> Parts)> sums, bool[] shown, int cell)
    {
        var unknown = Enumerable.Range(0, shown.Length).Where(i => !shown[i]).ToList();
        var rows = sums.Select(s =>
        {
            var row = new BigInteger[unknown.Count];
            foreach (int p in s.Parts) if (unknown.IndexOf(p) is var j and >= 0) row[j] += 1;
            if (unknown.IndexOf(s.Total) is var t and >= 0) row[t] -= 1;
            return row;
        }).Where(r => r.Any(v => !v.IsZero)).ToList();
        int before = Rank(rows, unknown.Count);
        var unit = new BigInteger[unknown.Count];
        unit[unknown.IndexOf(cell)] = 1;
        rows.Add(unit);
        return Rank(rows, unknown.Count) == before;
    }

    /// <summary>The rank of an integer matrix, by fraction-free (Bareiss-style) elimination.</summary>
    private static int Rank(List<BigInteger[]> input, int columns)
    {
        var m = input.Select(r => (BigInteger[])r.Clone()).ToList();
        int rank = 0;
        for (int c = 0; c < columns && rank < m.Count; c++)
        {
            int pivot = m.FindIndex(rank, r => !r[c].IsZero);
            if (pivot < 0) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = rank + 1; r < m.Count; r++)
            {
                if (m[r][c].IsZero) continue;
                BigInteger a = m[rank][c], b = m[r][c];
                for (int k = 0; k < columns; k++) m[r][k] = (m[r][k] * a) - (m[rank][k] * b);
            }
            rank++;
        }
        return rank;
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;
using static MathPlc.Interventions.Tests.ResponseScenario;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// The issue's properties of the response model over generated teams — sizes, classes, scores with gaps, screening,
/// non-response, adults, blocks and rules: one response per student and target with a reason; no Tier 3 without its
/// sources; the whole-class rule; capacity; extension for every proficient student.
/// </summary>
public sealed class ResponsePlanningProperties
{
    private static readonly IsoDayOfWeek[] Weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    internal static readonly Gen<ResponseInput> Inputs =
        from students in Gen.Choose(1, 45)
        from sections in Gen.Choose(1, Math.Min(4, students))
        from targets in Gen.Choose(1, 5)
        from cells in Gen.Elements<double?>(null, 1, 2, 2.5, 3, 3, 3.5, 4, 4).ArrayOf(students * targets)
        from screened in Gen.Choose(-1, 100).ArrayOf(students)
        from nonResponse in Gen.Choose(0, 9).ArrayOf(students)
        from adults in Gen.Choose(1, 4)
        from outside in Gen.Elements(false, true)
        from blockMask in Gen.Choose(1, 31)
        from line in Gen.Elements(0.1, 0.25, 0.4, 0.75, 1.0)
        from reassess in Gen.Choose(1, 20)
        from referral in Gen.Elements<double?>(null, 0.6, 1.0)
        from tier2Max in Gen.Choose(1, 6)
        from startOffset in Gen.Choose(0, 6)
        select Build(students, sections, targets, cells, screened, nonResponse, adults, outside, blockMask, line, reassess, referral, tier2Max, startOffset);

    private static ResponseInput Build(int students, int sections, int k, double?[] cells, int[] screened, int[] nonResponse, int adults, bool outside,
        int blockMask, double line, int reassess, double? referral, int tier2Max, int startOffset)
    {
        var targets = Enumerable.Range(0, k).Select(Target).ToArray();
        var roster = new Roster(Enumerable.Range(0, students).Select(i =>
            new RosterStudent(new StudentId($"s{i:00}"), new SectionId($"c{i % sections}"), new TeacherId($"teacher-{i % sections % 3}"))));
        var scores = Enumerable.Range(0, students * k).Select(j => new TargetScore(roster.Students[j / k].Student, targets[j % k].Id, cells[j]));
        var adultIds = roster.Teachers.Take(adults).Concat(outside ? [new TeacherId("interventionist")] : []);
        var blocks = Weekdays.Where((_, d) => (blockMask & (1 << d)) != 0).Select(d => new InterventionBlock(d, 30));
        return new ResponseInput(roster, targets, scores, Calendar, Start.PlusDays(startOffset), new ResponseCapacity(adultIds, blocks))
        {
            Rules = new ResponseRules(line, reassess, referral, tier2: new GroupSize(1, tier2Max)),
            Screening = [.. roster.Students.Select((s, i) => (s, i)).Where(x => screened[x.i] >= 0).Select(x => new ScreeningScore(x.s.Student, screened[x.i]))],
            NonResponse = [.. roster.Students.Select((s, i) => (s, i)).Where(x => nonResponse[x.i] == 0).Select(x => new NonResponse(x.s.Student, Start.PlusDays(-10), "No response to Tier 2."))],
        };
    }

    [Fact] // Issue 18: rows share a reason per distinct facts; each shared reason must still state the row's own facts.
    public void Every_shared_row_reason_states_its_own_students_facts() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            var classOf = plan.Classes.ToDictionary(c => (c.Target, c.Section));
            foreach (var rows in plan.Responses.GroupBy(r => r.Student))
            {
                var notYet = rows.Where(r => r.Status == TargetStatus.NotYet).Select(r => r.TargetCode).ToList();
                foreach (var r in rows)
                {
                    var reason = r.Reason;
                    Assert.Equal(r.TargetCode, reason.Data["target"]);
                    Assert.Equal(r.Status.Name(), reason.Data["status"]);
                    if (r.Score is { } score && reason.Code != "referral") Assert.Contains($"score {Figures.Decimal(score)}, cut", reason.Message);
                    switch (reason.Code)
                    {
                        case "extension":
                            Assert.Equal(r.Score!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), reason.Data["score"]);
                            Assert.Contains($"with {r.Teacher} in class", reason.Message);
                            break;
                        case "whole-class" or "whole-team":
                            Assert.Contains(classOf[(r.Target, r.Section)].Reason.Message, reason.Message);
                            Assert.Contains($"{r.Teacher} reteaches it", reason.Message);
                            break;
                        case "tier2":
                            Assert.Equal(r.GroupId, reason.Data["group"]);
                            break;
                        case "over-capacity":
                            Assert.Contains(r.Student, plan.Groups.Single(g => g.Id == reason.Data["group"] && g.Target == r.Target).Students);
                            Assert.Contains($"{r.Teacher} reteaches", reason.Message);
                            break;
                        case "next-cycle":
                            Assert.Contains(rows, x => x.TargetCode == reason.Data["first"] && x.Reason.Code is "tier2" or "over-capacity");
                            break;
                        case "referral":
                            Assert.Contains($"({string.Join(", ", notYet)})", reason.Message);
                            Assert.Equal(notYet.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), reason.Data["not-yet-targets"]);
                            break;
                        case "not-assessed-absent":
                            Assert.All(rows, x => Assert.Equal(TargetStatus.NoScore, x.Status));
                            break;
                        case "not-assessed":
                            Assert.Contains(rows, x => x.Status != TargetStatus.NoScore);
                            break;
                    }
                }
            }
        }).Check(200);

    [Fact] // Issue 18: scores are read by position when they come student by target; in any other order the plan is the same
    public void The_scores_order_does_not_change_the_plan() =>
        Prop.ForAll(Inputs.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (input, seed) =>
        {
            var random = new Random(seed);
            var shuffled = new ResponseInput(input.Roster, input.Targets, input.Scores.OrderBy(_ => random.Next()), input.Calendar, input.Start, input.Capacity)
            {
                Rules = input.Rules, ScreeningBands = input.ScreeningBands, Screening = input.Screening, NonResponse = input.NonResponse,
            };
            Assert.Equal(Rows(ResponsePlanning.Plan(input)), Rows(ResponsePlanning.Plan(shuffled)));
        }).Check(200);

    private static string[] Rows(ResponsePlan plan) =>
        [.. plan.Responses.Select(r => $"{r.Student}|{r.Target}|{r.Status}|{r.Response}|{r.GroupId}|{r.Adult}|{r.StartsOn}|{r.ReassessOn}|{r.Reason.Code}|{r.Reason.Message}")];

    [Fact] // Learning by Doing: every student is answered for — one response per student and target, never without a reason.
    public void Every_roster_student_gets_exactly_one_response_per_target_with_a_reason() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            Assert.Equal(input.Roster.Count * input.Targets.Length, plan.Responses.Length);
            var pairs = plan.Responses.Select(r => (r.Student, r.Target)).ToHashSet();
            foreach (var s in input.Roster.Students)
                foreach (var t in input.Targets)
                    Assert.Contains((s.Student, t.Id), pairs);
            Assert.All(plan.Responses, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason.Message)));
        }).Check(200);

    [Fact] // Reference §1.2, §11: no Tier 3 without an intensive screening percentile or documented non-response.
    public void No_student_is_in_tier3_without_screening_or_non_response() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            var intensive = input.Screening.Where(s => input.ScreeningBands.BandOf(s.Percentile) == ScreeningBand.Intensive).Select(s => s.StudentId);
            var sources = intensive.Concat(input.NonResponse.Select(n => n.Student)).ToHashSet();
            Assert.All(plan.Tier3, t => Assert.Contains(t.Student, sources));
            Assert.All(plan.Responses.Where(r => r.Response == ResponseKind.Tier3), r => Assert.Contains(r.Student, sources));
            Assert.All(plan.Groups.Where(g => g.Kind == ResponseKind.Tier3).SelectMany(g => g.Students), s => Assert.Contains(s, sources));
            Assert.Equal(sources.Order(), plan.Tier3.Select(t => t.Student).Order());
        }).Check(200);

    [Fact] // Tier 1 first: a not-yet student (outside Tier 3 and referral) is retaught in class exactly when the team's or the class's share is at or above the line.
    public void A_not_yet_student_is_retaught_in_class_exactly_when_the_line_is_reached() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            double line = input.Rules.WholeClassAtLeast;
            foreach (var r in plan.Responses.Where(r => r.Status == TargetStatus.NotYet && r.Response is not (ResponseKind.Tier3 or ResponseKind.Referral)))
            {
                var team = plan.Responses.Where(x => x.Target == r.Target && x.Status != TargetStatus.NoScore).ToList();
                var cls = team.Where(x => x.Section == r.Section).ToList();
                bool reached = Threshold.AtOrAbove((double)team.Count(x => x.Status == TargetStatus.NotYet) / team.Count, line)
                               || Threshold.AtOrAbove((double)cls.Count(x => x.Status == TargetStatus.NotYet) / cls.Count, line);
                if (reached) Assert.Equal(ResponseKind.WholeClass, r.Response);
                else Assert.True(r.Response == ResponseKind.Tier2 || r.Reason.Code == "over-capacity", $"{r.Student} {r.TargetCode}: {r.Response} {r.Reason.Code}");
            }
            Assert.All(plan.Classes, c => Assert.Equal(c.NotYetShare is { } s && Threshold.AtOrAbove(s, line) || c.Reason.Code == "whole-team", c.WholeClass));
        }).Check(200);

    [Fact] // Capacity: each adult leads at most one group per block, a student is in at most one group per block, a Tier 2 group never exceeds its size.
    public void Groups_stay_within_the_adults_and_blocks() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            var fitting = plan.Groups.Where(g => g.Fits).ToList();
            var slots = fitting.SelectMany(g => g.Blocks.Select(b => (g.Adult, b.Day))).ToList();
            Assert.Equal(slots.Count, slots.Distinct().Count());
            Assert.True(plan.SlotsUsed <= input.Capacity.Slots);
            Assert.All(slots, s => Assert.Contains(s.Adult!.Value, input.Capacity.Adults));
            var seats = fitting.SelectMany(g => g.Students.SelectMany(s => g.Blocks.Select(b => (s, b.Day)))).ToList();
            Assert.Equal(seats.Count, seats.Distinct().Count());
            Assert.All(plan.Groups.Where(g => g.Kind == ResponseKind.Tier2), g => Assert.InRange(g.Students.Length, 1, input.Rules.Tier2.Maximum));
            Assert.All(plan.Groups.Where(g => g.Kind == ResponseKind.Tier3), g => Assert.InRange(g.Students.Length, 1, input.Rules.Tier3.Maximum));
            // Groups that did not fit exist only when every adult is busy in every block (Tier 2), and their students have the Tier 1 alternative.
            if (plan.Groups.Any(g => !g.Fits && g.Kind == ResponseKind.Tier2)) Assert.Equal(input.Capacity.Slots, plan.SlotsUsed);
            foreach (var g in plan.Groups.Where(g => !g.Fits && g.Kind == ResponseKind.Tier2))
                Assert.All(g.Students, s => Assert.Equal("over-capacity", plan.Responses.Single(r => r.Student == s && r.Target == g.Target).Reason.Code));
            // Sessions: instructional days on the group's weekdays, from the start until its reassessment or review.
            foreach (var g in fitting)
                Assert.All(g.Sessions, d =>
                {
                    Assert.True(input.Calendar.IsInstructionalDay(d));
                    Assert.Contains(d.DayOfWeek, g.Blocks.Select(b => b.Day));
                    Assert.InRange(d, plan.Start, g.ReassessOn.PlusDays(-1));
                });
        }).Check(200);

    [Fact] // Question 4 per target; no score is never proficient, never "core": proficient ⇔ extension, no score ⇔ none.
    public void Every_proficient_student_extends_and_every_student_without_a_score_is_not_assessed() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            Assert.All(plan.Responses, r =>
            {
                Assert.Equal(r.Status == TargetStatus.Proficient, r.Response == ResponseKind.Extension);
                Assert.Equal(r.Status == TargetStatus.NoScore, r.Response == ResponseKind.None);
            });
            foreach (var t in plan.Targets)
                Assert.Equal(plan.Responses.Count(r => r.Target == t.Target && r.Status == TargetStatus.Proficient), t.Extension);
        }).Check(200);

    [Fact] // A Tier 2 row with a group names a group that holds the student and works on that target; a student is in one Tier 2 group at a time.
    public void Tier2_rows_and_groups_agree() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var plan = ResponsePlanning.Plan(input);
            var groups = plan.Groups.ToDictionary(g => g.Id);
            foreach (var r in plan.Responses.Where(r => r.Response == ResponseKind.Tier2 && r.GroupId is not null))
            {
                var g = groups[r.GroupId!];
                Assert.Contains(r.Student, g.Students);
                Assert.Equal(r.Target, g.Target);
                Assert.Equal(g.Adult, r.Adult);
            }
            var inGroups = plan.Groups.Where(g => g.Kind == ResponseKind.Tier2).SelectMany(g => g.Students).ToList();
            Assert.Equal(inGroups.Count, inGroups.Distinct().Count());
            // Referral: exactly the students (outside Tier 3) not yet proficient on at least the referral count.
            int? count = input.Rules.ReferralCount(input.Targets.Length);
            var expected = plan.Responses.GroupBy(r => r.Student)
                .Where(g => count is { } c && g.Count(r => r.Status == TargetStatus.NotYet) >= c && !plan.Tier3.Any(t => t.Student == g.Key)).Select(g => g.Key);
            Assert.Equal(expected.Order(), plan.Referrals.Select(r => r.Student).Order());
        }).Check(200);
}

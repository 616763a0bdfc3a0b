using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Standards.Case;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>The sample team: its random numbers, its shape, its standards, and counts worked from its generated data.</summary>
public sealed class SampleTeamTests
{
    [Fact] // Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567.
    public void SplitMix64_gives_the_published_sequence()
    {
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (var value in expected) Assert.Equal(value, SampleRandom.SplitMix64(ref state));
    }

    [Fact] // xoshiro256** seeded by SplitMix64 (Vigna's reference C), checked against an independent Python transcription.
    public void Xoshiro256_starstar_and_Box_Muller_give_the_independently_computed_values()
    {
        var random = new SampleRandom(2026);
        Assert.Equal(10583478199052185109UL, random.NextUInt64());
        Assert.Equal(5232962402658359512UL, random.NextUInt64());
        Assert.Equal(14988153452874227418UL, random.NextUInt64());
        // u1 = 1 − 0.5737315027932676, u2 = 0.2836794602748579: √(−2 ln u1) cos(2π u2) = −0.27428896668413827 (Python's math).
        Assert.Equal(-0.27428896668413827, new SampleRandom(2026).NextGaussian(), 12);
    }

    [Fact]
    public void Normal_deviates_have_mean_0_and_variance_1()
    {
        var random = new SampleRandom(7);
        var draws = Enumerable.Range(0, 100_000).Select(_ => random.NextGaussian()).ToArray();
        double mean = draws.Average(), variance = draws.Select(x => (x - mean) * (x - mean)).Sum() / (draws.Length - 1);
        Assert.InRange(mean, -0.01, 0.01); // SE 0.0032
        Assert.InRange(variance, 0.98, 1.02); // SE 0.0045
    }

    [Fact]
    public void The_same_seed_gives_the_same_team_and_another_seed_another()
    {
        var a = SampleTeam.Generate(2026);
        Assert.Equal(a, SampleTeam.Generate(2026));
        Assert.Equal(Fingerprint(a), Fingerprint(SampleTeam.Default));
        var b = SampleTeam.Generate(2027);
        Assert.NotEqual(a, b);
        Assert.NotEqual(Fingerprint(a), Fingerprint(b));
    }

    [Fact] // The issue: a grade-level team, several teachers, five sections, about 130 students with group attributes.
    public void The_team_has_four_teachers_five_sections_of_26_and_group_attributes()
    {
        var input = SampleTeam.Default.Input;
        Assert.Equal(130, input.Roster.Count);
        Assert.Equal(["6-01", "6-02", "6-03", "6-04", "6-05"], input.Roster.Sections.Select(s => s.Value).ToArray());
        Assert.Equal(4, input.Roster.Teachers.Length);
        Assert.All(input.Roster.Students.GroupBy(s => s.Section), g => Assert.Equal(26, g.Count()));
        // Sections are dealt to teachers in turn, so the first teacher has sections 6-01 and 6-05.
        Assert.Equal(2, input.Roster.Students.Where(s => s.Teacher.Value == "ms-garcia").Select(s => s.Section).Distinct().Count());
        Assert.Equal(["ell", "gender", "iep"], input.Roster.AttributeNames().ToArray());
    }

    [Fact]
    public void The_assessment_has_sixteen_items_worth_26_points_in_three_formats()
    {
        var blueprint = SampleTeam.Blueprint;
        Assert.Equal(16, blueprint.Items.Length);
        Assert.Equal(26, blueprint.TotalPoints);
        Assert.Equal(42, blueprint.TotalMinutes);
        Assert.Equal(3, blueprint.Items.Select(i => i.Format).Distinct().Count());
        Assert.Equal(Ccss6RatiosUnit.Targets.Select(t => t.Id).ToArray(), blueprint.Targets.ToArray());
        // 9 one-point items, 5 two-point, one 3-point and one 4-point; absent students (2 %) have no rows.
        var input = SampleTeam.Default.Input;
        int present = SampleTeam.Default.Students.Count(s => !s.Absent);
        Assert.Equal(present * 16, input.ItemScores.Length);
        Assert.All(input.ItemScores, s => Assert.InRange(s.Score ?? 0, 0, blueprint.Find(s.Item)!.Points));
    }

    [Fact] // Days counted independently: weekdays 17 Aug 2026 – 4 Jun 2027 less Labor Day, Thanksgiving (3), winter (10), MLK, Presidents', spring (5), Memorial Day.
    public void The_calendar_has_188_instructional_days()
    {
        Assert.Equal(188, SampleTeam.Calendar.InstructionalDays);
        Assert.True(SampleTeam.Calendar.IsInstructionalDay(SampleTeam.AssessedOn));
        Assert.Equal(IsoDayOfWeek.Monday, SampleTeam.NextCycleStart.DayOfWeek);
    }

    [Fact] // Common Core State Standards (NGA Center and CCSSO 2010) as published in CASE by OpenSALT.
    public void The_unit_targets_match_the_CASE_package_of_the_standards()
    {
        var path = SharedData.CaseFile("ccss-math-6rp-7rp-opensalt.json");
        using var file = File.OpenRead(path);
        var framework = CaseJson.Read(file, path).Value.Framework;
        foreach (var target in Ccss6RatiosUnit.Targets)
        {
            var item = framework[target.Id];
            Assert.Equal(item.Code, target.Code);
            Assert.Equal(item.Statement, target.Statement);
        }
        // 6.RP.A.1 precedes 6.RP.A.2 in the package, and the unit lists it first.
        Assert.Contains(Ccss6RatiosUnit.RatioLanguage.Id, framework.PrerequisitesOf(Ccss6RatiosUnit.UnitRateConcept.Id));
    }

    [Fact] // Counts worked from the generated item scores by the team's table: a student is proficient on a target at 70 % of its points or more.
    public void Target_and_tier_counts_match_a_direct_count_of_the_generated_scores()
    {
        var sample = SampleTeam.Default;
        var report = UnitCycle.Run(sample.Input);
        var blueprint = sample.Input.Blueprint;
        var targets = Ccss6RatiosUnit.Targets.Select(t => t.Id).ToArray();
        var proficient = new Dictionary<(StudentId, TargetId), bool>();
        foreach (var student in sample.Input.ItemScores.GroupBy(s => s.Student))
            foreach (var target in targets)
            {
                double earned = 0, possible = 0;
                foreach (var item in blueprint.Items.Where(i => i.Targets.Contains(target)))
                {
                    double share = 1.0 / item.Targets.Length;
                    possible += item.Points * share;
                    earned += (student.Single(s => s.Item == item.Id).Score ?? 0) * share;
                }
                proficient[(student.Key, target)] = earned / possible >= 0.70;
            }
        for (int t = 0; t < targets.Length; t++)
        {
            int yes = proficient.Count(p => p.Key.Item2 == targets[t] && p.Value);
            int no = proficient.Count(p => p.Key.Item2 == targets[t] && !p.Value);
            Assert.Equal((yes, no, 130 - yes - no), (report.HowWillWeKnow.Targets[t].Proficient, report.HowWillWeKnow.Targets[t].NotYetProficient, report.HowWillWeKnow.Targets[t].WithoutScore));
        }
        var unmet = proficient.GroupBy(p => p.Key.Item1).ToDictionary(g => g.Key, g => g.Count(p => !p.Value));
        Assert.Equal(0, report.Counts.Tier3); // no screening and no non-response: one assessment never means Tier 3
        Assert.Equal(unmet.Count(u => u.Value == targets.Length), report.Counts.Referral);
        Assert.Equal(unmet.Count(u => u.Value == 0), report.Counts.Extension);
        Assert.Equal(sample.Students.Count(s => s.Absent), report.Counts.NotAssessed);
        Assert.Equal(report.Counts.NotAssessed, report.HowWillWeRespond.NotAssessed.Length);
    }

    [Fact] // The built-in team's data raise every kind of prompt the issue names, and its mis-keyed item 5 is flagged.
    public void The_sample_report_answers_all_four_questions_and_raises_prompts()
    {
        var report = UnitCycle.Run(SampleTeam.Default.Input);
        Assert.Equal(5, report.WhatToLearn.Targets.Length);
        Assert.NotEmpty(report.HowWillWeKnow.TeamData.Teachers);
        Assert.NotNull(report.HowWillWeKnow.ItemAnalysis);
        Assert.NotEmpty(report.HowWillWeRespond.Groups);
        Assert.All(report.HowWillWeRespond.Groups, g => Assert.NotEmpty(g.Sessions));
        Assert.All(report.HowWillWeExtend.Targets, t => Assert.NotEmpty(t.Students));
        Assert.Contains(report.Prompts, p => p.Kind == PromptKind.TargetMostMissed && p.Evidence.Data["target"] == "6.RP.A.3c");
        Assert.Contains(report.Prompts, p => p.Kind == PromptKind.SectionWellAbove);
        Assert.Contains(report.Prompts, p => p.Kind == PromptKind.NegativeDiscrimination && p.Evidence.Data["item"] == "Q05");
        // Item 15 has no rubric: action 4 is missing and says so.
        Assert.Equal("missing-rubric", report.TeamActions[3].Reasons.Single().Code);
    }

    [Fact] // Issue 12 on the built-in team: 6.RP.A.3c (68 of 129 not yet) and 6.RP.A.2 (36 of 129) are retaught to every class, not grouped;
           // the Tier 2 groups fit the four teachers' four blocks; three students missing every target are referred.
    public void The_sample_team_responds_the_way_RTI_at_Work_teaches()
    {
        var report = UnitCycle.Run(SampleTeam.Default.Input);
        var plan = report.HowWillWeRespond.Plan;
        Assert.Equal([false, true, false, false, true], plan.Targets.Select(t => t.WholeTeam).ToArray());
        Assert.Equal((68, 129), (plan.Targets[4].NotYet, plan.Targets[4].Proficient + plan.Targets[4].NotYet));
        Assert.Empty(plan.Tier3);
        Assert.Equal(3, plan.Referrals.Length);
        Assert.All(plan.Groups, g => Assert.True(g.Fits));
        Assert.True(plan.SlotsUsed <= plan.Capacity.Slots);
        Assert.Equal(new LocalDate(2026, 11, 2), plan.ReassessOn);
        Assert.Equal(1, report.Counts.NotAssessed);
    }

    private static string Fingerprint(SampleTeamData data) =>
        string.Join(";", data.Input.ItemScores.Select(s => $"{s.Student},{s.Item},{s.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
        + "|" + string.Join(";", data.Input.Roster.Students.Select(s => $"{s.Student},{s.Section},{s.Teacher},{string.Join(",", s.Attributes)}"));
}

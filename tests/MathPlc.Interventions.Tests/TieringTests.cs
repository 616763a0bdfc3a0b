using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interventions.Tests;

/// <summary>Tier decisions: worked examples, the partition and monotonicity properties, and every guard.</summary>
public sealed class TieringTests
{
    private static readonly TargetId A = new("6.RP.A.1"), B = new("6.RP.A.2"), C = new("6.RP.A.3");
    private static StudentId S(string id) => new(id);
    private static TargetScore T(string student, TargetId target, double? score) => new(S(student), target, score);

    [Fact] // PLC target-based tiering (Taking Action; reference §1.2): proficient at or above 3 on a 4-point scale.
    public void A_student_below_the_cut_on_one_target_needs_Tier_2_on_that_target()
    {
        var d = Tiering.Decide([T("s1", A, 3.5), T("s1", B, 2.5), T("s1", C, 3)], TierRules.Default).Single();
        Assert.Equal(Tier.Tier2, d.Tier);
        Assert.False(d.Extension);
        Assert.Equal([B], d.UnmetTargets.ToArray());
        var below = d.Reasons.Single(r => r.Code == "below-cut");
        Assert.Equal("6.RP.A.2", below.Data["target"]);
        Assert.Equal("2.5", below.Data["score"]);
        Assert.Equal("3", below.Data["cut"]);
    }

    [Fact] // Question 4 (Learning by Doing): extension for students proficient on every essential target.
    public void Proficient_on_every_target_is_core_with_extension()
    {
        var d = Tiering.Decide([T("s1", A, 3), T("s1", B, 4), T("s1", C, 3.5)], TierRules.Default).Single();
        Assert.Equal(Tier.Core, d.Tier);
        Assert.True(d.Extension);
        Assert.Contains(d.Reasons, r => r.Code == "extension");
    }

    [Fact]
    public void A_target_without_a_score_is_neither_met_nor_unmet_and_blocks_extension()
    {
        var d = Tiering.Decide([T("s1", A, 3), T("s1", B, null)], TierRules.Default).Single();
        Assert.Equal(Tier.Core, d.Tier);
        Assert.False(d.Extension);
        Assert.Contains(d.Reasons, r => r.Code == "no-score" && r.Data["target"] == B.Value);
    }

    [Fact] // Every Tier 3 rule at once (reference §1, §11): the tier-3 reason lists them in the order they applied, far-below-cut once per target, in both forms.
    public void Every_Tier_3_rule_at_once_is_listed_in_the_order_it_applied()
    {
        TargetScore[] scores = [T("s1", A, 1), T("s1", B, 1), T("s1", C, 2)];
        var rules = new TierRules(farBelowCut: 1.5, tier3WhenUnmetAtLeast: 2);
        ScreeningScore[] screening = [new(S("s1"), 5)];
        var byRows = Tiering.Decide(scores, rules, screening: screening, tier2NonResponders: [S("s1")]).Single();
        var byColumns = Tiering.Decide(new TierScoreTable([S("s1")], [A, B, C], [0, 0, 0], [0, 1, 2], [1, 1, 2]), rules, screening: screening, tier2NonResponders: [S("s1")]).Single();
        foreach (var d in new[] { byRows, byColumns })
        {
            Assert.Equal(Tier.Tier3, d.Tier);
            Assert.Equal("far-below-cut,far-below-cut,unmet-targets,screening-intensive,tier2-non-response", d.Reasons.Single(r => r.Code == "tier-3").Data["rules"]);
        }
    }

    [Fact] // Default Tier 3 rule: below the cut on three essential targets.
    public void Below_on_three_targets_is_Tier_3_listing_the_rule()
    {
        var d = Tiering.Decide([T("s1", A, 2), T("s1", B, 2), T("s1", C, 1)], TierRules.Default).Single();
        Assert.Equal(Tier.Tier3, d.Tier);
        Assert.Equal("unmet-targets", d.Reasons.Single(r => r.Code == "tier-3").Data["rules"]);
    }

    [Fact]
    public void Far_below_a_lower_cut_is_Tier_3()
    {
        var d = Tiering.Decide([T("s1", A, 1), T("s1", B, 3)], new TierRules(farBelowCut: 1.5)).Single();
        Assert.Equal(Tier.Tier3, d.Tier);
        Assert.Contains(d.Reasons, r => r.Code == "far-below-cut");
    }

    [Theory] // Renaissance Star Math default benchmark categories: ≥ 40 core, 25–39 watch, 10–24 intervention, < 10 urgent.
    [InlineData(40.0, ScreeningBand.Core, Tier.Core)]
    [InlineData(39.9, ScreeningBand.Watch, Tier.Core)]
    [InlineData(25.0, ScreeningBand.Watch, Tier.Core)]
    [InlineData(24.0, ScreeningBand.Targeted, Tier.Tier2)]
    [InlineData(10.0, ScreeningBand.Targeted, Tier.Tier2)]
    [InlineData(9.0, ScreeningBand.Intensive, Tier.Tier3)]
    public void Screening_bands_follow_Star_Math_defaults_with_the_cut_in_the_band_above(double percentile, ScreeningBand band, Tier tier)
    {
        var d = Tiering.Decide([T("s1", A, 3)], TierRules.Default, screening: [new ScreeningScore(S("s1"), percentile)]).Single();
        Assert.Equal(band, d.ScreeningBand);
        Assert.Equal(tier, d.Tier);
    }

    [Fact] // Exactly on the cut after rounding: 0.1 + 0.2 is 0.30000000000000004 in doubles, cut 0.3.
    public void A_score_a_rounding_error_off_the_cut_is_at_the_cut()
    {
        Assert.Equal(0, Threshold.Compare(0.1 + 0.2, 0.3));
        Assert.Equal(0, Threshold.Compare(0.3, 0.1 + 0.2));
        var rules = new TierRules(proficientCut: 0.3);
        Assert.Equal(Tier.Core, Tiering.Decide([T("s1", A, 0.1 + 0.2)], rules).Single().Tier);
        Assert.Equal(Tier.Tier2, Tiering.Decide([T("s1", A, 0.2999)], rules).Single().Tier);
        Assert.Equal(ScreeningBand.Core, ScreeningBands.Default.BandOf(39.99999999999999));
    }

    [Fact]
    public void Tier_2_non_response_is_Tier_3()
    {
        var d = Tiering.Decide([T("s1", A, 3)], TierRules.Default, tier2NonResponders: [S("s1")]).Single();
        Assert.Equal(Tier.Tier3, d.Tier);
        Assert.Contains(d.Reasons, r => r.Code == "tier2-non-response");
    }

    [Fact]
    public void Unmet_targets_come_in_progression_order()
    {
        var order = new TargetOrder([C, A]);
        var d = Tiering.Decide([T("s1", A, 1), T("s1", B, 1), T("s1", C, 1)], new TierRules(tier3WhenUnmetAtLeast: null), order).Single();
        Assert.Equal([C, A, B], d.UnmetTargets.ToArray());
    }

    [Fact]
    public void Targets_outside_the_essential_list_are_ignored_and_target_cuts_apply()
    {
        var rules = new TierRules(essentialTargets: [A], targetCuts: [new(A, 2.5)]);
        var d = Tiering.Decide([T("s1", A, 2.5), T("s1", B, 0)], rules).Single();
        Assert.Equal(Tier.Core, d.Tier);
        Assert.True(d.Extension);
    }

    // ---- properties ----

    private static readonly Gen<double?> ScoreGen =
        Gen.Frequency((1, Gen.Constant<double?>(null)), (6, Gen.Choose(0, 8).Select(h => (double?)(h / 2.0))));

    private static readonly Gen<(double?[][] Scores, double?[] Screening, bool[] NonResponders)> Cohort =
        from n in Gen.Choose(1, 12)
        from scores in ScoreGen.ArrayOf(3).ArrayOf(n)
        from screening in Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Gen.Choose(0, 100).Select(p => (double?)p))).ArrayOf(n)
        from non in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(n)
        select (scores, screening, non);

    private static readonly TargetId[] Targets = [A, B, C];

    private static ImmutableArray<TierDecision> DecideCohort(double?[][] scores, double?[] screening, bool[] non, TierRules rules) =>
        Tiering.Decide(
            scores.SelectMany((row, i) => row.Select((s, j) => T($"s{i:D2}", Targets[j], s))),
            rules,
            screening: screening.Select((p, i) => (p, i)).Where(x => x.p is not null).Select(x => new ScreeningScore(S($"s{x.i:D2}"), x.p!.Value)),
            tier2NonResponders: non.Select((b, i) => (b, i)).Where(x => x.b).Select(x => S($"s{x.i:D2}")));

    private static readonly TierRules Far = new(farBelowCut: 1.5, tier3WhenUnmetAtLeast: 2);

    [Fact]
    public void Every_student_has_exactly_one_tier_and_extension_only_among_core() =>
        Prop.ForAll(Cohort.ToArbitrary(), c =>
        {
            var decisions = DecideCohort(c.Scores, c.Screening, c.NonResponders, Far);
            Assert.Equal(c.Scores.Length, decisions.Length);
            Assert.Equal(decisions.Length, decisions.Select(d => d.StudentId).Distinct().Count());
            Assert.All(decisions, d => Assert.True(!d.Extension || d.Tier == Tier.Core));
            Assert.All(decisions, d => Assert.NotEmpty(d.Reasons));
        }).Check();

    [Fact]
    public void Raising_a_score_never_moves_a_student_to_a_more_intensive_tier() =>
        Prop.ForAll(Cohort.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(1, 8).ToArbitrary(), (c, pick, raise) =>
        {
            int i = pick % c.Scores.Length, j = pick / 7 % 3;
            var raised = c.Scores.Select(r => (double?[])r.Clone()).ToArray();
            raised[i][j] = Math.Min(4, (raised[i][j] ?? 0) + raise / 2.0);
            if (c.Scores[i][j] is null) return; // a new score is not a raise
            var before = DecideCohort(c.Scores, c.Screening, c.NonResponders, Far)[i];
            var after = DecideCohort(raised, c.Screening, c.NonResponders, Far)[i];
            Assert.True(after.Tier <= before.Tier, $"{before.Tier} → {after.Tier}");
        }).Check();

    [Fact]
    public void The_batch_form_gives_the_same_tiers_extension_and_first_unmet_target() =>
        Prop.ForAll(Cohort.ToArbitrary(), c =>
        {
            var decisions = DecideCohort(c.Scores, c.Screening, c.NonResponders, Far);
            int n = c.Scores.Length;
            var flat = c.Scores.SelectMany(r => r.Select(s => s ?? double.NaN)).ToArray();
            var tiers = new Tier[n];
            var ext = new bool[n];
            var first = new int[n];
            var counts = new int[n];
            TierBatch.Decide(flat, [3, 3, 3], Far, c.Screening.Select(p => p ?? double.NaN).ToArray(), c.NonResponders, tiers, ext, first, counts);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(decisions[i].Tier, tiers[i]);
                Assert.Equal(decisions[i].Extension, ext[i]);
                Assert.Equal(decisions[i].UnmetTargets.Length, counts[i]);
                Assert.Equal(decisions[i].UnmetTargets.IsEmpty ? -1 : Array.IndexOf(Targets, decisions[i].UnmetTargets[0]), first[i]);
            }
        }).Check();

    [Fact] // Issue 18: reasons are built once per distinct (code, facts) and shared between students; each student's reasons must still state that student's own facts.
    public void Shared_reasons_state_each_students_own_scores_percentile_and_counts() =>
        Prop.ForAll(Cohort.ToArbitrary(), Gen.Elements(TierRules.Default, Far).ToArbitrary(), (c, rules) =>
        {
            // Some zeros as −0, which is written "-0": a cache keyed on the value rather than its bits would mix them up.
            var scores = c.Scores.Select((row, i) => row.Select((s, j) => s == 0 && (i + j) % 2 == 0 ? -0.0 : s).ToArray()).ToArray();
            var decisions = DecideCohort(scores, c.Screening, c.NonResponders, rules);
            for (int i = 0; i < scores.Length; i++)
            {
                var d = decisions[i];
                foreach (var r in d.Reasons)
                {
                    string? own = r.Data.TryGetValue("target", out string? target) ? R(scores[i][Array.IndexOf(Targets, new TargetId(target))]) : null;
                    if (r.Code is "below-cut" or "far-below-cut")
                    {
                        Assert.Equal(own, r.Data["score"]);
                        Assert.StartsWith($"{target}: {own} is below", r.Message);
                    }
                    if (r.Code.StartsWith("screening-", StringComparison.Ordinal))
                    {
                        Assert.Equal(R(c.Screening[i]), r.Data["percentile"]);
                        Assert.StartsWith($"Screening percentile {R(c.Screening[i])} is ", r.Message);
                    }
                    if (r.Code == "unmet-targets") Assert.Equal(R(d.UnmetTargets.Length), r.Data["unmet"]);
                    if (r.Code == "tier-2" && !d.UnmetTargets.IsEmpty) Assert.EndsWith($"; support on {d.UnmetTargets[0]} first.", r.Message);
                }
                Assert.Equal(d.UnmetTargets.Length, d.Reasons.Count(r => r.Code == "below-cut"));
            }
        }).Check();

    private static string? R(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    // ---- guards ----

    [Fact]
    public void An_unknown_target_in_the_rules_is_refused() =>
        Assert.Throws<ArgumentException>("rules", () => Tiering.Decide([T("s1", A, 3)], new TierRules(essentialTargets: [A, new TargetId("7.EE.B.4")])));

    [Fact]
    public void Two_scores_on_one_target_are_refused() =>
        Assert.Throws<ArgumentException>("scores", () => Tiering.Decide([T("s1", A, 3), T("s1", A, 2)], TierRules.Default));

    [Fact]
    public void Two_screening_results_are_refused() =>
        Assert.Throws<ArgumentException>("screening", () => Tiering.Decide([T("s1", A, 3)], TierRules.Default,
            screening: [new ScreeningScore(S("s1"), 50), new ScreeningScore(S("s1"), 20)]));

    [Fact]
    public void A_non_finite_score_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("scores", () => Tiering.Decide([T("s1", A, double.NaN)], TierRules.Default));

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("scores", () => Tiering.Decide((IEnumerable<TargetScore>)null!, TierRules.Default));
        Assert.Throws<ArgumentNullException>("rules", () => Tiering.Decide([], null!));
    }

    [Fact]
    public void Rule_guards_name_their_parameter()
    {
        Assert.Throws<ArgumentException>("essentialTargets", () => new TierRules(essentialTargets: [A, A]));
        Assert.Throws<ArgumentException>("targetCuts", () => new TierRules(essentialTargets: [A], targetCuts: [new(B, 2)]));
        Assert.Throws<ArgumentException>("targetCuts", () => new TierRules(targetCuts: [new(A, 2), new(A, 3)]));
        Assert.Throws<ArgumentException>("farBelowCut", () => new TierRules(farBelowCut: 3.5));
        Assert.Throws<ArgumentOutOfRangeException>("tier3WhenUnmetAtLeast", () => new TierRules(tier3WhenUnmetAtLeast: 0));
        Assert.Throws<ArgumentOutOfRangeException>("proficientCut", () => new TierRules(proficientCut: double.NaN));
        Assert.Throws<ArgumentException>("watchFrom", () => new ScreeningBands(coreFrom: 20, watchFrom: 25));
        Assert.Throws<ArgumentOutOfRangeException>("coreFrom", () => new ScreeningBands(coreFrom: 101));
        Assert.Throws<ArgumentOutOfRangeException>("percentile", () => new ScreeningScore(S("s1"), -1));
        Assert.Throws<ArgumentOutOfRangeException>("percentile", () => ScreeningBands.Default.BandOf(100.5));
        Assert.Throws<ArgumentException>("prerequisitesFirst", () => new TargetOrder([A, A]));
    }

    [Fact]
    public void Batch_guards_name_their_parameter()
    {
        var one = new Tier[1];
        Assert.Throws<ArgumentException>("cuts", () => TierBatch.Decide([], [], TierRules.Default, [], [], one, new bool[1], new int[1], new int[1]));
        Assert.Throws<ArgumentException>("scores", () => TierBatch.Decide([1, 2, 3], [3, 3], TierRules.Default, [], [], one, new bool[1], new int[1], new int[1]));
        Assert.Throws<ArgumentException>("percentiles", () => TierBatch.Decide([1, 2], [3, 3], TierRules.Default, [1, 2], [], one, new bool[1], new int[1], new int[1]));
        Assert.Throws<ArgumentException>("nonResponders", () => TierBatch.Decide([1, 2], [3, 3], TierRules.Default, [], [true, false], one, new bool[1], new int[1], new int[1]));
        Assert.Throws<ArgumentException>("tiers", () => TierBatch.Decide([1, 2], [3, 3], TierRules.Default, [], [], new Tier[2], new bool[1], new int[1], new int[1]));
    }
}

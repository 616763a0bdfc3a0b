using MathPlc.Core;
using MathPlc.Standards;
using static MathPlc.Standards.Tests.SampleFramework;

namespace MathPlc.Standards.Tests;

public class EssentialStandardsTests
{
    private static readonly TeacherId Ana = new("ana"), Ben = new("ben");
    private static readonly TargetId S1 = new("s1"), S2 = new("s2"), S3 = new("s3");
    private static readonly EssentialCandidate[] Candidates = [new(S1, "U1"), new(S2, "U1"), new(S3, "U1")];

    // Totals: Ana 8, 4, 6; Ben 7, 3, 8 → means 7.5, 3.5, 7.0. Agreement by hand (criteria equal out of 4, one pair):
    // s1 3/4 (leverage differs), s2 3/4 (endurance differs), s3 2/4 (endurance and leverage differ).
    private static readonly CriterionRatings[] Ratings =
    [
        new(Ana, S1, 2, 2, 2, 2), new(Ana, S2, 1, 1, 2, 0), new(Ana, S3, 2, 1, 2, 1),
        new(Ben, S1, 2, 2, 2, 1), new(Ben, S2, 1, 0, 2, 0), new(Ben, S3, 2, 2, 2, 2),
    ];

    [Fact]
    public void Standards_are_ranked_by_mean_total_and_capped_per_unit()
    {
        var ranked = EssentialStandards.Rank(Candidates, Ratings, maxPerUnit: 2);
        Assert.Equal([S1, S3, S2], ranked.Select(r => r.Standard));
        Assert.Equal([7.5, 7.0, 3.5], ranked.Select(r => r.MeanTotal!.Value));
        Assert.Equal([true, true, false], ranked.Select(r => r.IsEssential));
        Assert.Equal([0.75, 0.5, 0.75], ranked.Select(r => r.Agreement!.Value));
        Assert.Equal([2.0, 2.0, 2.0, 1.5], ranked[0].MeanByCriterion.ToArray());
        Assert.Equal("over-cap", ranked[2].Reasons[0].Code);
    }

    [Fact]
    public void The_default_cap_is_five_and_an_unrated_standard_stays_supporting()
    {
        var candidates = Enumerable.Range(1, 7).Select(i => new EssentialCandidate(new TargetId($"t{i}"), "U2")).ToArray();
        var ratings = candidates.Take(6).Select(c => new CriterionRatings(Ana, c.Standard, 2, 2, 2, 2)).ToArray();
        var ranked = EssentialStandards.Rank(candidates, ratings);
        Assert.Equal(5, ranked.Count(r => r.IsEssential));
        Assert.Equal(["t1", "t2", "t3", "t4", "t5", "t6", "t7"], ranked.Select(r => r.Standard.Value)); // ties keep the candidates' order
        Assert.Null(ranked[6].MeanTotal);
        Assert.Null(ranked[6].Agreement);
        Assert.Equal("not-rated", ranked[6].Reasons[0].Code);
    }

    [Fact]
    public void Raters_who_disagree_are_told_to_talk_it_through()
    {
        var ranked = EssentialStandards.Rank([new EssentialCandidate(S1, "U1")], [new(Ana, S1, 2, 2, 2, 2), new(Ben, S1, 0, 0, 2, 0)]);
        Assert.Contains(ranked[0].Reasons, r => r.Code == "raters-disagree");
    }

    [Fact] // 6.RP.A.3 precedes 7.RP.A.3: making only the grade-7 standard essential leaves a gap.
    public void A_vertical_gap_is_flagged_when_the_earlier_prerequisite_was_not_essential()
    {
        var framework = Create();
        var gap = Assert.Single(EssentialStandards.VerticalGaps(framework, [B3]));
        Assert.Equal((B3, A3), (gap.Essential, gap.Prerequisite));
        Assert.Equal("vertical-gap", gap.Reason.Code);
        Assert.Empty(EssentialStandards.VerticalGaps(framework, [B3, A3]));
        Assert.Empty(EssentialStandards.VerticalGaps(framework, [A2])); // a1 → a2 is within grade 6
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Equal("readiness", Assert.Throws<ArgumentOutOfRangeException>(() => new CriterionRatings(Ana, S1, 3, 0, 0, 0)).ParamName);
        Assert.Equal("leverage", Assert.Throws<ArgumentOutOfRangeException>(() => new CriterionRatings(Ana, S1, 0, 0, 0, -1)).ParamName);
        Assert.Equal("rater", Assert.Throws<ArgumentException>(() => new CriterionRatings(default, S1, 0, 0, 0, 0)).ParamName);
        Assert.Equal("maxPerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => EssentialStandards.Rank(Candidates, Ratings, 0)).ParamName);
        Assert.Equal("candidates", Assert.Throws<ArgumentException>(() => EssentialStandards.Rank([.. Candidates, Candidates[0]], [])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => EssentialStandards.Rank(Candidates, [.. Ratings, Ratings[0]])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => EssentialStandards.Rank(Candidates, [new(Ana, new TargetId("zz"), 0, 0, 0, 0)])).ParamName);
        Assert.Equal("Unit", Assert.Throws<ArgumentException>(() => new EssentialCandidate(S1, "")).ParamName);
        Assert.Equal("framework", Assert.Throws<ArgumentNullException>(() => EssentialStandards.VerticalGaps(null!, [])).ParamName);
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>The NCTM Mathematics Teaching Practices instrument and self-versus-external rating comparisons.</summary>
public class SelfExternalRatingTests
{
    private const string Questions = nameof(NctmTeachingPractice.PosePurposefulQuestions);
    private static readonly LocalDate Day = new(2026, 10, 6);

    private static ClassroomVisit Visit(string lesson, string teacher, string school, string observer, int level) =>
        new(lesson, new TeacherId(teacher), new SchoolId(school), Day, observer, new Dictionary<string, int> { [Questions] = level });

    // Self-ratings (observer = teacher) and one coach's rating per lesson; differences self − external 1, 0, 2 at Adams,
    // 0, 1 at Lincoln.
    private static readonly ClassroomVisit[] Visits =
    [
        Visit("L1", "ortiz", "adams", "ortiz", 4), Visit("L1", "ortiz", "adams", "coach", 3),
        Visit("L2", "lee", "adams", "lee", 3), Visit("L2", "lee", "adams", "coach", 3),
        Visit("L3", "kim", "adams", "kim", 4), Visit("L3", "kim", "adams", "coach", 2),
        Visit("L4", "diaz", "lincoln", "diaz", 2), Visit("L4", "diaz", "lincoln", "coach", 2),
        Visit("L5", "chen", "lincoln", "chen", 3), Visit("L5", "chen", "lincoln", "coach", 2),
        Visit("L6", "park", "lincoln", "coach", 3), // no self-rating: left out
    ];

    [Fact]
    public void The_NCTM_instrument_has_the_eight_practices_of_Principles_to_Actions()
    {
        var nctm = ObservationInstrument.NctmTeachingPractices;
        Assert.Equal(8, nctm.Dimensions.Length); // NCTM (2014), Principles to Actions, the eight Mathematics Teaching Practices
        Assert.Equal((1, 4), (nctm.LowestLevel, nctm.HighestLevel));
        Assert.Equal("FacilitateMeaningfulMathematicalDiscourse", nctm.DimensionNamed("facilitatemeaningfulmathematicaldiscourse"));
    }

    // By hand, district (5 pairs): d = 1, 0, 2, 0, 1; mean 0.8; s_d = √(2.8/4) = 0.83666; t(0.975, 4) = 2.776 (printed
    // t table); half-width 2.7764451 × 0.8366600 / √5 = 1.038851. Exact agreement 2/5, adjacent 4/5. Linear weighted kappa
    // on levels 1–4: observed weighted agreement (2/3 + 1 + 1/3 + 1 + 2/3)/5 = 0.73333, chance 0.68 from the margins
    // (self 2:1, 3:2, 4:2; external 2:3, 3:2), κ = 0.05333/0.32 = 1/6.
    [Fact]
    public void The_district_comparison_matches_the_hand_computation()
    {
        var rows = SelfExternalRatings.Compare(ObservationInstrument.NctmTeachingPractices, Visits, "Riverside");
        var district = rows.Single(r => r.Scope == "Riverside" && r.Dimension is null);
        Assert.Equal(5, district.Pairs);
        Assert.Equal(0.8, district.MeanDifference, 12);
        Assert.Equal(3.2, district.MeanSelf, 12);
        Assert.Equal(2.4, district.MeanExternal, 12);
        Assert.Equal(0.8 - 1.038851, district.Interval!.Value.Lower, 4);
        Assert.Equal(0.8 + 1.038851, district.Interval!.Value.Upper, 4);
        Assert.Equal(0.4, district.ExactAgreement, 12);
        Assert.Equal(0.8, district.AdjacentAgreement, 12);
        Assert.Equal(1.0 / 6, district.WeightedKappa.Value!.Value, 9);
        Assert.Equal("no-consistent-difference", district.Reasons[0].Code);
        Assert.Contains(district.Reasons, r => r.Code == "unpaired-lessons" && r.Data["lessons"] == "1");
    }

    // Adams: d = 1, 0, 2, mean 1, s_d = 1, t(0.975, 2) = 4.303: 1 ± 2.48414.
    [Fact]
    public void Each_school_has_its_own_rows()
    {
        var rows = SelfExternalRatings.Compare(ObservationInstrument.NctmTeachingPractices, Visits);
        var adams = rows.Single(r => r.Scope == "adams" && r.Dimension is null);
        Assert.Equal(3, adams.Pairs);
        Assert.Equal(1 - 4.302653 / Math.Sqrt(3), adams.Interval!.Value.Lower, 4);
        Assert.DoesNotContain(adams.Reasons, r => r.Code == "unpaired-lessons");
        Assert.Equal(2, rows.Single(r => r.Scope == "lincoln" && r.Dimension == Questions).Pairs);
        Assert.Equal(["District", "adams", "lincoln"], rows.Select(r => r.Scope).Distinct().ToArray());
    }

    [Fact]
    public void Self_ratings_consistently_higher_carry_the_caution()
    {
        ClassroomVisit[] higher = [.. Enumerable.Range(1, 6).SelectMany(i => new[]
        {
            Visit($"L{i}", $"t{i}", "adams", $"t{i}", 4), Visit($"L{i}", $"t{i}", "adams", "coach", i % 2 == 0 ? 2 : 3),
        })];
        var district = SelfExternalRatings.Compare(ObservationInstrument.NctmTeachingPractices, higher).First();
        Assert.Equal("self-rates-higher", district.Reasons[0].Code);
        Assert.True(district.Interval!.Value.Lower > 0);
    }

    // Printed two-sided 95 % t critical values (e.g. Moore, McCabe & Craig, Table D).
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(2, 4.303)]
    [InlineData(4, 2.776)]
    [InlineData(9, 2.262)]
    [InlineData(29, 2.045)]
    [InlineData(120, 1.980)]
    public void The_t_quantile_matches_the_printed_table(int df, double t) =>
        Assert.Equal(t, StudentT.Quantile(0.975, df), 3);

    private static readonly Arbitrary<(int Self, int External)[]> PairLists =
        (from n in Gen.Choose(2, 25) from pairs in Gen.Zip(Gen.Choose(1, 4), Gen.Choose(1, 4)).ArrayOf(n) select pairs).ToArbitrary();

    [Fact]
    public void The_interval_holds_the_mean_difference_and_agreement_shares_are_ordered() =>
        Prop.ForAll(PairLists, pairs =>
        {
            var visits = pairs.SelectMany((p, i) => new[] { Visit($"L{i}", $"t{i}", "adams", $"t{i}", p.Self), Visit($"L{i}", $"t{i}", "adams", "coach", p.External) });
            var row = SelfExternalRatings.Compare(ObservationInstrument.NctmTeachingPractices, visits)[0];
            Assert.Equal(row.MeanSelf - row.MeanExternal, row.MeanDifference, 9);
            Assert.InRange(row.MeanDifference, row.Interval!.Value.Lower - 1e-12, row.Interval.Value.Upper + 1e-12);
            Assert.InRange(row.ExactAgreement, 0, row.AdjacentAgreement);
            Assert.InRange(row.AdjacentAgreement, 0, 1);
        }).Check();

    [Fact]
    public void Bad_visits_are_refused()
    {
        var nctm = ObservationInstrument.NctmTeachingPractices;
        Assert.Throws<ArgumentException>("visits", () => SelfExternalRatings.Compare(nctm, [Visit("L1", "a", "s", "a", 5)]));
        Assert.Throws<ArgumentException>("visits", () => SelfExternalRatings.Compare(nctm, [Visit("L1", "a", "s", "a", 3), Visit("L1", "a", "s", "a", 2)]));
        Assert.Throws<ArgumentException>("visits", () => SelfExternalRatings.Compare(nctm, [Visit("L1", "a", "s", "a", 3), Visit("L1", "b", "s", "c", 2)]));
        Assert.Throws<ArgumentException>("district", () => SelfExternalRatings.Compare(nctm, Visits, " "));
        Assert.Throws<ArgumentException>("district", () => SelfExternalRatings.Compare(nctm, Visits, "adams")); // a school named like the district
        Assert.Throws<ArgumentNullException>("instrument", () => SelfExternalRatings.Compare(null!, Visits));
        Assert.Throws<ArgumentNullException>("visits", () => SelfExternalRatings.Compare(nctm, null!));
        Assert.Throws<ArgumentException>("p", () => StudentT.Quantile(1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("degreesOfFreedom", () => StudentT.Quantile(0.975, 0));
    }
}

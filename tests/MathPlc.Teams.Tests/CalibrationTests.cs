using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>
/// Calibrated rubrics: agreement per criterion through Assessments, and changes judged against rater noise. The
/// expected values are worked by hand in the comments.
/// </summary>
public class CalibrationTests
{
    private static readonly LocalDate Fall = new(2026, 10, 1);
    private static readonly LocalDate Spring = new(2027, 3, 1);

    // A self-assessment rubric with the three criteria WestEd (2019) names for the Math in Common districts.
    internal static readonly Rubric SelfAssessment = new("District mathematics self-assessment",
        new[] { "vision", "content", "process" }.Select(name => new RubricCriterion(name,
            new[] { new RubricLevel(1, "beginning"), new RubricLevel(2, "developing"), new RubricLevel(3, "implementing"), new RubricLevel(4, "sustaining") })));

    private static IEnumerable<RubricRating> Rate(string subject, LocalDate on, params double[] scores) =>
        scores.Select((s, i) => new RubricRating("content", subject, "rater" + (i + 1), on, s));

    private static readonly RubricRating[] Ratings =
    [
        .. Rate("D1", Fall, 2, 2, 3), .. Rate("D2", Fall, 3, 3, 3), .. Rate("D3", Fall, 1, 2, 2), .. Rate("D4", Fall, 3, 4, 3),
        .. Rate("D1", Spring, 4, 4, 4), .. Rate("D2", Spring, 3, 2, 3), .. Rate("D3", Spring, 1, 2, 2), .. Rate("D4", Spring, 4, 4, 3),
    ];

    [Fact]
    public void Agreement_per_criterion_comes_from_the_assessments_statistics()
    {
        var agreement = Assert.Single(RubricCalibration.Agreement(SelfAssessment, Ratings, Fall));
        Assert.Equal("content", agreement.Criterion);
        Assert.Equal(4, agreement.Agreement.Subjects);
        Assert.Equal(3, agreement.Agreement.Raters);
        Assert.Equal(0.25, agreement.Agreement.ExactAgreement.Value); // only D2 has three equal scores
        Assert.Equal(1.0, agreement.Agreement.AdjacentAgreement.Value); // every district within one point
    }

    // MSW over the eight district-occasions: six have within sum of squares 2/3 (2,2,3 and the like), two have 0, so
    // MSW = 4 / (8 × 2) = 0.25. The noise limit for means of three ratings is 1.96 × √(0.25/3 + 0.25/3) = 0.800167.
    [Fact]
    public void A_change_is_real_only_when_it_exceeds_rater_noise()
    {
        var changes = RubricCalibration.Changes(SelfAssessment, Ratings, Fall, Spring);
        Assert.Equal(["D1", "D2", "D3", "D4"], changes.Select(c => c.Subject).ToArray());
        Assert.Equal([ChangeJudgement.RealChange, ChangeJudgement.WithinRaterNoise, ChangeJudgement.WithinRaterNoise, ChangeJudgement.WithinRaterNoise],
            changes.Select(c => c.Judgement).ToArray());
        Assert.Equal(1.96 * Math.Sqrt(1.0 / 6), changes[0].NoiseLimit!.Value, 12);
        Assert.Equal(4 - 7.0 / 3, changes[0].Change, 12);
        Assert.Equal("0.25", changes[0].Why.Data["within-subject-mean-square"]);
    }

    [Fact]
    public void One_rater_cannot_estimate_noise()
    {
        RubricRating[] single = [new("content", "D1", "ana", Fall, 3), new("content", "D1", "ana", Spring, 2)];
        Assert.Equal(ChangeJudgement.InsufficientData, Assert.Single(RubricCalibration.Changes(SelfAssessment, single, Fall, Spring)).Judgement);
    }

    [Fact]
    public void A_rater_noise_judgement_never_calls_identical_ratings_a_change() =>
        Prop.ForAll(Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), Gen.Choose(1, 4).ArrayOf(20).ToArbitrary(), (subjects, raters, scores) =>
        {
            var ratings = new List<RubricRating>();
            for (int s = 0; s < subjects; s++)
                for (int r = 0; r < raters; r++)
                    foreach (var on in new[] { Fall, Spring })
                        ratings.Add(new RubricRating("vision", "S" + s, "R" + r, on, scores[(s * raters + r) % scores.Length]));
            Assert.All(RubricCalibration.Changes(SelfAssessment, ratings, Fall, Spring), c => Assert.NotEqual(ChangeJudgement.RealChange, c.Judgement));
        }).Check();

    [Fact]
    public void A_score_that_is_not_a_level_is_refused() =>
        Assert.Throws<ArgumentException>("ratings", () => RubricCalibration.Agreement(SelfAssessment, [new RubricRating("vision", "D1", "ana", Fall, 5)]));

    [Fact]
    public void A_criterion_the_rubric_lacks_is_refused() =>
        Assert.Throws<ArgumentException>("ratings", () => RubricCalibration.Agreement(SelfAssessment, [new RubricRating("equity", "D1", "ana", Fall, 2)]));

    [Fact]
    public void A_rater_scoring_a_subject_twice_on_one_occasion_is_refused() =>
        Assert.Throws<ArgumentException>("ratings", () => RubricCalibration.Agreement(SelfAssessment, [new RubricRating("vision", "D1", "ana", Fall, 2), new RubricRating("vision", "D1", "ana", Fall, 3)]));

    [Fact]
    public void Occasions_out_of_order_are_refused() =>
        Assert.Throws<ArgumentException>("after", () => RubricCalibration.Changes(SelfAssessment, Ratings, Spring, Fall));

    [Fact]
    public void A_criterion_needs_two_levels() =>
        Assert.Throws<ArgumentException>("levels", () => new RubricCriterion("x", [new RubricLevel(1, "only")]));

    [Fact]
    public void A_rubric_refuses_two_criteria_with_one_name() =>
        Assert.Throws<ArgumentException>("criteria", () => new Rubric("r", [SelfAssessment.Criteria[0], SelfAssessment.Criteria[0]]));
}

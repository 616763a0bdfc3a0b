using MathPlc.Assessments;
using static MathPlc.Assessments.Tests.Agreement.PublishedRatings;

namespace MathPlc.Assessments.Tests.Agreement;

public class PublishedAgreementTests
{
    private static double Value(StatisticValue statistic)
    {
        Assert.Equal(StatisticStatus.Defined, statistic.Status);
        return statistic.Value!.Value;
    }

    [Theory] // Krippendorff (2011), section C, published to three decimals.
    [InlineData(MeasurementLevel.Nominal, 0.743)]
    [InlineData(MeasurementLevel.Ordinal, 0.815)]
    [InlineData(MeasurementLevel.Interval, 0.849)]
    [InlineData(MeasurementLevel.Ratio, 0.797)]
    public void Krippendorffs_alpha_matches_the_2011_worked_example(MeasurementLevel level, double published)
    {
        var alpha = KrippendorffAlpha.Compute(Krippendorff2011(), level);
        Assert.Equal(published, Math.Round(Value(alpha), 3));
        Assert.Equal(11, alpha.SubjectsUsed); // unit 12 has a single value and is not pairable
        Assert.Equal(1, alpha.SubjectsDropped);
    }

    [Theory] // fast-krippendorff tests/test_krippendorff.py, to six decimals.
    [InlineData(MeasurementLevel.Nominal, 0.691358)]
    [InlineData(MeasurementLevel.Interval, 0.810845)]
    public void Krippendorffs_alpha_matches_the_three_coder_example(MeasurementLevel level, double published) =>
        Assert.Equal(published, Math.Round(Value(KrippendorffAlpha.Compute(ThreeCoders(), level)), 6));

    [Fact] // Shrout & Fleiss (1979), Table 4, two decimals.
    public void Intraclass_correlations_match_Shrout_and_Fleiss()
    {
        var icc = IntraclassCorrelation.Compute(ShroutFleiss1979());
        Assert.Equal(0.17, Math.Round(Value(icc.Icc11), 2));
        Assert.Equal(0.29, Math.Round(Value(icc.Icc21), 2));
        Assert.Equal(0.71, Math.Round(Value(icc.Icc31), 2));
        Assert.Equal(0.44, Math.Round(Value(icc.Icc1K), 2));
        Assert.Equal(0.62, Math.Round(Value(icc.Icc2K), 2));
        Assert.Equal(0.91, Math.Round(Value(icc.Icc3K), 2));
    }

    [Fact] // Shrout & Fleiss (1979), Table 2 ANOVA: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
    public void Mean_squares_match_Shrout_and_Fleiss()
    {
        var squares = IntraclassCorrelation.Compute(ShroutFleiss1979()).MeanSquares!;
        Assert.Equal(11.24, Math.Round(squares.BetweenSubjects, 2));
        Assert.Equal(6.26, Math.Round(squares.WithinSubjects, 2));
        Assert.Equal(32.49, Math.Round(squares.BetweenRaters, 2));
        Assert.Equal(1.02, Math.Round(squares.Residual, 2));
    }

    [Fact] // Fleiss (1971); R irr kappam.fleiss(diagnoses) = 0.4302445 (statsmodels test_fleiss_kappa_irr).
    public void Fleiss_kappa_matches_the_diagnoses_example()
    {
        var result = FleissKappa.Compute(Diagnoses());
        Assert.Equal(0.4302445, Value(result.Kappa), 7);
        double[] published = [0.245, 0.245, 0.520, 0.471, 0.566]; // Fleiss (1971); irr kappam.fleiss(detail = TRUE)
        Assert.Equal(published, result.ByCategory.Select(c => Math.Round(Value(c.Kappa), 3)).ToArray());
        Assert.Equal([1.0, 2, 3, 4, 5], result.ByCategory.Select(c => c.Category).ToArray());
    }

    [Fact] // Wikipedia "Fleiss' kappa" worked example: P̄ = 0.378, κ = 0.210.
    public void Fleiss_kappa_and_pairwise_agreement_match_the_Wikipedia_example()
    {
        var ratings = WikipediaFleiss();
        Assert.Equal(0.210, Math.Round(Value(FleissKappa.Compute(ratings).Kappa), 3));
        Assert.Equal(0.378, Math.Round(Value(PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise)), 3));
    }

    [Fact] // Wikipedia "Cohen's kappa": 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15 → p_o 0.7, p_e 0.5, κ 0.4.
    public void Cohens_kappa_matches_the_Wikipedia_example()
    {
        var ratings = FromTable(new[,] { { 20, 5 }, { 10, 15 } });
        Assert.Equal(0.4, Value(CohenKappa.Compute(ratings)), 12);
        Assert.Equal(0.7, Value(PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters)), 12);
    }

    [Fact] // statsmodels test_inter_rater.py, SAS PROC FREQ on table10: simple κ 0.4842, weighted (Cicchetti–Allison) 0.4701.
    public void Cohens_kappa_matches_SAS_on_the_statsmodels_table()
    {
        var ratings = FromTable(new[,] { { 0, 4, 1 }, { 0, 8, 0 }, { 0, 1, 5 } });
        Assert.Equal(0.4842, Math.Round(Value(CohenKappa.Compute(ratings)), 4));
        Assert.Equal(0.4701, Math.Round(Value(CohenKappa.Compute(ratings, KappaWeighting.Linear)), 4));
    }

    [Fact] // R irr kappa2(anxiety[, 2:3], weight) as recorded in statsmodels test_cohens_kappa_irr (categories used: 1, 2, 3, 4, 6).
    public void Weighted_kappa_over_the_used_categories_matches_irr()
    {
        var ratings = AnxietyRaters2And3();
        Assert.Equal(-0.006289308, Value(CohenKappa.Compute(ratings, KappaWeighting.Unweighted)), 8);
        Assert.Equal(0.1459075, Value(CohenKappa.Compute(ratings, KappaWeighting.Linear)), 7);
        Assert.Equal(0.2520325, Value(CohenKappa.Compute(ratings, KappaWeighting.Quadratic)), 7);
    }

    [Fact] // The same data on the declared 1–6 scale: 4 and 6 are no longer neighbours, so weighted kappa differs (reference/statistics.md §1).
    public void Weighted_kappa_over_the_declared_scale_differs_from_irr_when_a_level_is_unused()
    {
        var ratings = AnxietyRaters2And3();
        var declared = RatingScale.Declared(1, 2, 3, 4, 5, 6);
        Assert.Equal(-0.006289308, Value(CohenKappa.Compute(ratings, KappaWeighting.Unweighted, declared)), 8);
        Assert.NotEqual(Math.Round(0.1459075, 4), Math.Round(Value(CohenKappa.Compute(ratings, KappaWeighting.Linear, declared)), 4));
        var used = RatingScale.Declared(1, 2, 3, 4, 6);
        Assert.Equal(0.1459075, Value(CohenKappa.Compute(ratings, KappaWeighting.Linear, used)), 7);
    }

    [Fact] // Hand count: 2 raters, 5 papers on a 1–4 rubric; equal on papers 1, 2, 4; one apart on 3; two apart on 5.
    public void Exact_and_adjacent_agreement_count_papers()
    {
        var ratings = Complete([1, 1], [2, 2], [3, 4], [4, 4], [1, 3]);
        Assert.Equal(0.6, Value(PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters)), 12);
        Assert.Equal(0.8, Value(PercentAgreement.Adjacent(ratings, AgreementDefinition.AllRaters)), 12);
        Assert.Equal(0.8, Value(PercentAgreement.Adjacent(ratings, AgreementDefinition.Pairwise)), 12);
    }

    [Fact] // Three raters on one paper scoring 2, 2, 3: all-raters exact fails (0), but one of three pairs agrees (1/3).
    public void All_raters_and_pairwise_agreement_differ_with_three_raters()
    {
        var ratings = Complete([2, 2, 3], [1, 1, 1]);
        Assert.Equal(0.5, Value(PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters)), 12);
        Assert.Equal((1.0 / 3 + 1) / 2, Value(PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise)), 12);
    }

    [Fact] // reference/statistics.md §3: irr's kripp.alpha sets mᵤ − 1 := 1 for complete data with > 2 coders, which would
           // give −1.8329509 on Fleiss' diagnoses; the published definition divides by mᵤ − 1 = 5. Both computed independently (plain Python).
    public void Complete_data_with_six_raters_divides_each_unit_by_its_own_pairs()
    {
        double alpha = Value(KrippendorffAlpha.Compute(Diagnoses(), MeasurementLevel.Nominal));
        Assert.Equal(0.4334098, alpha, 7);
        Assert.NotEqual(-1.8329509, Math.Round(alpha, 7));
    }

    [Fact] // reference/statistics.md §1: irr kappa2 sorts a ≥ 10-point scale as text ("1", "10", "2"); categories here are ordered numerically.
    public void Categories_of_ten_and_more_are_ordered_as_numbers()
    {
        var ratings = Complete([1, 2], [2, 10], [10, 10], [1, 1], [2, 2]);
        var used = Value(CohenKappa.Compute(ratings, KappaWeighting.Linear));
        var numeric = Value(CohenKappa.Compute(ratings, KappaWeighting.Linear, RatingScale.Declared(1, 2, 10)));
        Assert.Equal(numeric, used, 12);
        Assert.Equal([1.0, 2, 10], RatingScale.Declared(10, 2, 1).Categories.ToArray());
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests;

public class LetterGradeTableTests
{
    [Theory] // Marzano, Formative Assessment & Standards-Based Grading (2010) p. 105: A 3.00–4.00, B 2.50–2.99, C 2.00–2.49, D 1.00–1.99, F < 1.00.
    [InlineData(4.00, "A")]
    [InlineData(3.00, "A")]
    [InlineData(2.99, "B")]
    [InlineData(2.995, "B")]
    [InlineData(2.50, "B")]
    [InlineData(2.49, "C")]
    [InlineData(2.00, "C")]
    [InlineData(1.99, "D")]
    [InlineData(1.00, "D")]
    [InlineData(0.99, "F")]
    [InlineData(0.00, "F")]
    public void Marzano_2010_follows_the_published_table(double mean, string letter) =>
        Assert.Equal(letter, LetterGradeTable.Marzano2010.Convert(mean).Letter);

    [Fact]
    public void The_letter_says_which_band_decided()
    {
        var why = Assert.Single(LetterGradeTable.Marzano2010.Convert(2.75).Reasons);
        Assert.Equal(("letter-from-table", "marzano-2010", "2.5", "3", "B"), (why.Code, why.Data["table"], why.Data["band-low"], why.Data["band-high"], why.Data["letter"]));
    }

    [Fact]
    public void Letters_are_monotone_in_the_mean()
    {
        string[] order = ["F", "D", "C", "B", "A"];
        var mean = Gen.Choose(0, 400).Select(i => i / 100.0).ToArbitrary();
        Prop.ForAll(mean, mean, (a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            return Array.IndexOf(order, LetterGradeTable.Marzano2010.Convert(low).Letter) <= Array.IndexOf(order, LetterGradeTable.Marzano2010.Convert(high).Letter);
        }).Check();
    }

    [Theory]
    [InlineData(4.01)]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void A_score_outside_the_table_is_refused(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>("score", () => LetterGradeTable.Marzano2010.Convert(score));

    [Fact]
    public void Gapped_bands_are_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new LetterGradeTable("gap", [new("P", 3, 4), new("F", 0, 2.99)], "test"));

    [Fact]
    public void Overlapping_bands_are_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new LetterGradeTable("overlap", [new("P", 3, 4), new("F", 0, 3.01)], "test"));

    [Fact]
    public void No_bands_are_refused() => Assert.Throws<ArgumentException>("bands", () => new LetterGradeTable("none", [], "test"));

    [Fact]
    public void Two_bands_with_one_letter_are_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new LetterGradeTable("twice", [new("P", 3, 4), new("p", 0, 3)], "test"));

    [Fact]
    public void A_single_score_band_below_the_top_is_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new LetterGradeTable("point", [new("P", 3, 3), new("F", 0, 3), new("A", 3, 4)], "test"));

    [Fact]
    public void A_single_score_band_at_the_top_is_allowed() =>
        Assert.Equal("E", new LetterGradeTable("top", [new("E", 4, 4), new("P", 3, 4)], "test").Convert(4).Letter);

    [Fact]
    public void A_band_whose_high_end_is_below_its_low_end_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("high", () => new LetterBand("A", 3, 2));

    [Fact]
    public void A_band_end_that_is_not_finite_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("low", () => new LetterBand("A", double.NaN, 2));

    [Fact]
    public void A_blank_letter_is_refused() => Assert.Throws<ArgumentException>("letter", () => new LetterBand(" ", 0, 1));

    [Fact]
    public void A_letter_grade_without_a_reason_is_refused() => Assert.Throws<ArgumentException>("reasons", () => new LetterGrade("A", []));

    [Fact]
    public void Tables_compare_by_content() =>
        Assert.Equal(LetterGradeTable.Marzano2010, new LetterGradeTable("marzano-2010",
            [new("F", 0.00, 1.00), new("D", 1.00, 2.00), new("C", 2.00, 2.50), new("B", 2.50, 3.00), new("A", 3.00, 4.00)],
            "R. J. Marzano, Formative Assessment & Standards-Based Grading (2010), p. 105"));
}

public class HundredPointTableTests
{
    [Theory] // Marzano, A Handbook for High Reliability Schools p. 94: the printed ends of every band.
    [InlineData(4.00, 100)]
    [InlineData(3.75, 97)]
    [InlineData(3.74, 96)]
    [InlineData(3.26, 93)]
    [InlineData(3.25, 92)]
    [InlineData(3.00, 90)]
    [InlineData(2.99, 89)]
    [InlineData(2.50, 80)]
    [InlineData(2.49, 79)]
    [InlineData(2.00, 70)]
    [InlineData(1.99, 69)]
    [InlineData(1.50, 66)]
    [InlineData(1.49, 65)]
    [InlineData(1.00, 60)]
    [InlineData(0.99, 59)]
    [InlineData(0.00, 50)]
    public void Marzano_hrs_gives_the_printed_ends_of_each_band(double score, double points) =>
        Assert.Equal(points, HundredPointTable.MarzanoHrs.Convert(score).Points);

    [Theory] // The point chart attributed to Marzano: 4.0→100, 3.5→95, 3.0→90, 2.5→80, 2.0→70, 1.5→65, 1.0→60, < 1.0→50.
    [InlineData(4.0, 100)]
    [InlineData(3.9, 95)]
    [InlineData(3.5, 95)]
    [InlineData(3.0, 90)]
    [InlineData(2.5, 80)]
    [InlineData(2.0, 70)]
    [InlineData(1.5, 65)]
    [InlineData(1.0, 60)]
    [InlineData(0.5, 50)]
    [InlineData(0.0, 50)]
    public void The_point_chart_follows_the_published_chart(double score, double points) =>
        Assert.Equal(points, HundredPointTable.MarzanoPointChart.Convert(score).Points);

    [Fact]
    public void Points_never_fall_as_the_score_rises_and_stay_in_their_band()
    {
        var score = Gen.Choose(0, 400).Select(i => i / 100.0).ToArbitrary();
        Prop.ForAll(score, score, (a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var converted = HundredPointTable.MarzanoHrs.Convert(low);
            var why = converted.Reasons[0].Data;
            double pointsLow = double.Parse(why["points-low"], System.Globalization.CultureInfo.InvariantCulture);
            double pointsHigh = double.Parse(why["points-high"], System.Globalization.CultureInfo.InvariantCulture);
            return converted.Points <= HundredPointTable.MarzanoHrs.Convert(high).Points && converted.Points >= pointsLow && converted.Points <= pointsHigh;
        }).Check();
    }

    [Fact] // Guskey, "Rubrics Are Fine, But How Do I Get an A?", EdWeek 2016: 3 of 4 is 75 %, a C, though 3 is proficient.
    public void A_plain_percentage_is_given_only_with_the_reason_it_misleads()
    {
        var plain = HundredPointTable.PlainPercentage(3, ProficiencyScale.Marzano);
        Assert.Equal(75.0, plain.Points);
        Assert.Equal("percentage-misleads", Assert.Single(plain.Reasons).Code);
        Assert.NotEqual(75.0, HundredPointTable.MarzanoHrs.Convert(3).Points);
    }

    [Fact]
    public void A_plain_percentage_of_a_score_off_the_scale_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("score", () => HundredPointTable.PlainPercentage(5, ProficiencyScale.Marzano));

    [Fact]
    public void Gapped_bands_are_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new HundredPointTable("gap", [new(3.26, 4, 93, 100), new(0, 3.25, 50, 92)], "test"));

    [Fact]
    public void Overlapping_bands_are_refused() =>
        Assert.Throws<ArgumentException>("bands", () => new HundredPointTable("overlap", [new(3, 4, 90, 100), new(0, 3.5, 50, 89)], "test"));

    [Theory]
    [InlineData(-1, 50, "pointsLow")]
    [InlineData(101, 101, "pointsLow")]
    [InlineData(60, 50, "pointsHigh")]
    [InlineData(60, 100.5, "pointsHigh")]
    public void Points_off_the_100_point_scale_or_falling_are_refused(double pointsLow, double pointsHigh, string parameter) =>
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new HundredPointBand(0, 1, pointsLow, pointsHigh));

    [Fact]
    public void A_score_outside_the_table_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("score", () => HundredPointTable.MarzanoHrs.Convert(4.5));
}

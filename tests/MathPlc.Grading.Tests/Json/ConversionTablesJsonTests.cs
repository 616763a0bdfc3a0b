using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>The conversion tables' and converted grades' contracts and mappers (decision 0093).</summary>
public class ConversionTablesJsonTests
{
    [Fact] public void Letter_bands_round_trip() => MapperChecks.RoundTrips<LetterBand, LetterBandContract, LetterBandJsonMapper>(GradingGenerators.LetterBand, 100);

    [Fact] public void Letter_tables_round_trip() => MapperChecks.RoundTrips<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>(GradingGenerators.LetterTable, 100);

    [Fact] public void Hundred_point_bands_round_trip() => MapperChecks.RoundTrips<HundredPointBand, HundredPointBandContract, HundredPointBandJsonMapper>(GradingGenerators.HundredPointBand, 100);

    [Fact] public void Hundred_point_tables_round_trip() => MapperChecks.RoundTrips<HundredPointTable, HundredPointTableContract, HundredPointTableJsonMapper>(GradingGenerators.HundredPointTable, 100);

    [Fact] public void Letter_grades_round_trip() => MapperChecks.RoundTrips<LetterGrade, LetterGradeContract, LetterGradeJsonMapper>(GradingGenerators.LetterGrade, 100);

    [Fact] public void Hundred_point_scores_round_trip() => MapperChecks.RoundTrips<HundredPointScore, HundredPointScoreContract, HundredPointScoreJsonMapper>(GradingGenerators.HundredPointScore, 100);

    [Fact] // Marzano (2010), as the library publishes it
    public void The_published_tables_round_trip()
    {
        var (letters, none) = MapperChecks.Map<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>(
            System.Text.Json.JsonSerializer.Serialize(LetterGradeTableJsonMapper.ToContract(LetterGradeTable.Marzano2010), LetterGradeTableJsonMapper.Contract));
        Assert.False(none.Any);
        Assert.Equal(LetterGradeTable.Marzano2010, letters);
    }

    [Fact]
    public void Every_bad_band_is_listed_and_no_table_is_built()
    {
        var (table, problems) = MapperChecks.Map<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>("""
            {"name":"t","source":"s","bands":[
              {"letter":"A","low":3,"high":2},
              {"letter":"B","low":1},
              {"letter":"C","low":0,"high":1,"grade":"c"}]}
            """);
        Assert.Null(table);
        Assert.Equal(
        [
            ("invalid-band", "$.bands[0].high", 2),
            ("missing-property", "$.bands[1]", 3),
            ("unknown-property", "$.bands[2].grade", 4),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Fact]
    public void A_gap_between_bands_is_an_invalid_table_at_bands()
    {
        var (_, problems) = MapperChecks.Map<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>(
            """{"name":"t","source":"s","bands":[{"letter":"A","low":3,"high":4},{"letter":"B","low":2,"high":2.5}]}""");
        Assert.Equal(("invalid-table", "$.bands"), Assert.Single(problems.Found) is var d ? (d.Code, d.Field) : default);
    }

    [Fact]
    public void A_letter_grade_needs_its_reasons_and_a_score_has_none_by_default()
    {
        var (grade, problems) = MapperChecks.Map<LetterGrade, LetterGradeContract, LetterGradeJsonMapper>("""{"letter":"B"}""");
        Assert.Null(grade);
        Assert.Equal("the required property \"reasons\" is missing.", Assert.Single(problems.Found).Message);
        var (points, none) = MapperChecks.Map<HundredPointScore, HundredPointScoreContract, HundredPointScoreJsonMapper>("""{"points":93}""");
        Assert.False(none.Any);
        Assert.Equal(new HundredPointScore(93, []), points);
    }

    [Fact]
    public void Mappers_guard_their_arguments()
    {
        MapperChecks.Guards<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>(new());
        MapperChecks.Guards<HundredPointTable, HundredPointTableContract, HundredPointTableJsonMapper>(new());
        MapperChecks.Guards<LetterBand, LetterBandContract, LetterBandJsonMapper>(new());
        MapperChecks.Guards<HundredPointBand, HundredPointBandContract, HundredPointBandJsonMapper>(new());
        MapperChecks.Guards<LetterGrade, LetterGradeContract, LetterGradeJsonMapper>(new());
        MapperChecks.Guards<HundredPointScore, HundredPointScoreContract, HundredPointScoreJsonMapper>(new());
    }
}

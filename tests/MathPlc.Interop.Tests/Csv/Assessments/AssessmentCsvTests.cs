using System.Text;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv.Assessments;

public class AssessmentCsvTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Ratings_are_read_with_missing_scores()
    {
        var result = RatingsCsv.Read(Bytes("subject_id,rater_id,score\np1,ann,3\np1,ben,\np2,ann,2\n"), "ratings.csv");
        Assert.False(result.HasErrors);
        Assert.Equal([3.0, null, 2.0], result.Value.Select(r => r.Score).ToArray());
        var matrix = RatingMatrix.FromRatings(result.Value);
        Assert.Equal(2, matrix.SubjectCount);
        Assert.Null(matrix[1, 1]);
    }

    [Fact]
    public void A_rating_for_an_unknown_category_names_its_line_and_column()
    {
        var result = RatingsCsv.Read(Bytes("rater_id,subject_id,score\nann,p1,3\nben,p1,7\n"), "ratings.csv", RatingScale.Declared(1, 2, 3, 4));
        var d = Assert.Single(result.Problems);
        Assert.Equal(("unknown-category", 3, 3, "score", "7"), (d.Code, d.Line, d.Column, d.Field, d.Value));
    }

    [Fact]
    public void A_second_rating_by_the_same_rater_is_reported_on_the_later_line()
    {
        var d = Assert.Single(RatingsCsv.Read(Bytes("subject_id,rater_id,score\np1,ann,3\np1,ann,2\n"), "ratings.csv").Problems);
        Assert.Equal(("duplicate-rating", 3), (d.Code, d.Line));
    }

    [Fact]
    public void A_score_that_is_not_a_number_is_reported()
    {
        var d = Assert.Single(RatingsCsv.Read(Bytes("subject_id,rater_id,score\np1,ann,three\n"), "ratings.csv").Problems);
        Assert.Equal("not-a-number", d.Code);
    }

    [Fact]
    public void Responses_are_read_with_their_maximum_and_target()
    {
        var result = ResponsesCsv.Read(Bytes("student_id,item_id,score,max_score,target_id\ns1,q1,1,1,6.RP.1\ns1,q2,,2,6.RP.3\n"), "responses.csv");
        Assert.False(result.HasErrors);
        Assert.Equal(new TargetId("6.RP.3"), result.Value[1].Target);
        Assert.Null(result.Value[1].Score.Score);
        Assert.Equal(2, result.Value[1].MaxScore);
    }

    [Theory]
    [InlineData("s1,q1,3,2\n", "above-maximum", 2, 3)]
    [InlineData("s1,q1,-1,2\n", "negative-score", 2, 3)]
    [InlineData("s1,q1,1,0\n", "bad-maximum", 2, 4)]
    [InlineData("s1,q1,1,2\ns2,q1,1,3\n", "inconsistent-maximum", 3, 4)]
    [InlineData("s1,q1,1,2\ns1,q1,2,2\n", "duplicate-score", 3, 2)]
    public void Bad_responses_name_the_line_and_column(string rows, string code, int line, int column)
    {
        var d = Assert.Single(ResponsesCsv.Read(Bytes("student_id,item_id,score,max_score\n" + rows), "responses.csv").Problems);
        Assert.Equal((code, line, column), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void Schools_are_read_with_an_optional_district()
    {
        var result = SchoolsCsv.Read(Bytes("school_id,predictor,actual,district_id\na,50,52,north\nb,60,58,\n"), "schools.csv");
        Assert.False(result.HasErrors);
        Assert.Equal("north", result.Value[0].District);
        Assert.Null(result.Value[1].District);
    }

    [Fact]
    public void A_repeated_school_is_reported()
    {
        var d = Assert.Single(SchoolsCsv.Read(Bytes("school_id,predictor,actual\na,50,52\na,60,58\n"), "schools.csv").Problems);
        Assert.Equal(("duplicate-school", 3), (d.Code, d.Line));
    }

    [Fact]
    public void A_missing_required_column_is_a_file_problem() =>
        Assert.Equal("missing-column", Assert.Single(SchoolsCsv.Read(Bytes("school_id,actual\na,1\n"), "schools.csv").Problems).Code);

    [Fact]
    public void Bad_data_becomes_a_data_file_exception() =>
        Assert.Throws<DataFileException>(() => RatingsCsv.Read(Bytes("subject_id,rater_id,score\n,ann,1\n"), "ratings.csv").GetValueOrThrow());
}

using System.Text;
using MathPlc.Interop.Csv;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Tests.Teams;

/// <summary>Reading observation visits CSV into classroom visits.</summary>
public class ObservationsCsvTests
{
    private static CsvReadResult<ObservationRow> Read(string text, ObservationInstrument? instrument = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ObservationsCsv.Read(stream, "visits.csv", instrument ?? ObservationInstrument.NctmTeachingPractices);
    }

    [Fact]
    public void Rows_become_one_visit_per_lesson_and_observer_with_the_dimensions_rated()
    {
        var result = Read("Rating,dimension,date,observer,teacher,school,note\n4,pose-purposeful-questions,2026-10-06,ortiz,ortiz,adams,x\n" +
                          "3,Facilitate meaningful mathematical discourse,2026-10-06,ortiz,ortiz,adams,\n,pose_purposeful_questions,2026-10-06,coach,ortiz,adams,\n");
        Assert.False(result.HasErrors);
        var visits = ObservationsCsv.Visits(result.Value);
        Assert.Equal(2, visits.Length);
        Assert.Equal("ortiz 2026-10-06", visits[0].Lesson); // no lesson column: the teacher's lesson on that date
        Assert.Equal(new Dictionary<string, int> { ["FacilitateMeaningfulMathematicalDiscourse"] = 3, ["PosePurposefulQuestions"] = 4 }, visits[0].Scores);
        Assert.Equal(new LocalDate(2026, 10, 6), visits[1].Date);
        Assert.Empty(visits[1].Scores); // an empty rating: not rated
    }

    [Fact]
    public void Every_bad_row_is_reported_and_none_dropped()
    {
        var result = Read("school,teacher,observer,date,dimension,rating\nadams,a,a,2026-10-06,pose,3\nadams,a,b,2026-10-06,pose-purposeful-questions,x\n" +
                          "adams,a,b,2026-10-06,pose-purposeful-questions,4\nadams,a,b,2026-10-06,pose-purposeful-questions,3\n", ObservationInstrument.NctmTeachingPractices);
        Assert.Equal([("unknown-dimension", 2), ("bad-rating", 3), ("duplicate-rating", 5)], result.Problems.Select(d => (d.Code, d.Line!.Value)).ToArray());
        Assert.Single(result.Value);
    }

    [Fact]
    public void Dimension_names_are_written_in_kebab_case() =>
        Assert.Equal("elicit-and-use-evidence-of-student-thinking", ObservationsCsv.KebabName(nameof(NctmTeachingPractice.ElicitAndUseEvidenceOfStudentThinking)));

    [Fact]
    public void Null_arguments_are_refused()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>("stream", () => ObservationsCsv.Read(null!, "f", ObservationInstrument.Tru));
        Assert.Throws<ArgumentNullException>("fileName", () => ObservationsCsv.Read(stream, null!, ObservationInstrument.Tru));
        Assert.Throws<ArgumentNullException>("instrument", () => ObservationsCsv.Read(stream, "f", null!));
        Assert.Throws<ArgumentException>("path", () => ObservationsCsv.ReadFile(" ", ObservationInstrument.Tru));
        Assert.Throws<ArgumentNullException>("rows", () => ObservationsCsv.Visits(null!));
        Assert.Throws<ArgumentException>("rows", () => ObservationsCsv.Visits([null!]));
        Assert.Throws<ArgumentNullException>("dimension", () => ObservationsCsv.KebabName(null!));
    }
}

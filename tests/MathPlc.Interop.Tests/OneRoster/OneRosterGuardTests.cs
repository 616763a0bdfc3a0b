using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>Every guard of the OneRoster types and folder functions, with the exception type and parameter it names.</summary>
public class OneRosterGuardTests
{
    private static readonly SectionId C1 = new("c1");
    private static readonly StudentId S1 = new("s1");
    private static readonly Roster Roster = new([new RosterStudent(S1, C1, new TeacherId("t1"))]);
    private static readonly OneRosterLearningObjective Objective = new("case", new TargetId("x"));
    private static readonly OneRosterLineItem Item = new("li1", "CFA", C1);

    [Fact]
    public void A_learning_objective_needs_a_source_and_an_id()
    {
        Assert.Throws<ArgumentException>("source", () => new OneRosterLearningObjective(" ", new TargetId("x")));
        Assert.Throws<ArgumentNullException>("source", () => new OneRosterLearningObjective(null!, new TargetId("x")));
        Assert.Throws<ArgumentException>("target", () => new OneRosterLearningObjective("case", default));
    }

    [Fact]
    public void An_objective_score_needs_an_objective_and_a_finite_score()
    {
        Assert.Throws<ArgumentNullException>("objective", () => new OneRosterObjectiveScore(null!));
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new OneRosterObjectiveScore(Objective, double.NaN));
    }

    [Fact]
    public void A_line_item_checks_its_id_title_class_and_range()
    {
        Assert.Throws<ArgumentException>("sourcedId", () => new OneRosterLineItem("", "t", C1));
        Assert.Throws<ArgumentNullException>("title", () => new OneRosterLineItem("li", null!, C1));
        Assert.Throws<ArgumentException>("section", () => new OneRosterLineItem("li", "t", default));
        Assert.Throws<ArgumentOutOfRangeException>("resultValueMin", () => new OneRosterLineItem("li", "t", C1, resultValueMin: double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>("resultValueMax", () => new OneRosterLineItem("li", "t", C1, resultValueMin: 4, resultValueMax: 3));
        Assert.Throws<ArgumentException>("learningObjectives", () => new OneRosterLineItem("li", "t", C1, learningObjectives: [null!]));
        Assert.Throws<ArgumentNullException>("learningObjectives", () => Item.WithLearningObjectives(null!));
    }

    [Fact]
    public void A_result_checks_its_ids_student_status_and_score()
    {
        Assert.Throws<ArgumentException>("sourcedId", () => new OneRosterResult(" ", "li", S1, OneRosterScoreStatus.FullyGraded));
        Assert.Throws<ArgumentException>("lineItemSourcedId", () => new OneRosterResult("r", "", S1, OneRosterScoreStatus.FullyGraded));
        Assert.Throws<ArgumentException>("student", () => new OneRosterResult("r", "li", default, OneRosterScoreStatus.FullyGraded));
        Assert.Throws<ArgumentException>("status", () => new OneRosterResult("r", "li", S1, (OneRosterScoreStatus)99));
        Assert.Throws<ArgumentException>("flags", () => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded, flags: (OneRosterResultFlags)16));
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded, double.NaN));
        Assert.Throws<ArgumentNullException>("objectiveScores", () => new OneRosterResult("r", "li", S1, OneRosterScoreStatus.FullyGraded).WithObjectiveScores(null!));
    }

    [Fact]
    public void Data_refuses_repeated_ids_and_references_outside_the_roster()
    {
        var result = new OneRosterResult("r1", "li1", S1, OneRosterScoreStatus.FullyGraded, 3);
        Assert.Throws<ArgumentNullException>("roster", () => new OneRosterData(null!));
        Assert.Throws<ArgumentException>("lineItems", () => new OneRosterData(Roster, [Item, Item]));
        Assert.Throws<ArgumentException>("lineItems", () => new OneRosterData(Roster, [new OneRosterLineItem("li2", "t", new SectionId("c9"))]));
        Assert.Throws<ArgumentException>("results", () => new OneRosterData(Roster, [Item], [result, result]));
        Assert.Throws<ArgumentException>("results", () => new OneRosterData(Roster, [Item], [new OneRosterResult("r2", "li9", S1, OneRosterScoreStatus.Exempt)]));
        Assert.Throws<ArgumentException>("results", () => new OneRosterData(Roster, [Item], [new OneRosterResult("r2", "li1", new StudentId("s9"), OneRosterScoreStatus.Exempt)]));
        Assert.Equal(new OneRosterData(Roster, [Item], [result]), new OneRosterData(Roster, [Item], [result]));
    }

    [Fact]
    public void Options_refuse_a_blank_course_and_keep_courses_sorted_once()
    {
        Assert.Throws<ArgumentException>("courses", () => new OneRosterReadOptions(["math6", " "]));
        Assert.Equal(["a", "b"], new OneRosterReadOptions(["b", " a", "b"]).Courses.ToArray());
        Assert.True(OneRosterReadOptions.Default.Includes(null));
        Assert.False(new OneRosterReadOptions(["a"]).Includes(null));
    }

    [Fact]
    public void A_read_result_needs_data()
    {
        Assert.Throws<ArgumentNullException>("data", () => new OneRosterReadResult("1.2", null!, [], []));
        Assert.Throws<ArgumentException>("problems", () => new OneRosterReadResult("1.2", new OneRosterData(Roster), [null!], []));
        Assert.Throws<ArgumentException>("notes", () => new OneRosterReadResult("1.2", new OneRosterData(Roster), [], [null!]));
    }

    [Fact]
    public void Reading_needs_an_existing_folder()
    {
        Assert.Throws<ArgumentException>("folder", () => OneRosterFolder.Read(" "));
        Assert.Throws<DirectoryNotFoundException>(() => OneRosterFolder.Read(Path.Combine(Path.GetTempPath(), $"mathplc-none-{Guid.NewGuid():N}")));
    }

    [Fact]
    public void Writing_needs_an_existing_folder_and_attributes_that_read_back()
    {
        using var folder = new TemporaryFolder();
        Assert.Throws<ArgumentException>("folder", () => OneRosterFolder.Write("", new OneRosterData(Roster)));
        Assert.Throws<ArgumentNullException>("data", () => OneRosterFolder.Write(folder.Path, null!));
        Assert.Throws<DirectoryNotFoundException>(() => OneRosterFolder.Write(folder.PathOf("none"), new OneRosterData(Roster)));

        var birthDate = new Roster([new RosterStudent(S1, C1, new TeacherId("t1"), [new("birthDate", "2014-01-01")])]);
        Assert.Throws<ArgumentException>("data", () => OneRosterFolder.Write(folder.Path, new OneRosterData(birthDate)));
        var flag = new Roster([new RosterStudent(S1, C1, new TeacherId("t1"), [new("asian", "yes")])]);
        Assert.Throws<ArgumentException>("data", () => OneRosterFolder.Write(folder.Path, new OneRosterData(flag)));
        Assert.Empty(folder.FileNames()); // checked before any file is written
    }
}

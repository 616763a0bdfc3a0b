using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using static MathPlc.Interop.Tests.OneRoster.OneRosterSample;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>
/// A course taught in several schools is several PLC teams (decision 0136): the reader keeps each class's
/// <c>schoolSourcedId</c>, and the teams are the schools only when there is more than one.
/// </summary>
public sealed class OneRosterSchoolTeamsTests
{
    private static OneRosterReadResult ReadWithSchools(string c1School, string c2School)
    {
        var files = Files();
        files["classes.csv"] = files["classes.csv"]
            .Replace("Room 12,sch1,\"fall,spring\",Math,,1", $"Room 12,{c1School},\"fall,spring\",Math,,1", StringComparison.Ordinal)
            .Replace("Room 12,sch1,\"fall,spring\",Math,,2", $"Room 12,{c2School},\"fall,spring\",Math,,2", StringComparison.Ordinal);
        using var folder = Folder(files);
        return OneRosterFolder.Read(folder.Path, MathOnly);
    }

    [Fact]
    public void Classes_of_one_school_are_one_team()
    {
        var read = ReadWithSchools("sch1", "sch1");
        Assert.Empty(read.Problems);
        Assert.Equal([new OneRosterClassSchool(new SectionId("c1"), "sch1"), new OneRosterClassSchool(new SectionId("c2"), "sch1")], read.ClassSchools);
        Assert.Null(read.TeamsBySchool());
    }

    [Fact]
    public void Classes_in_two_schools_put_each_student_in_the_team_of_their_class_school()
    {
        var read = ReadWithSchools("north", "south");
        Assert.Empty(read.Problems);
        var teams = read.TeamsBySchool()!;
        // s1 and s3 are in c1 (north), s2 in c2 (south): OneRosterSample's enrollments.
        Assert.Equal(new Dictionary<StudentId, string> { [new("s1")] = "north", [new("s2")] = "south", [new("s3")] = "north" }, teams);
    }

    [Fact]
    public void A_class_without_a_school_beside_classes_in_several_schools_is_a_problem_naming_its_line()
    {
        // c3 becomes a third math6 class, without a school, with a new student s4 instead of s1's second class.
        var files = Files();
        files["classes.csv"] = files["classes.csv"]
            .Replace("Room 12,sch1,\"fall,spring\",Math,,1", "Room 12,north,\"fall,spring\",Math,,1", StringComparison.Ordinal)
            .Replace("Room 12,sch1,\"fall,spring\",Math,,2", "Room 12,south,\"fall,spring\",Math,,2", StringComparison.Ordinal)
            .Replace("06,ela6,E6-3,scheduled,Room 4,sch1,fall", "06,math6,E6-3,scheduled,Room 4,,fall", StringComparison.Ordinal);
        files["users.csv"] += "\ns4,active,2026-09-01T00:00:00Z,true,s4,Ada,Moss,sch1";
        files["enrollments.csv"] = files["enrollments.csv"].Replace("e7,active,,c3,sch1,s1,", "e7,active,,c3,sch1,s4,", StringComparison.Ordinal);
        using var folder = Folder(files);
        var read = OneRosterFolder.Read(folder.Path, MathOnly);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("missing-school", "classes.csv", 4, "schoolSourcedId"), (problem.Code, Path.GetFileName(problem.File), problem.Line, problem.Field));
        Assert.Contains("c3", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new StudentId("s4"), read.TeamsBySchool()!.Keys); // in no team; GetValueOrThrow refuses the folder
        Assert.Throws<DataFileException>(() => read.GetValueOrThrow());
    }

    [Fact]
    public void Class_schools_must_be_sections_of_the_roster_given_once()
    {
        var read = ReadWithSchools("sch1", "sch1");
        var c1 = new OneRosterClassSchool(new SectionId("c1"), "x");
        Assert.Throws<ArgumentException>("classSchools", () => new OneRosterReadResult(null, read.Value, [], [], [c1, c1]));
        Assert.Throws<ArgumentException>("classSchools", () => new OneRosterReadResult(null, read.Value, [], [], [new OneRosterClassSchool(new SectionId("c9"), "x")]));
        Assert.Throws<ArgumentException>("classSchools", () => new OneRosterReadResult(null, read.Value, [], [], [null!]));
    }
}

using System.Text;
using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using NodaTime;
using static MathPlc.Interop.Tests.OneRoster.OneRosterSample;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>
/// Reading hand-written OneRoster folders. The expected values are read off the sample files by hand; the headers
/// are those of the OneRoster 1.2 CSV binding and, for the 1.1 test, the 1.1 headers quoted in reference/interop.md §2.2–2.3.
/// </summary>
public class OneRosterReadTests
{
    private static readonly ImmutableArray<KeyValuePair<string, string>> Mia =
    [
        new("americanIndianOrAlaskaNative", "false"), new("asian", "false"), new("blackOrAfricanAmerican", "false"),
        new("countryOfBirthCode", "US"), new("demographicRaceTwoOrMoreRaces", "false"), new("ell", "yes"),
        new("hispanicOrLatinoEthnicity", "true"), new("nativeHawaiianOrOtherPacificIslander", "false"), new("sex", "female"),
        new("stateOfBirthAbbreviation", "OR"), new("white", "true"),
    ];

    private static readonly ImmutableArray<KeyValuePair<string, string>> Leo =
    [
        new("americanIndianOrAlaskaNative", "false"), new("asian", "true"), new("blackOrAfricanAmerican", "false"),
        new("demographicRaceTwoOrMoreRaces", "false"), new("ell", "no"), new("hispanicOrLatinoEthnicity", "false"),
        new("nativeHawaiianOrOtherPacificIslander", "false"), new("sex", "male"), new("white", "false"),
    ];

    private static OneRosterLearningObjective Case(string id) => new("case", new TargetId(id));

    private static OneRosterData Expected() => new(
        new Roster(
        [
            new RosterStudent(new StudentId("s1"), new SectionId("c1"), new TeacherId("t1"), Mia),
            new RosterStudent(new StudentId("s2"), new SectionId("c2"), new TeacherId("t2"), Leo),
            new RosterStudent(new StudentId("s3"), new SectionId("c1"), new TeacherId("t1")),
        ]),
        [
            new OneRosterLineItem("li1", "Unit 2 common assessment", new SectionId("c1"), new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 9), 0, 4, [Case(Target1), Case(Target2)]),
            new OneRosterLineItem("li2", "Unit 2 common assessment", new SectionId("c2"), new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 9), 0, 4, [Case(Target1)]),
        ],
        [
            new OneRosterResult("r1", "li1", new StudentId("s1"), OneRosterScoreStatus.FullyGraded, 3.5, new LocalDate(2026, 10, 9),
                [new OneRosterObjectiveScore(Case(Target1), 4, "Exceeds"), new OneRosterObjectiveScore(Case(Target2), 3)]),
            new OneRosterResult("r2", "li2", new StudentId("s2"), OneRosterScoreStatus.FullyGraded, 2, new LocalDate(2026, 10, 10)),
            new OneRosterResult("r3", "li1", new StudentId("s3"), OneRosterScoreStatus.NotSubmitted),
        ]);

    [Fact]
    public void A_1_2_export_read_for_the_math_course_gives_the_team_roster_and_gradebook()
    {
        var read = Read(Files());

        Assert.Empty(read.Problems);
        Assert.Equal("1.2", read.Version);
        Assert.Equal(Expected(), read.Value);
        Assert.Equal(Expected().Roster.Students.ToArray(), read.Value.Roster.Students.ToArray());
        Assert.Equal(["c1", "c2"], read.Value.Roster.Sections.Select(s => s.Value));
        Assert.True(read.Value.LineItems[0].LearningObjectives.All(o => o.IsCase));
    }

    [Fact]
    public void Rows_skipped_by_rule_are_counted_in_notes_with_their_first_line()
    {
        var notes = Read(Files()).Notes.Select(n => (Path.GetFileName(n.File), n.Code, n.Line, n.Message.Split(' ')[0])).ToArray();

        Assert.Equal(
        [
            ("classes.csv", "skipped-course", 4, "1"),
            ("enrollments.csv", "skipped-course", 8, "2"),
            ("enrollments.csv", "skipped-role", 9, "1"),
            ("lineItems.csv", "skipped-course", 4, "1"),
            ("results.csv", "skipped-course", 5, "1"),
        ], notes);
    }

    [Fact]
    public void Rows_with_status_tobedeleted_are_skipped_and_so_is_what_refers_to_them()
    {
        var files = Files();
        files["users.csv"] = files["users.csv"].Replace("s3,active", "s3,tobedeleted");
        files["results.csv"] = files["results.csv"].Replace("r2,active", "r2,tobedeleted");

        var read = Read(files);

        Assert.Empty(read.Problems);
        Assert.Equal(["s1", "s2"], read.Value.Roster.Students.Select(s => s.Student.Value));
        Assert.Equal(["r1"], read.Value.Results.Select(r => r.SourcedId));
        Assert.Contains(read.Notes, n => n.Code == "skipped-deleted" && n.File.EndsWith("enrollments.csv", StringComparison.Ordinal) && n.Line == 7);
        Assert.Contains(read.Notes, n => n.Code == "skipped-deleted" && n.File.EndsWith("results.csv", StringComparison.Ordinal) && n.Line == 3 && n.Message.StartsWith("2 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void A_1_1_export_reads_the_same_roster_and_gradebook()
    {
        // OneRoster 1.1: users carry role and orgSourcedIds, line items gradingPeriodSourcedId and date-times, no learning-objective files.
        var files = Files();
        files["manifest.csv"] = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.users,bulk\nfile.classes,bulk\nfile.enrollments,bulk";
        files["users.csv"] = """
            sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password
            t1,active,,true,sch1,teacher,tkim,,Tara,Kim,,,,,,,,
            t2,active,,true,sch1,teacher,jdiaz,,Jon,Diaz,,,,,,,,
            t3,active,,true,sch1,teacher,alee,,Ana,Lee,,,,,,,,
            s1,active,,true,sch1,student,s1,,Mia,Ross,,,,,,,06,
            s2,active,,true,sch1,student,s2,,Leo,Park,,,,,,,06,
            s3,active,,true,sch1,student,s3,,Zoe,Hart,,,,,,,06,
            a1,active,,true,sch1,administrator,admin,,Pat,Cole,,,,,,,,
            """;
        files["lineItems.csv"] = """
            sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax
            li1,active,,Unit 2 common assessment,,2026-10-05T08:00:00Z,2026-10-09T23:59:00Z,c1,cat1,fall,0,4
            li2,active,,Unit 2 common assessment,,2026-10-05T08:00:00Z,2026-10-09T23:59:00Z,c2,cat1,fall,0,4
            li3,active,,Essay 1,,2026-10-01,2026-10-08,c3,cat2,fall,0,100
            """;
        files.Remove("lineItemLearningObjectiveIds.csv");
        files.Remove("resultLearningObjectiveIds.csv");

        var read = Read(files);

        Assert.Empty(read.Problems);
        Assert.Equal("1.1", read.Version);
        var expected = Expected();
        Assert.Equal(expected.Roster, read.Value.Roster);
        Assert.Equal(expected.LineItems.Select(i => i.WithLearningObjectives([])).ToArray(), read.Value.LineItems.ToArray());
        Assert.Equal(expected.Results.Select(r => r.WithObjectiveScores([])).ToArray(), read.Value.Results.ToArray());
    }

    [Fact]
    public void Headers_match_in_any_case_and_order_with_a_byte_order_mark_crlf_and_quoted_values()
    {
        var files = Files();
        files["enrollments.csv"] = """"
            ROLE,UserSourcedId,"classSourcedId",Primary,sourcedId,extra
            teacher,t1,c1,TRUE,e1,x
            "teacher",t3,c1,false,e2,"a, b"
            teacher,t2,c2,,e3,
            student, s1 ,c1,false,e4,"she said ""hi"""
            student,s2,c2,false,e5,
            student,s3,"c1",false,e6,
            """";
        using var folder = Folder(files);
        foreach (string name in Directory.GetFiles(folder.Path))
            File.WriteAllBytes(name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(File.ReadAllText(name).Replace("\n", "\r\n"))]);
        File.Move(folder.PathOf("lineItems.csv"), folder.PathOf("LINEITEMS.CSV"));

        var read = OneRosterFolder.Read(folder.Path, MathOnly);

        Assert.Empty(read.Problems);
        Assert.Equal(Expected(), read.Value);
    }

    [Fact]
    public void Without_a_course_a_student_in_two_classes_is_a_problem_naming_both()
    {
        var read = Read(Files(), OneRosterReadOptions.Default);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(("several-classes", "enrollments.csv", 8, "classSourcedId", "c3"), (problem.Code, Path.GetFileName(problem.File), problem.Line, problem.Field, problem.Value));
        Assert.Contains("c1 (line 5)", problem.Message, StringComparison.Ordinal);
        Assert.Throws<DataFileException>(read.GetValueOrThrow);
    }

    [Fact]
    public void Without_line_items_and_results_the_roster_alone_is_read()
    {
        var files = Files();
        foreach (string name in new[] { "lineItems.csv", "results.csv", "lineItemLearningObjectiveIds.csv", "resultLearningObjectiveIds.csv", "demographics.csv" })
            files.Remove(name);
        files["manifest.csv"] = "propertyName,value\nmanifest.version,1.0";

        var read = Read(files);

        Assert.Empty(read.Problems);
        Assert.Null(read.Version); // the manifest names no version: read as any 1.x
        Assert.Equal(3, read.Value.Roster.Count);
        Assert.All(read.Value.Roster.Students, s => Assert.Empty(s.Attributes));
        Assert.Empty(read.Value.LineItems);
        Assert.Same(read.Value, read.GetValueOrThrow());
    }
}

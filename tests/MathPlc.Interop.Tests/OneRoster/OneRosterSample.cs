using MathPlc.Interop.OneRoster;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>
/// A small hand-written OneRoster 1.2 export of one school: three teachers, two grade 6 mathematics classes (course
/// math6, one co-taught with a primary teacher) and an English class (course ela6), three students, an administrator,
/// demographics with an extra district column, two math line items linked to CASE identifiers and one English line
/// item, and results with per-objective scores. Headers follow reference/interop.md §2.2–2.3.
/// </summary>
internal static class OneRosterSample
{
    public const string Target1 = "6b9bcb1e-d7cc-11e8-824f-0242ac160002";
    public const string Target2 = "6b9bcfc4-d7cc-11e8-824f-0242ac160002";

    public static OneRosterReadOptions MathOnly { get; } = new(["math6"]);

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        ["manifest.csv"] = """
            propertyName,value
            manifest.version,1.0
            oneroster.version,1.2
            file.users,bulk
            file.classes,bulk
            file.enrollments,bulk
            file.demographics,bulk
            file.lineItems,bulk
            file.results,bulk
            file.lineItemLearningObjectiveIds,bulk
            file.resultLearningObjectiveIds,bulk
            file.orgs,absent
            source.systemName,Test SIS
            """,
        ["users.csv"] = """
            sourcedId,status,dateLastModified,enabledUser,username,givenName,familyName,primaryOrgSourcedId
            t1,active,2026-09-01T00:00:00Z,true,tkim,Tara,Kim,sch1
            t2,active,2026-09-01T00:00:00Z,true,jdiaz,Jon,Diaz,sch1
            t3,active,2026-09-01T00:00:00Z,true,alee,Ana,Lee,sch1
            s1,active,2026-09-01T00:00:00Z,true,s1,Mia,Ross,sch1
            s2,active,2026-09-01T00:00:00Z,true,s2,Leo,Park,sch1
            s3,active,2026-09-01T00:00:00Z,true,s3,Zoe,Hart,sch1
            a1,active,2026-09-01T00:00:00Z,true,admin,Pat,Cole,sch1
            """,
        ["classes.csv"] = """
            sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods
            c1,active,,Math 6 - P1,06,math6,M6-1,scheduled,Room 12,sch1,"fall,spring",Math,,1
            c2,active,,Math 6 - P2,06,math6,M6-2,scheduled,Room 12,sch1,"fall,spring",Math,,2
            c3,active,,ELA 6 - P3,06,ela6,E6-3,scheduled,Room 4,sch1,fall,ELA,,3
            """,
        ["enrollments.csv"] = """
            sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate
            e1,active,,c1,sch1,t1,teacher,true,,
            e2,active,,c1,sch1,t3,teacher,false,,
            e3,active,,c2,sch1,t2,teacher,,,
            e4,active,,c1,sch1,s1,student,false,,
            e5,active,,c2,sch1,s2,student,false,,
            e6,active,,c1,sch1,s3,student,false,,
            e7,active,,c3,sch1,s1,student,false,,
            e8,active,,c1,sch1,a1,administrator,false,,
            e9,active,,c3,sch1,t3,teacher,true,,
            """,
        ["demographics.csv"] = """
            sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus,ell
            s1,active,,2014-03-02,female,false,false,false,false,true,false,TRUE,US,OR,,,yes
            s2,active,,2014-07-19,male,false,true,false,false,false,false,false,,,,,no
            t1,active,,1985-01-01,female,,,,,,,,,,,,
            """,
        ["lineItems.csv"] = """
            sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId
            li1,active,,Unit 2 common assessment,,2026-10-05,2026-10-09,c1,cat1,fall,0,4,sch1
            li2,active,,Unit 2 common assessment,,2026-10-05,2026-10-09,c2,cat1,fall,0,4,sch1
            li3,active,,Essay 1,,2026-10-01,2026-10-08,c3,cat2,fall,0,100,sch1
            """,
        ["lineItemLearningObjectiveIds.csv"] = $"""
            sourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId
            lo1,active,,li1,case,{Target1}
            lo2,active,,li1,case,{Target2}
            lo3,active,,li2,case,{Target1}
            """,
        ["results.csv"] = """
            sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment
            r1,active,,li1,s1,fully graded,3.5,2026-10-09,
            r2,active,,li2,s2,fully graded,2,2026-10-10,"Re-engage on ratios, then reassess"
            r3,active,,li1,s3,not submitted,,,
            r4,active,,li3,s1,fully graded,88,2026-10-08,
            """,
        ["resultLearningObjectiveIds.csv"] = $"""
            sourcedId,status,dateLastModified,resultSourcedId,source,learningObjectiveId,score,textScore
            rl1,active,,r1,case,{Target1},4,Exceeds
            rl2,active,,r1,case,{Target2},3,
            """,
    };

    /// <summary>Writes the files to a fresh folder.</summary>
    public static TemporaryFolder Folder(Dictionary<string, string> files)
    {
        var folder = new TemporaryFolder();
        foreach (var (name, content) in files) folder.Write(name, content.Replace("\r\n", "\n") + "\n");
        return folder;
    }

    /// <summary>Reads the files, the math courses only unless told otherwise.</summary>
    public static OneRosterReadResult Read(Dictionary<string, string> files, OneRosterReadOptions? options = null)
    {
        using var folder = Folder(files);
        return OneRosterFolder.Read(folder.Path, options ?? MathOnly);
    }

    /// <summary>The files with one more line at the end of one file.</summary>
    public static Dictionary<string, string> WithLine(string file, string line)
    {
        var files = Files();
        files[file] = files[file] + "\n" + line;
        return files;
    }
}

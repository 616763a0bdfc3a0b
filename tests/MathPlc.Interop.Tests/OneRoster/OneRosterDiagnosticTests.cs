using MathPlc.Interop.OneRoster;
using static MathPlc.Interop.Tests.OneRoster.OneRosterSample;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>Every problem the OneRoster reader reports, each planted once in the sample export, with the file and line it must name.</summary>
public class OneRosterDiagnosticTests
{
    private static Dictionary<string, string> Replace(string file, string old, string @new)
    {
        var files = Files();
        Assert.Contains(old, files[file], StringComparison.Ordinal);
        files[file] = files[file].Replace(old, @new, StringComparison.Ordinal);
        return files;
    }

    private static Dictionary<string, string> Without(string file)
    {
        var files = Files();
        files.Remove(file);
        return files;
    }

    /// <summary>Each case: the planted problem, and the file, line and field the diagnostic must name (line null for the folder).</summary>
    public static readonly Dictionary<string, (Func<Dictionary<string, string>> Files, string File, int? Line, string? Field)> Cases = new()
    {
        ["missing-file"] = (() => Without("enrollments.csv"), "enrollments.csv", null, null),
        ["missing-file:manifest"] = (() => Without("manifest.csv"), "manifest.csv", null, null),
        ["missing-file:promised"] = (() => Without("results.csv"), "results.csv", null, null),
        ["unsupported-version"] = (() => Replace("manifest.csv", "oneroster.version,1.2", "oneroster.version,2.0"), "manifest.csv", 3, "value"),
        ["delta-file"] = (() => Replace("manifest.csv", "file.results,bulk", "file.results,delta"), "manifest.csv", 9, "value"),
        ["missing-column"] = (() => Replace("results.csv", ",scoreStatus,", ",status2,"), "results.csv", 1, "scoreStatus"),
        ["empty-id"] = (() => WithLine("users.csv", " ,active,,true,x,,,"), "users.csv", 9, "sourcedId"),
        ["wrong-field-count"] = (() => WithLine("users.csv", "s9,active"), "users.csv", 9, "dateLastModified"),
        ["bad-date"] = (() => Replace("results.csv", "2026-10-10", "2026-10-32"), "results.csv", 3, "scoreDate"),
        ["not-a-number"] = (() => Replace("results.csv", "fully graded,2,", "fully graded,two,"), "results.csv", 3, "score"),
        ["bad-status"] = (() => Replace("classes.csv", "c2,active", "c2,archived"), "classes.csv", 3, "status"),
        ["bad-boolean"] = (() => Replace("demographics.csv", "s2,active,,2014-07-19,male,false,true", "s2,active,,2014-07-19,male,false,yes"), "demographics.csv", 3, "asian"),
        ["bad-score-status"] = (() => Replace("results.csv", "r1,active,,li1,s1,fully graded", "r1,active,,li1,s1,graded"), "results.csv", 2, "scoreStatus"),
        ["bad-range"] = (() => Replace("lineItems.csv", "c2,cat1,fall,0,4", "c2,cat1,fall,4,0"), "lineItems.csv", 3, "resultValueMax"),
        ["off-scale"] = (() => Replace("results.csv", "fully graded,3.5,", "fully graded,5,"), "results.csv", 2, "score"),
        ["duplicate-id"] = (() => WithLine("lineItems.csv", "li1,active,,Again,,,,c1,,,,,"), "lineItems.csv", 5, "sourcedId"),
        ["unknown-user"] = (() => WithLine("enrollments.csv", "e10,active,,c1,sch1,s404,student,false,,"), "enrollments.csv", 11, "userSourcedId"),
        ["unknown-user:demographics"] = (() => WithLine("demographics.csv", "s404,active,,,female,,,,,,,,,,,,"), "demographics.csv", 5, "sourcedId"),
        ["unknown-class"] = (() => WithLine("enrollments.csv", "e10,active,,c404,sch1,s2,student,false,,"), "enrollments.csv", 11, "classSourcedId"),
        ["unknown-class:lineItems"] = (() => WithLine("lineItems.csv", "li4,active,,Quiz,,,,c404,,,,,"), "lineItems.csv", 5, "classSourcedId"),
        ["unknown-student"] = (() => WithLine("results.csv", "r5,active,,li1,s404,fully graded,3,2026-10-09,"), "results.csv", 6, "studentSourcedId"),
        ["unknown-student:teacher"] = (() => WithLine("results.csv", "r5,active,,li1,t2,fully graded,3,2026-10-09,"), "results.csv", 6, "studentSourcedId"),
        ["unknown-line-item"] = (() => WithLine("results.csv", "r5,active,,li404,s1,fully graded,3,2026-10-09,"), "results.csv", 6, "lineItemSourcedId"),
        ["unknown-line-item:objectives"] = (() => WithLine("lineItemLearningObjectiveIds.csv", $"lo4,active,,li404,case,{Target1}"), "lineItemLearningObjectiveIds.csv", 5, "lineItemSourcedId"),
        ["unknown-result"] = (() => WithLine("resultLearningObjectiveIds.csv", $"rl3,active,,r404,case,{Target1},3,"), "resultLearningObjectiveIds.csv", 4, "resultSourcedId"),
        ["no-teacher"] = (() => Replace("enrollments.csv", "e3,active,,c2,sch1,t2,teacher,,,", "e3,tobedeleted,,c2,sch1,t2,teacher,,,"), "classes.csv", 3, "sourcedId"),
        ["several-teachers"] = (() => Replace("enrollments.csv", "e1,active,,c1,sch1,t1,teacher,true,,", "e1,active,,c1,sch1,t1,teacher,false,,"), "enrollments.csv", 3, "userSourcedId"),
        ["several-classes"] = (() => WithLine("enrollments.csv", "e10,active,,c2,sch1,s3,student,false,,"), "enrollments.csv", 11, "classSourcedId"),
    };

    [Theory]
    [InlineData("missing-file")]
    [InlineData("missing-file:manifest")]
    [InlineData("missing-file:promised")]
    [InlineData("unsupported-version")]
    [InlineData("delta-file")]
    [InlineData("missing-column")]
    [InlineData("empty-id")]
    [InlineData("wrong-field-count")]
    [InlineData("bad-date")]
    [InlineData("not-a-number")]
    [InlineData("bad-status")]
    [InlineData("bad-boolean")]
    [InlineData("bad-score-status")]
    [InlineData("bad-range")]
    [InlineData("off-scale")]
    [InlineData("duplicate-id")]
    [InlineData("unknown-user")]
    [InlineData("unknown-user:demographics")]
    [InlineData("unknown-class")]
    [InlineData("unknown-class:lineItems")]
    [InlineData("unknown-student")]
    [InlineData("unknown-student:teacher")]
    [InlineData("unknown-line-item")]
    [InlineData("unknown-line-item:objectives")]
    [InlineData("unknown-result")]
    [InlineData("no-teacher")]
    [InlineData("several-teachers")]
    [InlineData("several-classes")]
    public void Each_problem_is_one_diagnostic_naming_its_file_and_line(string name)
    {
        var (files, file, line, field) = Cases[name];

        var read = Read(files());

        var problem = Assert.Single(read.Problems);
        Assert.Equal(name.Split(':')[0], problem.Code);
        Assert.Equal(file, Path.GetFileName(problem.File));
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.Throws<DataFileException>(read.GetValueOrThrow);
    }

    [Fact]
    public void Every_case_is_run() =>
        Assert.Equal(Cases.Keys.Order(StringComparer.Ordinal),
            typeof(OneRosterDiagnosticTests).GetMethod(nameof(Each_problem_is_one_diagnostic_naming_its_file_and_line))!
                .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
                .Select(a => (string)a.GetData(null!).Single()[0]).Order(StringComparer.Ordinal));

    [Fact]
    public void A_missing_required_file_names_the_file_and_the_required_set()
    {
        var problem = Assert.Single(Read(Without("classes.csv")).Problems);
        Assert.Contains("classes.csv", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("manifest.csv, users.csv, classes.csv, enrollments.csv", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_in_reading_order()
    {
        var files = WithLine("enrollments.csv", "e10,active,,c404,sch1,s2,student,false,,");
        files["results.csv"] += "\nr5,active,,li404,s1,fully graded,3,2026-10-09,";

        var codes = Read(files).Problems.Select(d => d.Code).ToArray();

        Assert.Equal(["unknown-class", "unknown-line-item"], codes);
    }
}

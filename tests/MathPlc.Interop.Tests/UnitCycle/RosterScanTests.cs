using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop.Csv;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// Issue 18 (decision 0186): <see cref="RosterCsv.ReadWithTeams"/> reads a plain roster by the shared plain scan and
/// anything else by the row reader. Whatever the file, the result — every row with its line, student, team or
/// problems — is the row reader's.
/// </summary>
public class RosterScanTests
{
    // Mostly plain lines; now and then something the scan must not vouch for: quotes, spaces to trim, an empty id or
    // team, a blank line, a missing field, a student's second row.
    private static readonly Gen<string> Lines =
        from student in Gen.Frequency((20, Gen.Elements("s1", "s2", "s3", "stu-4", "S5", "s6", "s7", "s8")), (1, Gen.Elements("", " s1", "\"s2\"", "s 9")))
        from section in Gen.Frequency((20, Gen.Elements("6-1", "6-2")), (1, Gen.Elements("", "6-1 ")))
        from teacher in Gen.Frequency((20, Gen.Elements("t1", "t2")), (1, Gen.Elements("", "\"t,1\"")))
        from team in Gen.Frequency((20, Gen.Elements("team-1", "team-2")), (1, Gen.Elements("", " team-1")))
        from ell in Gen.Frequency((20, Gen.Elements("yes", "no", "", "Yes", "s1")), (1, Gen.Elements(" yes", "y es", "  ")))
        from shape in Gen.Frequency((30, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select shape switch { 1 => "", 2 => $"{student},{section}", _ => $"{student},{section},{teacher},{team},{ell}" };

    // The line's fields are student, section, teacher, team, ell; a header names them (in any order it likes) or leaves
    // the team out (then the line's team field is read as a second attribute, "grade").
    private static readonly Gen<string> Headers = Gen.Elements(
        "student_id,section_id,teacher_id,team_id,ell", "student_id,section_id,teacher_id,grade,ell", "Student_ID,section_id,teacher_id,TEAM_ID,ELL",
        "student_id,section_id,teacher_id,team_id, ell", "student_id,section_id,teacher_id,team_id,", "student_id,section_id,teacher_id,ell,ELL",
        "student_id,section_id,teacher_id,team_id,student_id");

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_scan_or_the_fallback_gives_the_row_readers_rows_lines_and_problems() =>
        Prop.ForAll(Headers.ToArbitrary(), Lines.NonEmptyListOf().ToArbitrary(), (header, lines) =>
        {
            string file = header + "\n" + string.Concat(lines.Select(l => l + "\n"));
            SameRead.Assert(RosterCsv.ReadRowsWithTeams(Stream(file), "roster.csv"), RosterCsv.ReadWithTeams(Stream(file), "roster.csv"));
        }).Check(300);

    [Fact]
    public void A_plain_roster_is_read_by_the_scan_with_each_rows_line_team_and_attributes()
    {
        const string file = "\uFEFFstudent_id,section_id,teacher_id,team_id,ell,iep\r\ns1,6-1,t1,team-1,yes,\r\ns2,6-2,t2,team-2,,no\r\n";
        var scanned = RosterCsv.TryScanWithTeams(Stream(file), "roster.csv");
        Assert.NotNull(scanned);
        Assert.Equal([2, 3], scanned.Rows.Select(r => r.Line));
        Assert.Equal(["team-1", "team-2"], scanned.Value.Select(r => r.Team));
        Assert.Equal("yes", scanned.Value[0].Student.Attributes["ell"]);
        Assert.False(scanned.Value[0].Student.Attributes.ContainsKey("iep"));
        Assert.Equal("no", scanned.Value[1].Student.Attributes["iep"]);
        SameRead.Assert(RosterCsv.ReadRowsWithTeams(Stream(file), "roster.csv"), scanned);
    }

    [Fact]
    public void A_plain_roster_without_teams_is_read_by_the_scan_with_no_team()
    {
        const string file = "student_id,section_id,teacher_id,ell\ns1,6-1,t1,yes\n";
        var scanned = RosterCsv.TryScanWithTeams(Stream(file), "roster.csv");
        Assert.NotNull(scanned);
        Assert.Null(Assert.Single(scanned.Value).Team);
    }

    [Theory]
    [InlineData("s1,6-1,t1,team-1\ns1,6-2,t2,team-1\n")]   // a student's second row: the row reader names the line
    [InlineData("s1,6-1,t1,\n")]
    [InlineData(",6-1,t1,team-1\n")]
    [InlineData("s1,6-1, t1,team-1\n")]
    [InlineData("\"s1\",6-1,t1,team-1\n")]
    public void The_scan_does_not_vouch_for_a_roster_with_a_doubt(string lines) =>
        Assert.Null(RosterCsv.TryScanWithTeams(Stream("student_id,section_id,teacher_id,team_id\n" + lines), "roster.csv"));

    [Fact]
    public void A_roster_read_in_several_stretches_keeps_every_rows_line_and_order()
    {
        // Over 16 MB, so a 2-core machine reads it in two stretches on two threads.
        string path = Path.Combine(Path.GetTempPath(), $"mathplc-roster-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("student_id,section_id,teacher_id,team_id,ell,gender,iep,note\n");
                for (int s = 0; s < 330_000; s++)
                    writer.Write($"student-{s:0000000},6-{s / 25:00000},teacher-{s / 125:0000},team-{s / 500:000},{(s % 3 == 0 ? "yes" : "no")},{(s % 2 == 0 ? "f" : "m")},{(s % 7 == 0 ? "" : "no")},plain text\n");
            }
            using var scanStream = File.OpenRead(path);
            var scanned = RosterCsv.TryScanWithTeams(scanStream, path);
            Assert.NotNull(scanned);
            using var rowStream = File.OpenRead(path);
            SameRead.Assert(RosterCsv.ReadRowsWithTeams(rowStream, path), scanned);
        }
        finally { File.Delete(path); }
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Csv;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// A district's tables made team by team on several threads (decision 0225's write loop): each team's rows made apart
/// from the file (<see cref="DistrictTableWriter.Prepare"/>, in any order, at once) and added in team order are the
/// table <see cref="DistrictTableWriter.Add(TeamCycleReport)"/> writes, byte for byte, with every formula rule.
/// </summary>
public sealed class DistrictTeamRowsTests
{
    private static readonly UnitCycleTable[] Tables = [UnitCycleTable.Plan, UnitCycleTable.Proficiency, UnitCycleTable.Tiers, UnitCycleTable.Groups];

    private static readonly Gen<(DistrictCycleReport, Roster)> Districts =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(12, 60)
        from teachers in Gen.Choose(2, 4)
        select District((ulong)seed, students, teachers);

    private static (DistrictCycleReport, Roster) District(ulong seed, int students, int teachers)
    {
        var input = SampleTeam.Generate(seed, new SampleTeamOptions(students, teachers, teachers)).Input;
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return (DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => index[s.Teacher] == 0 ? "=cmd|' /C calc'!A0" : $"team, \"{index[s.Teacher]}\"")), input.Roster);
    }

    [Fact]
    public void Rows_made_at_once_and_added_in_order_are_the_table_added_one_by_one()
    {
        Prop.ForAll(Districts.ToArbitrary(), Gen.Elements(CsvFormulas.Neutralise, CsvFormulas.Raw).ToArbitrary(), (d, formulas) =>
        {
            var (district, roster) = d;
            Assert.True(district.Teams.Length > 1);
            foreach (var table in Tables)
            {
                string oneByOne = Text(s =>
                {
                    using var writer = new DistrictTableWriter(s, table, roster, formulas);
                    foreach (var team in district.Teams) writer.Add(team);
                });
                string prepared = Text(s =>
                {
                    using var writer = new DistrictTableWriter(s, table, roster, formulas);
                    var made = new DistrictTeamRows[district.Teams.Length];
                    Parallel.For(0, made.Length, i => made[^(i + 1)] = writer.Prepare(district.Teams[^(i + 1)]));   // last team first, on any thread
                    foreach (var rows in made) writer.AddPrepared(rows);
                });
                Assert.Equal(oneByOne, prepared);
            }
        }).Check(maxTest: 12);
    }

    [Fact]
    public void Preparing_and_adding_refuse_misuse()
    {
        var (district, roster) = District(7, 30, 3);
        using var plan = new DistrictTableWriter(new MemoryStream(), UnitCycleTable.Plan);
        using var tiers = new DistrictTableWriter(new MemoryStream(), UnitCycleTable.Tiers, roster);
        Assert.Throws<ArgumentNullException>("team", () => plan.Prepare(null!));
        Assert.Throws<ArgumentNullException>("rows", () => plan.AddPrepared(null!));
        var ex = Assert.Throws<ArgumentException>("rows", () => plan.AddPrepared(tiers.Prepare(district.Teams[0])));   // another table's rows
        Assert.Contains("another table's writer", ex.Message, StringComparison.Ordinal);
        var rows = plan.Prepare(district.Teams[0]);
        plan.Dispose();
        Assert.Throws<ObjectDisposedException>(() => plan.AddPrepared(rows));
    }

    [Fact] // tiers.csv takes each student's run of plan rows (issue 18); the rows grouped by student, as before, are its oracle
    public void Tiers_rows_from_runs_are_the_rows_grouped_by_student()
    {
        Prop.ForAll(Districts.ToArbitrary(), Gen.Elements(CsvFormulas.Neutralise, CsvFormulas.Raw).ToArbitrary(), (d, formulas) =>
        {
            foreach (var team in d.Item1.Teams)
            {
                var rows = new UnitCycleTables.TableRows(UnitCycleTable.Tiers, null);
                string runs = Text(s =>
                {
                    using var csv = new CsvRowWriter(s, formulas);
                    rows.Write(csv, team.Report, team.TeamId);
                });
                string grouped = Text(s =>
                {
                    using var csv = new CsvRowWriter(s, formulas);
                    rows.TiersRowsGrouped(csv, team.Report, team.TeamId);
                });
                Assert.Equal(grouped, runs);
                Assert.Equal(team.Report.Counts.Students, runs.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }).Check(maxTest: 12);
    }

    [Fact] // the rows' blocks go back to the writer when they are added: adding them again, or reading them after, is refused
    public void Rows_are_added_once()
    {
        var (district, roster) = District(11, 40, 3);
        using var stream = new MemoryStream();
        using var plan = new DistrictTableWriter(stream, UnitCycleTable.Plan, roster);
        var rows = plan.Prepare(district.Teams[0]);
        var bytes = rows.Utf8.ToArray();
        plan.AddPrepared(rows);
        var again = Assert.Throws<InvalidOperationException>(() => plan.AddPrepared(rows));
        Assert.Contains("added once", again.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => rows.Utf8);
        plan.Dispose();
        Assert.EndsWith(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact] // a team's rows longer than a block (64 KB) span several, read and added whole; the blocks are reused for the next teams
    public void Rows_longer_than_a_block_are_kept_whole()
    {
        var (district, roster) = District(5, 400, 4);
        foreach (var table in Tables)
        {
            string oneByOne = Text(s =>
            {
                using var writer = new DistrictTableWriter(s, table, roster);
                foreach (var team in district.Teams) writer.Add(team);
            });
            string prepared = Text(s =>
            {
                using var writer = new DistrictTableWriter(s, table, roster);
                foreach (var team in district.Teams.Concat(district.Teams))
                {
                    var rows = writer.Prepare(team);
                    Assert.Equal(rows.Utf8.Length, Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(rows.Utf8.Span)));
                    writer.AddPrepared(rows);
                }
            });
            string header = oneByOne[..(oneByOne.IndexOf('\n', StringComparison.Ordinal) + 1)];
            Assert.Equal(oneByOne + oneByOne[header.Length..], prepared);
        }
        Assert.True(Text(s =>
        {
            using var writer = new DistrictTableWriter(s, UnitCycleTable.Plan, roster);
            writer.AddPrepared(writer.Prepare(district.Teams[0]));
        }).Length > 2 * 65_536);
    }

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

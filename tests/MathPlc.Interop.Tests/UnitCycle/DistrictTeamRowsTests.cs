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

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

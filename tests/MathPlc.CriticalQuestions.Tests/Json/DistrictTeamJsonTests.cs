using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using MathPlc.CriticalQuestions.Json;

namespace MathPlc.CriticalQuestions.Tests.Json;

/// <summary>
/// A district's <c>report.json</c> made team by team on several threads (decision 0225's write loop): each team's object
/// made apart from the file (<see cref="DistrictCycleJsonWriter.Prepare"/>, in any order, at once) and added in team
/// order is the file <see cref="DistrictCycleJsonWriter.Add(TeamCycleReport)"/> writes, byte for byte.
/// </summary>
public sealed class DistrictTeamJsonTests
{
    private static readonly Gen<DistrictCycleReport> Districts =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(12, 60)
        from teachers in Gen.Choose(2, 4)
        select District((ulong)seed, students, teachers);

    private static DistrictCycleReport District(ulong seed, int students, int teachers)
    {
        var input = SampleTeam.Generate(seed, new SampleTeamOptions(students, teachers, teachers)).Input;
        var index = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return DistrictCycle.Run(input, input.Roster.Students.ToDictionary(s => s.Student, s => $"team <{index[s.Teacher]}> \"é\""));
    }

    [Fact]
    public void Teams_made_at_once_and_added_in_order_are_the_file_added_one_by_one()
    {
        Prop.ForAll(Districts.ToArbitrary(), district =>
        {
            byte[] oneByOne = Bytes(s =>
            {
                var writer = new DistrictCycleJsonWriter(s, district.District);
                foreach (var team in district.Teams) writer.Add(team);
                writer.Complete();
            });
            var made = new DistrictTeamJson[district.Teams.Length];
            Parallel.For(0, made.Length, i => made[^(i + 1)] = DistrictCycleJsonWriter.Prepare(district.Teams[^(i + 1)]));   // made last team first, on any thread
            byte[] prepared = Bytes(s =>
            {
                var writer = new DistrictCycleJsonWriter(s, district.District);
                foreach (var team in made) writer.AddPrepared(team);
                writer.Complete();
            });
            Assert.True(district.Teams.Length > 1);
            Assert.Equal(oneByOne, prepared);
        }).Check(maxTest: 12);
    }

    [Fact]
    public void A_team_made_apart_can_be_mixed_with_teams_added_whole()
    {
        var district = District(7, 30, 3);
        byte[] whole = Bytes(s => DistrictCycleJson.Write(s, district));
        byte[] mixed = Bytes(s =>
        {
            var writer = new DistrictCycleJsonWriter(s, district.District);
            for (int i = 0; i < district.Teams.Length; i++)
                if (i % 2 == 0) writer.Add(district.Teams[i]);
                else writer.AddPrepared(DistrictCycleJsonWriter.Prepare(district.Teams[i]));
            writer.Complete();
        });
        Assert.Equal(whole, mixed);
    }

    [Fact]
    public void Preparing_and_adding_refuse_misuse()
    {
        var team = District(7, 30, 3).Teams[0];
        Assert.Throws<ArgumentNullException>("team", () => DistrictCycleJsonWriter.Prepare(null!));
        var writer = new DistrictCycleJsonWriter(new MemoryStream(), "d");
        Assert.Throws<ArgumentNullException>("team", () => writer.AddPrepared(null!));
        Assert.Throws<InvalidOperationException>(writer.Complete);   // a prepared team not added is no team
        writer.AddPrepared(DistrictCycleJsonWriter.Prepare(team));
        writer.Complete();
        Assert.Throws<InvalidOperationException>(() => writer.AddPrepared(DistrictCycleJsonWriter.Prepare(team)));
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}

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

    [Fact] // decision 0240: a prepared team's buffer is lent by the pool and given back when it is added, so it is added once
    public void A_prepared_team_is_added_once_and_its_bytes_are_not_read_after()
    {
        var team = District(7, 30, 3).Teams[0];
        var prepared = DistrictCycleJsonWriter.Prepare(team);
        Assert.False(prepared.IsAdded);
        Assert.StartsWith("{\"teamId\":", System.Text.Encoding.UTF8.GetString(prepared.Utf8.Span), StringComparison.Ordinal);
        var writer = new DistrictCycleJsonWriter(new MemoryStream(), "d");
        writer.AddPrepared(prepared);
        Assert.True(prepared.IsAdded);
        Assert.Throws<InvalidOperationException>(() => prepared.Utf8);
        Assert.Throws<InvalidOperationException>(() => writer.AddPrepared(prepared));
        Assert.Throws<InvalidOperationException>(() => new DistrictCycleJsonWriter(new MemoryStream(), "e").AddPrepared(prepared));
    }

    [Fact] // the lent buffer grows past its first array and refuses to advance past what it lent
    public void The_lent_buffer_grows_and_refuses_to_advance_past_its_array()
    {
        var buffer = new LentBuffer();
        buffer.Start();
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        for (int at = 0; at < bytes.Length; at += 1000)
        {
            bytes.AsSpan(at, 1000).CopyTo(buffer.GetSpan(1000));
            buffer.Advance(1000);
        }
        Assert.Throws<ArgumentOutOfRangeException>("count", () => buffer.Advance(-1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => buffer.Advance(buffer.GetMemory().Length + 1));
        var (array, length) = buffer.Take();
        Assert.Equal(bytes, array.AsSpan(0, length).ToArray());
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// One team's object of a district's <c>report.json</c> (<c>{"teamId":ID,"report":{…}}</c>), made by
/// <see cref="DistrictCycleJsonWriter.Prepare"/> apart from the file and added in team order with
/// <see cref="DistrictCycleJsonWriter.AddPrepared(DistrictTeamJson)"/>. Only the writer makes one, so its bytes are always a
/// team's object as the writer writes it.
/// </summary>
public sealed class DistrictTeamJson
{
    internal DistrictTeamJson(ReadOnlyMemory<byte> utf8) => Utf8 = utf8;

    /// <summary>The object's UTF-8 bytes, compact, without a separator.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }
}

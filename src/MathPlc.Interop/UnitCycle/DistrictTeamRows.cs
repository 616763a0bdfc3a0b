using MathPlc.CriticalQuestions;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// One team's rows of a district's table, made by <see cref="DistrictTableWriter.Prepare"/> apart from the file and
/// added in team order with <see cref="DistrictTableWriter.AddPrepared(DistrictTeamRows)"/>. Only a writer makes them, for
/// itself, so their bytes are always whole rows of its table.
/// </summary>
public sealed class DistrictTeamRows
{
    internal DistrictTeamRows(DistrictTableWriter writer, ReadOnlyMemory<byte> utf8) => (Writer, Utf8) = (writer, utf8);

    internal DistrictTableWriter Writer { get; }

    /// <summary>The rows' UTF-8 bytes, each ending with CRLF.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Core.Json;

/// <summary>
/// What every MathPlc JSON contract shares (decision 0093): the members a file gives that the format does not have,
/// collected rather than thrown, so the mapper reports each with <see cref="JsonProblems.Unknown"/> and the names allowed.
/// </summary>
/// <remarks>
/// The dictionary has a setter, not an init accessor: System.Text.Json cannot fill extension data through a constructor
/// parameter or an init accessor. A contract is a <c>sealed record</c> deriving from this one, with <c>init</c> members.
/// </remarks>
public abstract record JsonContractRecord
{
    /// <summary>Members the format does not have, collected so the mapper can report each; null when there were none.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

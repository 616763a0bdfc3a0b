using System.Text.Json;
using MathPlc.Teams;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads a team-actions file as <c>mathplc agenda --actions</c> takes it (the template is
/// <c>docs/templates/team-actions.json</c>): <c>{"_about": …, "actions": [{"id", "phase", "action"}]}</c>, phases
/// <c>before</c>, <c>during</c>, <c>after</c>.
/// </summary>
/// <remarks>
/// Through <see cref="JsonInput"/> (valid UTF-8, a property given twice is bad data). Diagnostic codes: the JSON reader's,
/// <c>unknown-phase</c>, <c>empty-id</c>, <c>duplicate-id</c> (an action id used twice), <c>invalid-action</c>.
/// </remarks>
public static class TeamActionsJson
{
    private static readonly string[] FileProperties = ["_about", "actions"];
    private static readonly string[] ActionProperties = ["id", "phase", "action"];
    private static readonly string[] PhaseNames = ["before", "during", "after"];

    /// <summary>Reads a team-actions file from UTF-8 JSON (one object).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid team-actions file.</exception>
    public static ImmutableArray<TeamAction> Read(Stream utf8Json, string fileName)
    {
        var files = TeamsJsonFile.Read(utf8Json, fileName, ReadFileObject, "the file is empty; it needs a JSON object with \"actions\".");
        if (files.Length != 1)
            throw new DataFileException([new DataDiagnostic("bad-json", "a team-actions file is one JSON object, not an array.", fileName, 1, 1, JsonPath.Root)]);
        return files[0];
    }

    private static ImmutableArray<TeamAction> ReadFileObject(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        ImmutableArray<TeamAction>? actions = null;
        while (JsonRead.NextProperty(ref reader, path, FileProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "_about") JsonRead.String(ref reader, at);
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                actions = JsonRead.Array(ref reader, at, (ref Utf8JsonReader r, string p) =>
                {
                    var action = ReadAction(ref r, p);
                    if (!seen.Add(action.Id))
                        throw JsonFailure.Create("duplicate-id", JsonPath.Property(p, "id"), action.Id, $"the action id \"{action.Id}\" is used twice; give each action its own id.");
                    return action;
                });
            }
        }
        JsonRead.Required(path, ("actions", actions is not null));
        if (actions!.Value.IsEmpty) throw JsonFailure.Create("invalid-action", JsonPath.Property(path, "actions"), null, "the file lists no actions.");
        return actions.Value;
    }

    private static TeamAction ReadAction(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? id = null, text = null;
        UnitPhase? phase = null;
        while (JsonRead.NextProperty(ref reader, path, ActionProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "id": id = TeamsJsonFile.Id(ref reader, at); break;
                case "phase": phase = (UnitPhase)TeamsJsonFile.Choice(ref reader, at, PhaseNames, "unknown-phase", "unit phase"); break;
                default: text = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("id", id is not null), ("phase", phase is not null), ("action", text is not null));
        var (i, p, t) = (id!, phase!.Value, text!);
        return JsonRead.Construct(path, "invalid-action", ActionProperties, () => new TeamAction(i, p, t));
    }
}

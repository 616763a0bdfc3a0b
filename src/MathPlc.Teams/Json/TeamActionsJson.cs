namespace MathPlc.Teams.Json;

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
    private static readonly string[] FileMembers = ["_about", "actions"];
    private static readonly string[] ActionMembers = ["id", "phase", "action"];
    private static readonly JsonChoice<UnitPhase> Phases = new("unknown-phase", "a unit phase");

    /// <summary>Reads a team-actions file from UTF-8 JSON (one object). Every problem of the file is listed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid team-actions file.</exception>
    public static ImmutableArray<TeamAction> Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, TeamsJsonContext.Default.TeamActionsFileContract, ToActions);

    private static ImmutableArray<TeamAction> ToActions(TeamActionsFileContract file, JsonProblems problems)
    {
        problems.Unknown(file.Unknown, JsonPath.Root, FileMembers);
        if (!problems.Present(JsonPath.Root, ("actions", file.Actions is not null))) return [];
        if (file.Actions!.Count == 0) problems.Add("invalid-action", "$.actions", "the file lists no actions.");
        var actions = ImmutableArray.CreateBuilder<TeamAction>(file.Actions.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < file.Actions.Count; i++)
        {
            string path = JsonPath.Index("$.actions", i);
            if (TeamsJsonFile.Object(file.Actions[i], path, problems) is not { } a) continue;
            problems.Unknown(a.Unknown, path, ActionMembers);
            bool present = problems.Present(path, ("id", a.Id is not null), ("phase", a.Phase is not null), ("action", a.Action is not null));
            string? id = problems.Id(a.Id, path + ".id");
            var phase = Phases.Parse(problems, a.Phase, path + ".phase");
            if (!present || id is null || phase is null) continue;
            if (problems.Build(path, "invalid-action", ActionMembers, () => new TeamAction(id, phase.Value, a.Action!)) is not { } action) continue;
            if (seen.Add(action.Id)) actions.Add(action);
            else problems.Add("duplicate-id", path + ".id", $"the action id \"{action.Id}\" is used twice; give each action its own id.", action.Id);
        }
        return actions.ToImmutable();
    }
}

using System.Text.Json;
using MathPlc.Teams;

namespace MathPlc.Interop.Json;

/// <summary>An action that supports collaborative professional learning, with what is done now and what could come next (the professional-learning self-assessment).</summary>
/// <param name="Id">A short stable id.</param>
/// <param name="Action">The action in leaders' words.</param>
/// <param name="CurrentActions">What is done now.</param>
/// <param name="PossibleNextSteps">What could be done next.</param>
public sealed record LearningAction(string Id, string Action, ImmutableArray<string> CurrentActions, ImmutableArray<string> PossibleNextSteps)
{
    /// <inheritdoc/>
    public bool Equals(LearningAction? other) => other is not null && Id == other.Id && Action == other.Action
        && CurrentActions.SequenceEqual(other.CurrentActions) && PossibleNextSteps.SequenceEqual(other.PossibleNextSteps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Action);
}

/// <summary>A commitments file: the commitments with their district, site and team roles, the professional-learning actions, and the self-assessments.</summary>
/// <param name="Commitments">The commitments.</param>
/// <param name="LearningActions">The professional-learning actions.</param>
/// <param name="Assessments">The self-assessments, in file order.</param>
public sealed record CommitmentsFile(ImmutableArray<Commitment> Commitments, ImmutableArray<LearningAction> LearningActions, ImmutableArray<CommitmentSelfAssessment> Assessments)
{
    /// <inheritdoc/>
    public bool Equals(CommitmentsFile? other) => other is not null && Commitments.SequenceEqual(other.Commitments)
        && LearningActions.SequenceEqual(other.LearningActions) && Assessments.SequenceEqual(other.Assessments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Commitments.Length, LearningActions.Length, Assessments.Length);
}

/// <summary>
/// Reads commitments and self-assessment files as <c>mathplc commitments --in</c> takes them (the template is
/// <c>docs/templates/commitments.json</c>): <c>commitments[{id, title, roles{district, site, team}}]</c>, optional
/// <c>learningActions[{id, action, currentActions, possibleNextSteps}]</c>, <c>assessments[{assessedOn,
/// entries[{commitment, level, status, currentActions, nextSteps, evidence}]}]</c> and a free <c>_about</c> text.
/// </summary>
/// <remarks>
/// Levels: <c>district</c>, <c>site</c>, <c>team</c>. Statuses: <c>notStarted</c> (or <c>not-started</c>),
/// <c>emerging</c>, <c>developing</c>, <c>sustaining</c>. Diagnostic codes: the JSON reader's, <c>unknown-level</c>,
/// <c>unknown-status</c>, <c>unknown-commitment</c> (an entry naming no commitment of the file), <c>invalid-commitment</c>,
/// <c>invalid-assessment</c> (a commitment assessed twice at one level on one occasion).
/// </remarks>
public static class CommitmentsJson
{
    private static readonly string[] FileProperties = ["_about", "commitments", "learningActions", "assessments"];
    private static readonly string[] CommitmentProperties = ["id", "title", "roles"];
    private static readonly string[] LevelNames = ["district", "site", "team"];
    private static readonly string[] ActionProperties = ["id", "action", "currentActions", "possibleNextSteps"];
    private static readonly string[] AssessmentProperties = ["assessedOn", "entries"];
    private static readonly string[] EntryProperties = ["commitment", "level", "status", "currentActions", "nextSteps", "evidence"];
    private static readonly string[] StatusNames = ["notStarted", "emerging", "developing", "sustaining"];

    /// <summary>Reads a commitments file from UTF-8 JSON (one object).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid commitments file.</exception>
    public static CommitmentsFile Read(Stream utf8Json, string fileName)
    {
        var files = TeamsJsonFile.Read(utf8Json, fileName, ReadFileObject, "the file is empty; it needs a JSON object with commitments and assessments.");
        if (files.Length != 1)
            throw new DataFileException([new DataDiagnostic("bad-json", "a commitments file is one JSON object, not an array.", fileName, 1, 1, JsonPath.Root)]);
        return files[0];
    }

    /// <summary>Reads a commitments file; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not valid.</exception>
    public static CommitmentsFile ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static CommitmentsFile ReadFileObject(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        ImmutableArray<Commitment>? commitments = null;
        var actions = ImmutableArray<LearningAction>.Empty;
        var assessments = ImmutableArray<CommitmentSelfAssessment>.Empty;
        while (JsonRead.NextProperty(ref reader, path, FileProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "_about": JsonRead.String(ref reader, at); break;
                case "commitments": commitments = JsonRead.Array(ref reader, at, ReadCommitment); break;
                case "learningActions": actions = JsonRead.Array(ref reader, at, ReadAction); break;
                default:
                    var ids = (commitments ?? []).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                    assessments = JsonRead.Array(ref reader, at, (ref Utf8JsonReader r, string p) => ReadAssessment(ref r, p, ids));
                    break;
            }
        }
        JsonRead.Required(path, ("commitments", commitments is not null));
        return new CommitmentsFile(commitments!.Value, actions, assessments);
    }

    private static Commitment ReadCommitment(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? id = null, title = null;
        var roles = new Dictionary<LeadershipLevel, string>();
        while (JsonRead.NextProperty(ref reader, path, CommitmentProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "id") id = TeamsJsonFile.Id(ref reader, at);
            else if (name == "title") title = JsonRead.String(ref reader, at);
            else
            {
                JsonRead.StartObject(ref reader, at);
                while (JsonRead.NextProperty(ref reader, at, LevelNames, out string level))
                    roles[(LeadershipLevel)Array.IndexOf(LevelNames, level)] = JsonRead.String(ref reader, JsonPath.Property(at, level));
            }
        }
        JsonRead.Required(path, ("id", id is not null), ("title", title is not null));
        var (i, t) = (id!, title!);
        return JsonRead.Construct(path, "invalid-commitment", CommitmentProperties, () => new Commitment(i, t, roles));
    }

    private static LearningAction ReadAction(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? id = null, action = null;
        ImmutableArray<string> current = [], next = [];
        while (JsonRead.NextProperty(ref reader, path, ActionProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "id": id = TeamsJsonFile.Id(ref reader, at); break;
                case "action": action = JsonRead.String(ref reader, at); break;
                case "currentActions": current = Texts(ref reader, at); break;
                default: next = Texts(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("id", id is not null), ("action", action is not null));
        return new LearningAction(id!, action!.Trim(), current, next);
    }

    private static CommitmentSelfAssessment ReadAssessment(ref Utf8JsonReader reader, string path, HashSet<string> ids)
    {
        JsonRead.StartObject(ref reader, path);
        NodaTime.LocalDate? on = null;
        ImmutableArray<CommitmentEntry>? entries = null;
        while (JsonRead.NextProperty(ref reader, path, AssessmentProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "assessedOn") on = TeamsJsonFile.Date(ref reader, at);
            else entries = JsonRead.Array(ref reader, at, (ref Utf8JsonReader r, string p) => ReadEntry(ref r, p, ids));
        }
        JsonRead.Required(path, ("assessedOn", on is not null), ("entries", entries is not null));
        var (d, e) = (on!.Value, entries!.Value);
        return JsonRead.Construct(path, "invalid-assessment", AssessmentProperties, () => new CommitmentSelfAssessment(d, e));
    }

    private static CommitmentEntry ReadEntry(ref Utf8JsonReader reader, string path, HashSet<string> ids)
    {
        JsonRead.StartObject(ref reader, path);
        string? commitment = null;
        LeadershipLevel? level = null;
        CommitmentStatus? status = null;
        ImmutableArray<string> current = [], next = [], evidence = [];
        while (JsonRead.NextProperty(ref reader, path, EntryProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "commitment":
                    commitment = TeamsJsonFile.Id(ref reader, at);
                    if (!ids.Contains(commitment.Trim()))
                        throw JsonFailure.Create("unknown-commitment", at, commitment, $"\"{commitment}\" is not one of the file's commitments (list \"commitments\" before \"assessments\").");
                    break;
                case "level": level = (LeadershipLevel)TeamsJsonFile.Choice(ref reader, at, LevelNames, "unknown-level", "leadership level"); break;
                case "status": status = (CommitmentStatus)TeamsJsonFile.Choice(ref reader, at, StatusNames, "unknown-status", "status"); break;
                case "currentActions": current = Texts(ref reader, at); break;
                case "nextSteps": next = Texts(ref reader, at); break;
                default: evidence = Texts(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("commitment", commitment is not null), ("level", level is not null), ("status", status is not null));
        var (c, l, s) = (commitment!, level!.Value, status!.Value);
        return JsonRead.Construct(path, "invalid-assessment", EntryProperties, () => new CommitmentEntry(c, l, s, current, next, evidence));
    }

    private static ImmutableArray<string> Texts(ref Utf8JsonReader reader, string path) =>
        JsonRead.Array(ref reader, path, (ref Utf8JsonReader r, string p) => JsonRead.String(ref r, p));
}

using NodaTime.Text;

namespace MathPlc.Teams.Json;

/// <summary>An action that supports collaborative professional learning, with what is done now and what could come next (the professional-learning self-assessment).</summary>
/// <param name="Id">A short stable id.</param>
/// <param name="Action">The action in leaders' words.</param>
/// <param name="CurrentActions">What is done now.</param>
/// <param name="PossibleNextSteps">What could be done next.</param>
public sealed record LearningAction(string Id, string Action, ValueArray<string> CurrentActions, ValueArray<string> PossibleNextSteps);

/// <summary>A commitments file: the commitments with their district, site and team roles, the professional-learning actions, and the self-assessments.</summary>
/// <param name="Commitments">The commitments.</param>
/// <param name="LearningActions">The professional-learning actions.</param>
/// <param name="Assessments">The self-assessments, in file order.</param>
public sealed record CommitmentsFile(ValueArray<Commitment> Commitments, ValueArray<LearningAction> LearningActions, ValueArray<CommitmentSelfAssessment> Assessments);

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
    private static readonly string[] FileMembers = ["_about", "commitments", "learningActions", "assessments"];
    private static readonly string[] CommitmentMembers = ["id", "title", "roles"];
    private static readonly string[] LevelNames = ["district", "site", "team"];
    private static readonly JsonChoice<LeadershipLevel> Levels = new("unknown-level", "a leadership level");
    private static readonly JsonChoice<CommitmentStatus> Statuses = new("unknown-status", "a status");
    private static readonly string[] ActionMembers = ["id", "action", "currentActions", "possibleNextSteps"];
    private static readonly string[] AssessmentMembers = ["assessedOn", "entries"];
    private static readonly string[] EntryMembers = ["commitment", "level", "status", "currentActions", "nextSteps", "evidence"];

    /// <summary>Reads a commitments file from UTF-8 JSON (one object). Every problem of the file is listed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid commitments file.</exception>
    public static CommitmentsFile Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, TeamsJsonContext.Default.CommitmentsFileContract, ToFile);

    /// <summary>Writes a commitments file (indented) that <see cref="Read"/> reads back equal.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, CommitmentsFile file)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(file);
        System.Text.Json.JsonSerializer.Serialize(utf8Json, FromFile(file), TeamsJsonContext.Default.CommitmentsFileContract);
    }

    private static CommitmentsFile ToFile(CommitmentsFileContract file, JsonProblems problems)
    {
        problems.Unknown(file.Unknown, JsonPath.Root, FileMembers);
        problems.Present(JsonPath.Root, ("commitments", file.Commitments is not null));
        var commitments = TeamsJsonFile.Each<CommitmentContract, Commitment>(file.Commitments, "$.commitments", problems, ToCommitment).Values;
        var ids = commitments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var actions = TeamsJsonFile.Each<LearningActionContract, LearningAction>(file.LearningActions, "$.learningActions", problems, ToAction).Values;
        var assessments = TeamsJsonFile.Each<SelfAssessmentContract, CommitmentSelfAssessment>(file.Assessments, "$.assessments", problems, (a, path, p) => ToAssessment(a, path, p, ids)).Values;
        return new CommitmentsFile([.. commitments], [.. actions], [.. assessments]);
    }

    private static Commitment? ToCommitment(CommitmentContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, CommitmentMembers);
        bool present = problems.Present(path, ("id", c.Id is not null), ("title", c.Title is not null));
        string? id = problems.Id(c.Id, path + ".id");
        var roles = new Dictionary<LeadershipLevel, string>();
        if (c.Roles is { } r)
        {
            problems.Unknown(r.Unknown, path + ".roles", LevelNames);
            if (r.District is { } district) roles[LeadershipLevel.District] = district;
            if (r.Site is { } site) roles[LeadershipLevel.Site] = site;
            if (r.Team is { } team) roles[LeadershipLevel.Team] = team;
        }
        return present && id is not null ? problems.Build(path, "invalid-commitment", CommitmentMembers, () => new Commitment(id, c.Title!, roles)) : null;
    }

    private static LearningAction? ToAction(LearningActionContract a, string path, JsonProblems problems)
    {
        problems.Unknown(a.Unknown, path, ActionMembers);
        bool present = problems.Present(path, ("id", a.Id is not null), ("action", a.Action is not null));
        string? id = problems.Id(a.Id, path + ".id");
        var current = TeamsJsonFile.Texts(a.CurrentActions, path + ".currentActions", problems);
        var next = TeamsJsonFile.Texts(a.PossibleNextSteps, path + ".possibleNextSteps", problems);
        return present && id is not null ? new LearningAction(id, a.Action!.Trim(), current, next) : null;
    }

    private static CommitmentSelfAssessment? ToAssessment(SelfAssessmentContract a, string path, JsonProblems problems, HashSet<string> ids)
    {
        problems.Unknown(a.Unknown, path, AssessmentMembers);
        bool present = problems.Present(path, ("assessedOn", a.AssessedOn is not null), ("entries", a.Entries is not null));
        var on = problems.Date(a.AssessedOn, path + ".assessedOn");
        int found = problems.Found.Count;
        var entries = TeamsJsonFile.Each<CommitmentEntryContract, CommitmentEntry>(a.Entries, path + ".entries", problems, (e, at, p) => ToEntry(e, at, p, ids)).Values;
        if (!present || on is null || problems.Found.Count > found) return null;
        return problems.Build(path, "invalid-assessment", AssessmentMembers, () => new CommitmentSelfAssessment(on.Value, entries));
    }

    private static CommitmentEntry? ToEntry(CommitmentEntryContract e, string path, JsonProblems problems, HashSet<string> ids)
    {
        problems.Unknown(e.Unknown, path, EntryMembers);
        bool present = problems.Present(path, ("commitment", e.Commitment is not null), ("level", e.Level is not null), ("status", e.Status is not null));
        string? commitment = problems.Id(e.Commitment, path + ".commitment");
        if (commitment is not null && !ids.Contains(commitment.Trim()))
        {
            problems.Add("unknown-commitment", path + ".commitment", $"\"{commitment}\" is not one of the file's commitments (list \"commitments\" before \"assessments\").", commitment);
            commitment = null;
        }
        var level = Levels.Parse(problems, e.Level, path + ".level");
        var status = Statuses.Parse(problems, e.Status, path + ".status");
        var current = TeamsJsonFile.Texts(e.CurrentActions, path + ".currentActions", problems);
        var next = TeamsJsonFile.Texts(e.NextSteps, path + ".nextSteps", problems);
        var evidence = TeamsJsonFile.Texts(e.Evidence, path + ".evidence", problems);
        if (!present || commitment is null || level is null || status is null) return null;
        return problems.Build(path, "invalid-assessment", EntryMembers, () => new CommitmentEntry(commitment, level.Value, status.Value, current, next, evidence));
    }

    private static CommitmentsFileContract FromFile(CommitmentsFile file) => new()
    {
        Commitments = [.. file.Commitments.Select(c => (CommitmentContract?)new CommitmentContract
        {
            Id = c.Id, Title = c.Title,
            Roles = new RolesContract { District = c.Roles.GetValueOrDefault(LeadershipLevel.District), Site = c.Roles.GetValueOrDefault(LeadershipLevel.Site), Team = c.Roles.GetValueOrDefault(LeadershipLevel.Team) },
        })],
        LearningActions = [.. file.LearningActions.Select(a => (LearningActionContract?)new LearningActionContract
        {
            Id = a.Id, Action = a.Action, CurrentActions = [.. a.CurrentActions], PossibleNextSteps = [.. a.PossibleNextSteps],
        })],
        Assessments = [.. file.Assessments.Select(a => (SelfAssessmentContract?)new SelfAssessmentContract
        {
            AssessedOn = LocalDatePattern.Iso.Format(a.AssessedOn),
            Entries = [.. a.Entries.Select(e => (CommitmentEntryContract?)new CommitmentEntryContract
            {
                Commitment = e.CommitmentId, Level = Levels.Name(e.Level), Status = Statuses.Name(e.Status),
                CurrentActions = [.. e.CurrentActions], NextSteps = [.. e.NextSteps], Evidence = [.. e.Evidence],
            })],
        })],
    };
}

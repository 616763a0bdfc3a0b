using System.Text.Encodings.Web;
using System.Text.Json;
using MathPlc.Core;
using NodaTime.Text;

namespace MathPlc.Teams.Json;

/// <summary>
/// Team-evidence files: what a coach or leader observed of one team (or of several, as a JSON array), as
/// <c>mathplc stage --in</c> reads them, with a <see cref="DataDiagnostic"/> (file, line, column, JSON path, value,
/// reason) for anything wrong.
/// </summary>
/// <remarks>
/// <para>The format:</para>
/// <code>
/// {
///   "team": "grade6-math",
///   "observedOn": "2026-10-15",
///   "indicators": ["normsAndAgendas", "practicesShared", "sharedPlanning"],
///   "partialIndicators": ["commonAssessmentsGiven"],
///   "school": "lincoln-ms",
///   "selfRatings": [ { "member": "ana", "stage": 3 }, { "member": "ben", "stage": 5 } ]
/// }
/// </code>
/// <para>
/// <c>team</c>, <c>observedOn</c> and <c>indicators</c> are required; <c>partialIndicators</c> (shown only in part; each
/// counts half), <c>school</c> (for the site and district overview) and <c>selfRatings</c> are optional. Indicators are
/// the <see cref="StageIndicator"/> names, in camelCase or kebab-case, any case (<c>normsAndAgendas</c>,
/// <c>norms-and-agendas</c>): <c>normsAndAgendas</c>, <c>practicesShared</c>, <c>sharedPlanning</c>,
/// <c>commonAssessmentsGiven</c>, <c>resultsAnalyzedByTarget</c>, <c>interventionsDifferentiatedByTarget</c>,
/// <c>instructionComparedWithResults</c>. A stage is a whole number from 1 to 7. Comments and trailing commas are
/// accepted; property names are case-sensitive and unknown properties are refused.
/// </para>
/// <para>
/// Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>, <c>unknown-property</c>, <c>missing-property</c>,
/// <c>unknown-indicator</c> (with the names allowed), <c>bad-date</c>, <c>bad-stage</c>, <c>empty-id</c>,
/// <c>invalid-evidence</c> (a member rated twice, or an indicator both met and partial). Reading stops at the first problem.
/// </para>
/// </remarks>
public static class TeamEvidenceJson
{
    private static readonly string[] EvidenceMembers = ["team", "observedOn", "indicators", "partialIndicators", "school", "selfRatings"];
    private static readonly string[] RatingMembers = ["member", "stage"];
    private static readonly JsonChoice<StageIndicator> Indicator = new("unknown-indicator", "a stage indicator");
    private static readonly string[] IndicatorNames = [.. Indicator.Names];

    // Written as people write them by hand: indented, "\n" line ends, non-ASCII text as it is.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads team evidence from UTF-8 JSON (a byte-order mark is allowed): one object, or an array of them.</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <returns>The evidence, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not valid team evidence; every problem found is listed.</exception>
    public static ImmutableArray<TeamEvidence> Read(Stream utf8Json, string fileName) =>
        TeamsJsonFile.ReadOneOrMany(utf8Json, fileName, TeamsJsonContext.Default.TeamEvidenceContract, TeamsJsonContext.Default.ListTeamEvidenceContract, ToEvidence);

    /// <summary>
    /// Writes team evidence in the format <see cref="Read"/> reads (an array when there is more than one team), indented,
    /// UTF-8 without a byte-order mark, ending with a new line; indicators in camelCase. The stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="evidence"/> holds null.</exception>
    public static void Write(Stream utf8Json, IReadOnlyList<TeamEvidence> evidence)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.NullOrNullElements(evidence);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            if (evidence.Count == 1) JsonSerializer.Serialize(writer, FromEvidence(evidence[0]), TeamsJsonContext.Default.TeamEvidenceContract);
            else JsonSerializer.Serialize(writer, [.. evidence.Select(FromEvidence)], TeamsJsonContext.Default.ListTeamEvidenceContract);
        }
        utf8Json.WriteByte((byte)'\n');
    }

    private static TeamEvidence? ToEvidence(TeamEvidenceContract e, string path, JsonProblems problems)
    {
        problems.Unknown(e.Unknown, path, EvidenceMembers);
        bool present = problems.Present(path, ("team", e.Team is not null), ("observedOn", e.ObservedOn is not null), ("indicators", e.Indicators is not null));
        string? team = problems.Id(e.Team, path + ".team"), school = problems.Id(e.School, path + ".school");
        var observedOn = problems.Date(e.ObservedOn, path + ".observedOn");
        int found = problems.Found.Count;
        var met = Indicators(e.Indicators, path + ".indicators", problems);
        var partial = Indicators(e.PartialIndicators, path + ".partialIndicators", problems);
        var ratings = new List<MemberStageRating>();
        for (int i = 0; i < (e.SelfRatings?.Count ?? 0); i++)
            if (TeamsJsonFile.Object(e.SelfRatings![i], JsonPath.Index(path + ".selfRatings", i), problems) is { } r && ToRating(r, JsonPath.Index(path + ".selfRatings", i), problems) is { } rating)
                ratings.Add(rating);
        if (!present || team is null || observedOn is null || (e.School is not null && school is null) || problems.Found.Count > found) return null;
        return problems.Build(path, "invalid-evidence", EvidenceMembers,
            () => new TeamEvidence(new TeamId(team), observedOn.Value, met, ratings, partial, school is null ? null : new SchoolId(school)));
    }

    private static MemberStageRating? ToRating(StageRatingContract r, string path, JsonProblems problems)
    {
        problems.Unknown(r.Unknown, path, RatingMembers);
        bool present = problems.Present(path, ("member", r.Member is not null), ("stage", r.Stage is not null));
        string? member = problems.Id(r.Member, path + ".member");
        int? stage = problems.WholeNumber(r.Stage, path + ".stage", "not-a-number");
        if (stage is < 1 or > 7)
        {
            problems.Add("bad-stage", path + ".stage", $"{stage} is not a stage; stages run from 1 (filling the time) to 7 (reflecting on instruction).", InvariantNumber.Format(stage.Value));
            return null;
        }
        return present && member is not null && stage is not null ? new MemberStageRating(new TeacherId(member), (TeamStage)stage.Value) : null;
    }

    private static List<StageIndicator> Indicators(List<string?>? names, string path, JsonProblems problems)
    {
        var indicators = new List<StageIndicator>();
        for (int i = 0; i < (names?.Count ?? 0); i++)
        {
            string at = JsonPath.Index(path, i);
            if (names![i] is not { } text) { problems.Add(JsonContract.WrongTypeCode, at, "expected a string, found null.", "null"); continue; }
            if (Indicator.TryParse(text, out var found))
            {
                indicators.Add(found);
                continue;
            }
            string? nearest = NearestName.Find(text, IndicatorNames);
            problems.Add("unknown-indicator", at,
                $"\"{text}\" is not a stage indicator{(nearest is null ? "" : $": did you mean \"{nearest}\"?")} The indicators are {JsonProblems.QuotedList(IndicatorNames)}.", text);
        }
        return indicators;
    }

    private static TeamEvidenceContract FromEvidence(TeamEvidence item) => new()
    {
        Team = item.Team.Value,
        ObservedOn = LocalDatePattern.Iso.Format(item.ObservedOn),
        Indicators = [.. item.IndicatorsMet.Select(i => (string?)Indicator.Name(i))],
        PartialIndicators = item.IndicatorsPartial.IsEmpty ? null : [.. item.IndicatorsPartial.Select(i => (string?)Indicator.Name(i))],
        School = item.School?.Value,
        SelfRatings = [.. item.SelfRatings.Select(r => (StageRatingContract?)new StageRatingContract { Member = r.Member.Value, Stage = (int)r.Stage })],
    };
}

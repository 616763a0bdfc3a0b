using System.Globalization;
using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Teams;
using NodaTime.Text;

namespace MathPlc.Interop.Json;

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
    private static readonly string[] EvidenceProperties = ["team", "observedOn", "indicators", "partialIndicators", "school", "selfRatings"];
    private static readonly string[] RatingProperties = ["member", "stage"];
    private static readonly string[] IndicatorNames = [.. Enum.GetNames<StageIndicator>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])];

    /// <summary>Reads team evidence from UTF-8 JSON (a byte-order mark is allowed): one object, or an array of them.</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <returns>The evidence, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not valid team evidence; its one diagnostic says where and why.</exception>
    public static ImmutableArray<TeamEvidence> Read(Stream utf8Json, string fileName) =>
        TeamsJsonFile.Read(utf8Json, fileName, ReadEvidence, "the file is empty; it needs a JSON object with team, observedOn and indicators.");

    /// <summary>Reads a team-evidence file; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file (other I/O exceptions pass through too).</exception>
    /// <exception cref="DataFileException">The file is not valid team evidence.</exception>
    public static ImmutableArray<TeamEvidence> ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>
    /// Writes team evidence in the format <see cref="Read"/> reads (an array when there is more than one team), indented,
    /// UTF-8 without a byte-order mark, ending with a new line; indicators in camelCase. The stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="evidence"/> holds null.</exception>
    public static void Write(Stream utf8Json, IReadOnlyList<TeamEvidence> evidence)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(evidence);
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (evidence.Count != 1) writer.WriteStartArray();
            foreach (var item in evidence)
            {
                Guard.Against.Null(item, nameof(evidence));
                writer.WriteStartObject();
                writer.WriteString("team", item.Team.Value);
                writer.WriteString("observedOn", LocalDatePattern.Iso.Format(item.ObservedOn));
                writer.WriteStartArray("indicators");
                foreach (var indicator in item.IndicatorsMet) writer.WriteStringValue(IndicatorNames[(int)indicator]);
                writer.WriteEndArray();
                if (!item.IndicatorsPartial.IsEmpty)
                {
                    writer.WriteStartArray("partialIndicators");
                    foreach (var indicator in item.IndicatorsPartial) writer.WriteStringValue(IndicatorNames[(int)indicator]);
                    writer.WriteEndArray();
                }
                if (item.School is { } school) writer.WriteString("school", school.Value);
                writer.WriteStartArray("selfRatings");
                foreach (var rating in item.SelfRatings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("member", rating.Member.Value);
                    writer.WriteNumber("stage", (int)rating.Stage);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            if (evidence.Count != 1) writer.WriteEndArray();
        }
        utf8Json.WriteByte((byte)'\n');
    }

    private static TeamEvidence ReadEvidence(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        TeamId? team = null;
        NodaTime.LocalDate? observedOn = null;
        ImmutableArray<StageIndicator>? indicators = null;
        var partial = ImmutableArray<StageIndicator>.Empty;
        SchoolId? school = null;
        var ratings = ImmutableArray<MemberStageRating>.Empty;
        while (JsonRead.NextProperty(ref reader, path, EvidenceProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            switch (name)
            {
                case "team": team = new TeamId(TeamsJsonFile.Id(ref reader, at)); break;
                case "observedOn": observedOn = TeamsJsonFile.Date(ref reader, at); break;
                case "indicators": indicators = JsonRead.Array(ref reader, at, Indicator); break;
                case "partialIndicators": partial = JsonRead.Array(ref reader, at, Indicator); break;
                case "school": school = new SchoolId(TeamsJsonFile.Id(ref reader, at)); break;
                default: ratings = JsonRead.Array(ref reader, at, ReadRating); break;
            }
        }
        JsonRead.Required(path, ("team", team is not null), ("observedOn", observedOn is not null), ("indicators", indicators is not null));
        var (t, o, i, r) = (team!.Value, observedOn!.Value, indicators!.Value, ratings);
        return JsonRead.Construct(path, "invalid-evidence", EvidenceProperties, () => new TeamEvidence(t, o, i, r, partial, school));
    }

    private static MemberStageRating ReadRating(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        TeacherId? member = null;
        int? stage = null;
        while (JsonRead.NextProperty(ref reader, path, RatingProperties, out string name))
        {
            string at = JsonPath.Property(path, name);
            if (name == "member") member = new TeacherId(TeamsJsonFile.Id(ref reader, at));
            else
            {
                int value = JsonRead.Int32(ref reader, at);
                if (value is < 1 or > 7) throw JsonFailure.Create("bad-stage", at, value.ToString(CultureInfo.InvariantCulture), $"{value} is not a stage; stages run from 1 (filling the time) to 7 (reflecting on instruction).");
                stage = value;
            }
        }
        JsonRead.Required(path, ("member", member is not null), ("stage", stage is not null));
        return new MemberStageRating(member!.Value, (TeamStage)stage!.Value);
    }

    private static StageIndicator Indicator(ref Utf8JsonReader reader, string path)
    {
        string text = JsonRead.String(ref reader, path);
        string key = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        foreach (var indicator in Enum.GetValues<StageIndicator>())
            if (string.Equals(indicator.ToString(), key, StringComparison.OrdinalIgnoreCase)) return indicator;
        string? nearest = NearestName.Find(text, IndicatorNames);
        throw JsonFailure.Create("unknown-indicator", path, text,
            $"\"{text}\" is not a stage indicator{(nearest is null ? "" : $": did you mean \"{nearest}\"?")} The indicators are {JsonRead.QuotedList(IndicatorNames)}.");
    }
}

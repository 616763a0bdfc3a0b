using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MathPlc.Interventions.Json;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Interop.Json;
using MathPlc.Standards.Json;
using MathPlc.Standards;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Unit files for <c>mathplc cycle --unit unit.json</c>: a <see cref="CycleUnitFile"/> as JSON a team writes by hand,
/// read with a <see cref="DataDiagnostic"/> naming the file, the line and the JSON path of anything wrong, and written
/// indented.
/// </summary>
/// <remarks>
/// <para>The format (property names case-sensitive, unknown properties refused, comments and trailing commas accepted):</para>
/// <code>
/// {
///   "team": "Grade 6 mathematics",
///   "unit": { "name": "Unit 3: Ratios and rates", "teachingDays": 15, "targets": [ { "id": "6.RP.A.1", "statement": "…", "dok": 2 } ] },
///   "assessment": {
///     "name": "Unit 3 common assessment", "assessedOn": "2026-10-09",
///     "items": [ { "id": "Q1", "points": 1, "targets": ["6.RP.A.1"], "dok": 1, "demand": "proceduresWithoutConnections",
///                  "format": "selectedResponse", "minutes": 2, "rubric": false } ]
///   },
///   "calendar": { "firstDay": "2026-08-24", "lastDay": "2027-06-04" },
///   "nextCycleStart": "2026-10-13",
///   "scoring": [ { "percent": 0, "score": 1 }, { "percent": 50, "score": 2 }, { "percent": 70, "score": 3 }, { "percent": 90, "score": 4 } ],
///   "grading": { "method": { "name": "mean" }, "scale": { … } },
///   "tierRules": { "proficientCut": 3 },
///   "minimumGroupSize": 10,
///   "response": { "adults": ["ms-garcia", "mr-chen"], "blocks": [ { "day": "tuesday", "minutes": 30 } ],
///                 "wholeClassAtLeast": 0.25, "reassessAfterDays": 10 }
/// }
/// </code>
/// <para>
/// <c>unit</c> is one unit of the unit-plan format (<see cref="UnitPlanJson"/>), <c>calendar</c> the calendar format
/// (<see cref="CalendarJson"/>), <c>grading</c> the <see cref="ProficiencyOptions"/> contract of <see cref="MathPlcJson"/>
/// and <c>tierRules</c> the format of <see cref="TierRulesJson"/>. <c>scoring</c>, <c>grading</c>, <c>tierRules</c> and
/// <c>minimumGroupSize</c> are optional: without them the unit cycle's defaults hold. <c>response</c> is optional too,
/// and so is each of its parts (<see cref="ResponseSettings"/>): an adult or a weekday listed twice, a block on a weekday
/// the calendar does not teach, minutes outside 1–240, a whole-class line outside (0, 1] or a reassessment outside 1–60
/// instructional days is refused with its line (JSON Schema: <c>docs/schemas/unit.schema.json</c>). An item's <c>dok</c> is 1–4,
/// <c>demand</c> one of <c>memorization</c>, <c>proceduresWithoutConnections</c>, <c>proceduresWithConnections</c>,
/// <c>doingMathematics</c>, <c>format</c> one of <c>selectedResponse</c>, <c>constructedResponse</c>,
/// <c>performanceTask</c>; <c>minutes</c> defaults to 0 and <c>rubric</c> to false.
/// </para>
/// <para>
/// Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>, <c>missing-property</c>, <c>unknown-property</c>, <c>bad-number</c>,
/// <c>bad-date</c>, <c>unknown-name</c>, <c>duplicate-adult</c>, <c>duplicate-block</c>, <c>non-instructional-block</c>,
/// the codes of the formats it contains, and <c>invalid-unit</c> (values that break a
/// rule of the types, such as an item listed twice), <c>uncovered-target</c> (an essential target on no item). Every diagnostic names the file, the line and the JSON path.
/// </para>
/// </remarks>
public static class CycleUnitJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a unit file from UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <param name="fileName">The file's name as diagnostics give it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid unit file; every problem found is listed, each with its line.</exception>
    public static CycleUnitFile Read(Stream utf8Json, string fileName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var json = JsonInput.Read(utf8Json, fileName); // valid UTF-8, well-formed, no property twice: bad data with line and column
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataFileException([new DataDiagnostic("bad-json", "the file is not well-formed JSON.", fileName,
                e.LineNumber is { } line ? (int)line + 1 : null, e.BytePositionInLine is { } column ? (int)column + 1 : null, e.Path)], e);
        }
        using (document)
        {
            var reader = new Reader(fileName, new JsonLineIndex(json.Span));
            var unit = reader.File(document.RootElement);
            if (reader.Errors.Count > 0 || unit is null) throw new DataFileException(reader.Errors);
            return unit;
        }
    }

    /// <summary>Reads a unit file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid unit file.</exception>
    public static CycleUnitFile ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Writes a unit file as indented UTF-8 JSON that <see cref="Read"/> reads back to an equal value.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, CycleUnitFile unit)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(unit);
        using (var w = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("team", unit.Team);
            w.WritePropertyName("unit");
            WriteUnit(w, unit.Unit);
            w.WritePropertyName("assessment");
            w.WriteStartObject();
            w.WriteString("name", unit.Blueprint.Name);
            w.WriteString("assessedOn", LocalDatePattern.Iso.Format(unit.AssessedOn));
            w.WriteStartArray("items");
            foreach (var item in unit.Blueprint.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", item.Id.Value);
                w.WriteNumber("points", item.Points);
                w.WriteStartArray("targets");
                foreach (var target in item.Targets) w.WriteStringValue(target.Value);
                w.WriteEndArray();
                w.WriteNumber("dok", (int)item.Dok);
                w.WriteString("demand", Camel(item.Demand.ToString()));
                w.WriteString("format", Camel(item.Format.ToString()));
                w.WriteNumber("minutes", item.ExpectedMinutes);
                w.WriteBoolean("rubric", item.HasScoringRubric);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WritePropertyName("calendar");
            CoreJson.Formats.Write(w, unit.Calendar);
            w.WriteString("nextCycleStart", LocalDatePattern.Iso.Format(unit.NextCycleStart));
            if (unit.Scoring is { } scoring)
            {
                if (scoring.Missing != MissingResponse.CountAsZero)
                    throw new ArgumentException("A unit file writes the conversion table only with unanswered items counting zero.", nameof(unit));
                w.WriteStartArray("scoring");
                foreach (var cut in scoring.Cuts)
                {
                    w.WriteStartObject();
                    w.WriteNumber("percent", cut.MinimumPercent);
                    w.WriteNumber("score", cut.Score);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (unit.Grading is { } grading)
            {
                w.WritePropertyName("grading");
                w.WriteRawValue(MathPlcJson.Serialize(grading));
            }
            if (unit.TierRules is { } rules)
            {
                w.WritePropertyName("tierRules");
                w.WriteRawValue(TierRulesJson.Write(rules));
            }
            if (unit.MinimumGroupSize is { } size) w.WriteNumber("minimumGroupSize", size);
            if (unit.Response is { } response)
            {
                w.WriteStartObject("response");
                if (response.Adults is { } adults)
                {
                    w.WriteStartArray("adults");
                    foreach (var adult in adults) w.WriteStringValue(adult.Value);
                    w.WriteEndArray();
                }
                if (response.Blocks is { } blocks)
                {
                    w.WriteStartArray("blocks");
                    foreach (var block in blocks)
                    {
                        w.WriteStartObject();
                        w.WriteString("day", block.DayName);
                        w.WriteNumber("minutes", block.Minutes);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                if (response.WholeClassAtLeast is { } line) w.WriteNumber("wholeClassAtLeast", line);
                if (response.ReassessAfterDays is { } days) w.WriteNumber("reassessAfterDays", days);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a unit file all or nothing through <see cref="OutputFile"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or names a folder.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, CycleUnitFile unit)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(unit);
        OutputFile.Write(path, stream => Write(stream, unit));
    }

    private static void WriteUnit(Utf8JsonWriter w, UnitPlan unit)
    {
        w.WriteStartObject();
        w.WriteString("name", unit.Name);
        w.WriteNumber("teachingDays", unit.TeachingDays);
        w.WriteNumber("assessmentDays", unit.AssessmentDays);
        w.WriteNumber("flexDays", unit.FlexDays);
        w.WriteStartArray("targets");
        foreach (var target in unit.Targets)
        {
            w.WriteStartObject();
            w.WriteString("id", target.Id.Value);
            if (target.Code is { } code) w.WriteString("code", code);
            w.WriteString("statement", target.Statement);
            if (target.Rigor.Depth is { } dok) w.WriteNumber("dok", (int)dok);
            if (target.Rigor.Demand is { } demand) w.WriteString("demand", Camel(demand.ToString()));
            if (!target.Rigor.Aspects.IsEmpty)
            {
                w.WriteStartArray("aspects");
                foreach (var aspect in target.Rigor.Aspects) w.WriteStringValue(Camel(aspect.ToString()));
                w.WriteEndArray();
            }
            if (target.Scale is { } scale)
            {
                w.WriteStartObject("scale");
                w.WriteString("simpler", scale.Simpler);
                w.WriteString("target", scale.Target);
                w.WriteString("moreComplex", scale.MoreComplex);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private sealed class Reader(string file, JsonLineIndex lines)
    {
        private static readonly string[] TopLevel = ["team", "unit", "assessment", "calendar", "nextCycleStart", "scoring", "grading", "tierRules", "minimumGroupSize", "response"];

        public List<DataDiagnostic> Errors { get; } = [];

        public CycleUnitFile? File(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) { Fail("wrong-type", "$", "a unit file must be a JSON object."); return null; }
            Known(root, "$", TopLevel);
            string? team = Text(root, "$", "team", required: true);
            var unit = Required(root, "unit", UnitOf);
            var (blueprint, assessedOn) = Required(root, "assessment", Assessment);
            var calendar = Required(root, "calendar", e => Delegated("$.calendar", e, stream => CalendarJson.Read(stream, file)));
            LocalDate? next = Date(root, "$", "nextCycleStart", required: true);
            var grading = Optional(root, "grading", GradingOf);
            // The conversion table's scores lie on the grading scale: Marzano's unless the file grades on another.
            var scoring = Optional(root, "scoring", e => ScoringOf(e, grading?.Scale ?? ProficiencyScale.Marzano));
            var rules = Optional(root, "tierRules", e => Delegated("$.tierRules", e, stream => TierRulesJson.Read(stream, file)));
            int? minimum = null;
            if (root.TryGetProperty("minimumGroupSize", out var size))
            {
                if (size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out int n) && n >= 1) minimum = n;
                else Fail("bad-number", "$.minimumGroupSize", "the minimum group size must be a whole number, 1 or more.");
            }
            var response = Optional(root, "response", e => ResponseOf(e, calendar));
            if (unit is not null && blueprint is not null)
            {
                var assessed = blueprint.Targets.ToHashSet();
                for (int i = 0; i < unit.Targets.Length; i++)
                    if (!assessed.Contains(unit.Targets[i].Id))
                        Fail("uncovered-target", string.Create(CultureInfo.InvariantCulture, $"$.unit.targets[{i}]"),
                            $"The essential target {unit.Targets[i].Id} is on no item of the assessment, so the team cannot know who learned it; add an item or take the target out of the unit.");
            }
            if (Errors.Count > 0 || team is null || unit is null || blueprint is null || assessedOn is null || calendar is null || next is null) return null;
            return new CycleUnitFile(team, unit, blueprint, assessedOn.Value, calendar, next.Value, scoring, grading, rules, minimum, response);
        }

        private ResponseSettings? ResponseOf(JsonElement element, SchoolCalendar? calendar)
        {
            const string at = "$.response";
            if (element.ValueKind != JsonValueKind.Object) { Fail("wrong-type", at, "\"response\" must be an object with adults, blocks, wholeClassAtLeast and reassessAfterDays (each optional)."); return null; }
            Known(element, at, "adults", "blocks", "wholeClassAtLeast", "reassessAfterDays");
            int errors = Errors.Count;
            ImmutableArray<TeacherId>? adults = null;
            if (element.TryGetProperty("adults", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) Fail("wrong-type", at + ".adults", "\"adults\" must be an array of the ids of the adults who lead groups.");
                else
                {
                    var seen = new HashSet<TeacherId>();
                    var builder = ImmutableArray.CreateBuilder<TeacherId>();
                    int i = 0;
                    foreach (var adult in list.EnumerateArray())
                    {
                        string path = string.Create(CultureInfo.InvariantCulture, $"{at}.adults[{i++}]");
                        if (adult.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(adult.GetString())) { Fail("wrong-type", path, "an adult is a non-empty string id."); continue; }
                        var id = new TeacherId(adult.GetString()!);
                        if (!seen.Add(id)) { Fail("duplicate-adult", path, $"The adult {Quote(id.Value)} is listed twice; each adult leads at most one group per block."); continue; }
                        builder.Add(id);
                    }
                    if (i == 0) Fail("bad-number", at + ".adults", "\"adults\" needs at least one adult; leave it out for the roster's teachers.");
                    adults = builder.ToImmutable();
                }
            }
            ImmutableArray<InterventionBlock>? blocks = null;
            if (element.TryGetProperty("blocks", out var blockList))
            {
                if (blockList.ValueKind != JsonValueKind.Array) Fail("wrong-type", at + ".blocks", "\"blocks\" must be an array of { \"day\", \"minutes\" }.");
                else
                {
                    var days = new HashSet<IsoDayOfWeek>();
                    var builder = ImmutableArray.CreateBuilder<InterventionBlock>();
                    int i = 0;
                    foreach (var block in blockList.EnumerateArray())
                    {
                        string path = string.Create(CultureInfo.InvariantCulture, $"{at}.blocks[{i++}]");
                        if (block.ValueKind != JsonValueKind.Object) { Fail("wrong-type", path, "a block is an object with day and minutes."); continue; }
                        Known(block, path, "day", "minutes");
                        string? dayName = Text(block, path, "day", required: true);
                        double? minutes = Number(block, path, "minutes", required: true);
                        IsoDayOfWeek? day = null;
                        if (dayName is not null)
                        {
                            if (Enum.TryParse<IsoDayOfWeek>(dayName, ignoreCase: true, out var parsed) && parsed is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && !int.TryParse(dayName, out _))
                                day = parsed;
                            else Fail("unknown-name", path + ".day", $"{Quote(dayName)} is not a weekday: monday, tuesday, wednesday, thursday, friday, saturday or sunday.");
                        }
                        if (minutes is { } m && (m != Math.Floor(m) || m < 1 || m > 240)) { Fail("bad-number", path + ".minutes", "a block lasts a whole number of minutes, 1 to 240."); minutes = null; }
                        if (day is not { } d || minutes is null) continue;
                        if (!days.Add(d)) { Fail("duplicate-block", path + ".day", $"Two blocks fall on {d.ToString().ToLowerInvariant()}; list each weekday's block once."); continue; }
                        if (calendar is not null && !calendar.InstructionalWeekdays.Contains(d))
                        {
                            Fail("non-instructional-block", path + ".day", $"The block on {d.ToString().ToLowerInvariant()} falls on a weekday the calendar does not teach ({string.Join(", ", calendar.InstructionalWeekdays.Select(w => w.ToString().ToLowerInvariant()))}).");
                            continue;
                        }
                        builder.Add(new InterventionBlock(d, (int)minutes.Value));
                    }
                    if (i == 0) Fail("bad-number", at + ".blocks", "\"blocks\" needs at least one block; leave it out for the default blocks.");
                    blocks = builder.ToImmutable();
                }
            }
            double? line = Number(element, at, "wholeClassAtLeast", required: false);
            if (line is { } l && (l <= 0 || l > 1)) { Fail("bad-number", at + ".wholeClassAtLeast", "the whole-class line is a share above 0 and at most 1, e.g. 0.25."); line = null; }
            double? reassess = Number(element, at, "reassessAfterDays", required: false);
            if (reassess is { } r && (r != Math.Floor(r) || r < 1 || r > 60)) { Fail("bad-number", at + ".reassessAfterDays", "the reassessment comes a whole number of instructional days after the start, 1 to 60."); reassess = null; }
            return Errors.Count > errors ? null : new ResponseSettings(adults, blocks, line, reassess is { } after ? (int)after : null);
        }

        private static string Quote(string value) => "\"" + (value.Length > 80 ? value[..79] + "…" : value) + "\"";

        private UnitPlan? UnitOf(JsonElement element)
        {
            // The unit-plan reader reads a list of units: hand it this one, and move its paths back under $.unit.
            string wrapped = "{\"units\":[" + element.GetRawText() + "]}";
            try
            {
                return UnitPlanJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(wrapped)), file)[0];
            }
            catch (DataFileException e)
            {
                foreach (var d in e.Diagnostics) Add(d, Moved(d.Field, "$.units[0]", "$.unit"));
                return null;
            }
        }

        private T? Delegated<T>(string at, JsonElement element, Func<Stream, T> read) where T : class
        {
            try
            {
                return read(new MemoryStream(Encoding.UTF8.GetBytes(element.GetRawText())));
            }
            catch (DataFileException e)
            {
                foreach (var d in e.Diagnostics) Add(d, Moved(d.Field, "$", at));
                return null;
            }
        }

        private ProficiencyOptions? GradingOf(JsonElement element)
        {
            try
            {
                return MathPlcJson.Deserialize<ProficiencyOptions>(element.GetRawText());
            }
            catch (JsonException e)
            {
                var d = CalendarJson.DiagnosticOf(e, file);
                Add(d, Moved(d.Field, "$", "$.grading"));
                return null;
            }
        }

        private TargetScoringRule? ScoringOf(JsonElement table, ProficiencyScale scale)
        {
            const string at = "$.scoring";
            if (table.ValueKind != JsonValueKind.Array) { Fail("wrong-type", at, "\"scoring\" must be an array of { \"percent\", \"score\" } cuts."); return null; }
            var cuts = new List<PercentCut>();
            int i = 0;
            foreach (var cut in table.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"{at}[{i++}]");
                if (cut.ValueKind != JsonValueKind.Object) { Fail("wrong-type", path, "a cut must be an object with percent and score."); continue; }
                Known(cut, path, "percent", "score");
                double? percent = Number(cut, path, "percent", required: true), score = Number(cut, path, "score", required: true);
                if (percent is { } p && score is { } s) cuts.Add(new PercentCut(p, s));
            }
            if (cuts.Count != i) return null;
            try
            {
                return new TargetScoringRule(scale, cuts);
            }
            catch (ArgumentException e)
            {
                Fail("invalid-unit", at, FirstLine(e.Message));
                return null;
            }
        }

        private (AssessmentBlueprint?, LocalDate?) Assessment(JsonElement element)
        {
            const string at = "$.assessment";
            if (element.ValueKind != JsonValueKind.Object) { Fail("wrong-type", at, "\"assessment\" must be an object with name, assessedOn and items."); return (null, null); }
            Known(element, at, "name", "assessedOn", "items");
            string? name = Text(element, at, "name", required: true);
            LocalDate? date = Date(element, at, "assessedOn", required: true);
            var items = new List<BlueprintItem>();
            if (!element.TryGetProperty("items", out var list)) Fail("missing-property", at + ".items", "\"items\" is required.");
            else if (list.ValueKind != JsonValueKind.Array) Fail("wrong-type", at + ".items", "\"items\" must be an array.");
            else
            {
                int i = 0;
                foreach (var item in list.EnumerateArray())
                    if (Item(item, string.Create(CultureInfo.InvariantCulture, $"{at}.items[{i++}]")) is { } parsed) items.Add(parsed);
                if (items.Count != i || name is null) return (null, date);
            }
            if (name is null || Errors.Count > 0) return (null, date);
            try
            {
                return (new AssessmentBlueprint(name, items), date);
            }
            catch (ArgumentException e)
            {
                Fail("invalid-unit", at + ".items", FirstLine(e.Message));
                return (null, date);
            }
        }

        private BlueprintItem? Item(JsonElement item, string path)
        {
            if (item.ValueKind != JsonValueKind.Object) { Fail("wrong-type", path, "an item must be an object."); return null; }
            Known(item, path, "id", "points", "targets", "dok", "demand", "format", "minutes", "rubric");
            string? id = Text(item, path, "id", required: true);
            double? points = Number(item, path, "points", required: true);
            double minutes = Number(item, path, "minutes", required: false) ?? 0;
            double? dok = Number(item, path, "dok", required: true);
            if (dok is { } d && (d is < 1 or > 4 || d != Math.Floor(d))) { Fail("bad-number", path + ".dok", "a depth-of-knowledge level is 1, 2, 3 or 4."); dok = null; }
            var demand = Name<CognitiveDemand>(item, path, "demand", required: true);
            var format = Name<ItemFormat>(item, path, "format", required: true);
            bool rubric = false;
            if (item.TryGetProperty("rubric", out var r))
            {
                if (r.ValueKind is JsonValueKind.True or JsonValueKind.False) rubric = r.GetBoolean();
                else Fail("wrong-type", path + ".rubric", "\"rubric\" must be true or false.");
            }
            var targets = new List<TargetId>();
            if (!item.TryGetProperty("targets", out var list)) Fail("missing-property", path + ".targets", "\"targets\" is required.");
            else if (list.ValueKind != JsonValueKind.Array) Fail("wrong-type", path + ".targets", "\"targets\" must be an array of target ids.");
            else
                foreach (var target in list.EnumerateArray())
                    if (target.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(target.GetString())) targets.Add(new TargetId(target.GetString()!));
                    else Fail("wrong-type", path + ".targets", "a target id must be a non-empty string.");
            if (id is null || points is null || dok is null || demand is null || format is null) return null;
            try
            {
                return new BlueprintItem(new ItemId(id), points.Value, targets, (DokLevel)(int)dok.Value, demand.Value, format.Value, minutes, rubric);
            }
            catch (ArgumentException e)
            {
                Fail("invalid-unit", path, FirstLine(e.Message));
                return null;
            }
        }

        private T? Required<T>(JsonElement parent, string name, Func<JsonElement, T?> read) where T : class
        {
            if (parent.TryGetProperty(name, out var value)) return read(value);
            Fail("missing-property", "$." + name, $"\"{name}\" is required.");
            return null;
        }

        private (AssessmentBlueprint?, LocalDate?) Required(JsonElement parent, string name, Func<JsonElement, (AssessmentBlueprint?, LocalDate?)> read)
        {
            if (parent.TryGetProperty(name, out var value)) return read(value);
            Fail("missing-property", "$." + name, $"\"{name}\" is required.");
            return (null, null);
        }

        private static T? Optional<T>(JsonElement parent, string name, Func<JsonElement, T?> read) where T : class =>
            parent.TryGetProperty(name, out var value) ? read(value) : null;

        private void Known(JsonElement element, string path, params string[] names)
        {
            foreach (var property in element.EnumerateObject())
                if (!names.Contains(property.Name, StringComparer.Ordinal))
                    Fail("unknown-property", $"{path}.{property.Name}", $"\"{property.Name}\" is not a property here; allowed: {string.Join(", ", names)}.");
        }

        private string? Text(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                if (required) Fail("missing-property", $"{path}.{name}", $"\"{name}\" is required.");
                return null;
            }
            if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())) return value.GetString();
            Fail("wrong-type", $"{path}.{name}", $"\"{name}\" must be a non-empty string.");
            return null;
        }

        private double? Number(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                if (required) Fail("missing-property", $"{path}.{name}", $"\"{name}\" is required.");
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number)) return number;
            Fail("bad-number", $"{path}.{name}", $"\"{name}\" must be a finite number.");
            return null;
        }

        private LocalDate? Date(JsonElement parent, string path, string name, bool required)
        {
            if (Text(parent, path, name, required) is not { } text) return null;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success) return parsed.Value;
            Fail("bad-date", $"{path}.{name}", $"\"{text}\" is not a date in the form yyyy-MM-dd.");
            return null;
        }

        private T? Name<T>(JsonElement parent, string path, string name, bool required) where T : struct, Enum
        {
            if (Text(parent, path, name, required) is not { } text) return null;
            if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)) return parsed;
            Fail("unknown-name", $"{path}.{name}", $"\"{text}\" is not one of {string.Join(", ", Enum.GetNames<T>().Select(Camel))}.");
            return null;
        }

        private static string Moved(string? field, string from, string to) =>
            field is null ? to : field.StartsWith(from, StringComparison.Ordinal) ? to + field[from.Length..] : field;

        private void Add(DataDiagnostic d, string path) =>
            Errors.Add(d with { File = file, Field = path, Line = lines.LineOf(path), Column = null });

        private void Fail(string code, string path, string message) =>
            Errors.Add(new DataDiagnostic(code, message, file, lines.LineOf(path), Field: path));

        private static string FirstLine(string message) => message.Split('\n')[0].Trim();
    }
}

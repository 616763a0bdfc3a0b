using System.Text;
using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Grading.Json;
using MathPlc.Interventions;
using MathPlc.Interventions.Json;
using MathPlc.Standards;
using MathPlc.Standards.Json;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// The one mapper of the unit file (decision 0165): <see cref="CycleUnitContract"/> to <see cref="CycleUnitFile"/>,
/// every problem recorded with its JSON path (lines and columns from the file), and back. The parts other packages own
/// go to their mapper (the calendar, Core's public contract) or, where the package's contracts are internal (the unit
/// plan, the grading options, the tier rules), to its public reader, each of whose problems is moved under the part's path.
/// </summary>
internal static class CycleUnitMapper
{
    private static readonly string[] FileMembers = ["team", "unit", "assessment", "calendar", "nextCycleStart", "scoring", "grading", "tierRules", "minimumGroupSize", "response"];
    private static readonly string[] AssessmentMembers = ["name", "assessedOn", "items"];
    private static readonly string[] ItemMembers = ["id", "points", "targets", "dok", "demand", "format", "minutes", "rubric"];
    private static readonly string[] CutMembers = ["percent", "score"];
    private static readonly string[] ResponseMembers = ["adults", "blocks", "wholeClassAtLeast", "reassessAfterDays"];
    private static readonly string[] BlockMembers = ["day", "minutes"];
    private static readonly JsonChoice<CognitiveDemand> Demands = new("unknown-name", "a cognitive demand");
    private static readonly JsonChoice<ItemFormat> Formats = new("unknown-name", "an item format");
    private static readonly JsonChoice<IsoDayOfWeek> Weekdays = new("unknown-name", "a weekday", IsoDayOfWeek.None);

    /// <summary>The unit file a contract describes, or null after recording every problem.</summary>
    public static CycleUnitFile? ToFile(CycleUnitContract c, JsonProblems problems)
    {
        const string at = JsonPath.Root;
        problems.Unknown(c.Unknown, at, FileMembers);
        bool present = problems.Present(at, ("team", c.Team is not null), ("unit", c.Unit is not null), ("assessment", c.Assessment is not null),
            ("calendar", c.Calendar is not null), ("nextCycleStart", c.NextCycleStart is not null));
        string? team = Text(c.Team, "$.team", "team", problems);
        var unit = c.Unit is { } u ? Delegated("$.unit", Wrapped(u), "$.units[0]", problems, (s, f) => UnitPlanJson.Read(s, f)[0]) : null;
        var (blueprint, assessedOn) = c.Assessment is { } a ? AssessmentOf(a, problems) : (null, null);
        var calendar = c.Calendar is { } cal ? SchoolCalendarJsonMapper.ToValue(cal, "$.calendar", problems) : null;
        var next = problems.Date(c.NextCycleStart, "$.nextCycleStart");
        var grading = c.Grading is { } g ? Delegated("$.grading", Bytes(g), JsonPath.Root, problems, GradingJson.Formats.Read<ProficiencyOptions>) : null;
        // The conversion table's scores lie on the grading scale: Marzano's unless the file grades on another.
        var scoring = c.Scoring is { } cuts ? ScoringOf(cuts, grading?.Scale ?? ProficiencyScale.Marzano, problems) : null;
        var rules = c.TierRules is { } t ? Delegated("$.tierRules", Bytes(t), JsonPath.Root, problems, TierRulesJson.Read) : null;
        int? minimum = problems.WholeNumber(c.MinimumGroupSize, "$.minimumGroupSize");
        if (c.MinimumGroupSize is not null && minimum is not >= 1)
        {
            if (minimum is not null) problems.Add("bad-number", "$.minimumGroupSize", "the minimum group size must be a whole number, 1 or more.", InvariantNumber.Format(minimum.Value));
            minimum = null;
        }
        var response = c.Response is { } r ? ResponseOf(r, calendar, problems) : null;
        if (unit is not null && blueprint is not null)
        {
            var assessed = blueprint.Targets.ToHashSet();
            for (int i = 0; i < unit.Targets.Length; i++)
                if (!assessed.Contains(unit.Targets[i].Id))
                    problems.Add("uncovered-target", JsonPath.Index("$.unit.targets", i),
                        $"The essential target {unit.Targets[i].Id} is on no item of the assessment, so the team cannot know who learned it; add an item or take the target out of the unit.",
                        unit.Targets[i].Id.Value);
        }
        if (problems.Any || !present || team is null || unit is null || blueprint is null || assessedOn is null || calendar is null || next is null) return null;
        return problems.Build(at, "invalid-unit", FileMembers,
            () => new CycleUnitFile(team, unit, blueprint, assessedOn.Value, calendar, next.Value, scoring, grading, rules, minimum, response));
    }

    /// <summary>The contract of a unit file, for writing.</summary>
    /// <exception cref="ArgumentException">The conversion table does not count unanswered items as zero.</exception>
    public static CycleUnitContract ToContract(CycleUnitFile unit)
    {
        if (unit.Scoring is { Missing: not MissingResponse.CountAsZero })
            throw new ArgumentException("A unit file writes the conversion table only with unanswered items counting zero.", nameof(unit));
        return new()
        {
            Team = unit.Team,
            Unit = Element(stream => UnitPlanJson.Write(stream, [unit.Unit])).GetProperty("units")[0],
            Assessment = new()
            {
                Name = unit.Blueprint.Name,
                AssessedOn = LocalDatePattern.Iso.Format(unit.AssessedOn),
                Items = [.. unit.Blueprint.Items.Select(item => new CycleItemContract
                {
                    Id = item.Id.Value, Points = item.Points, Targets = [.. item.Targets.Select(target => (string?)target.Value)], Dok = (int)item.Dok,
                    Demand = Demands.Name(item.Demand), Format = Formats.Name(item.Format), Minutes = item.ExpectedMinutes, Rubric = item.HasScoringRubric,
                })],
            },
            Calendar = SchoolCalendarJsonMapper.ToContract(unit.Calendar),
            NextCycleStart = LocalDatePattern.Iso.Format(unit.NextCycleStart),
            Scoring = unit.Scoring is { } scoring ? [.. scoring.Cuts.Select(cut => new PercentCutContract { Percent = cut.MinimumPercent, Score = cut.Score })] : null,
            // Both written compact, as their own writers give them (the unit file's bytes since decision 0071).
            Grading = unit.Grading is { } grading ? Element(stream => stream.Write(Encoding.UTF8.GetBytes(GradingJson.Formats.Serialize(grading)))) : null,
            TierRules = unit.TierRules is { } rules ? Element(stream => stream.Write(Encoding.UTF8.GetBytes(TierRulesJson.Write(rules)))) : null,
            MinimumGroupSize = unit.MinimumGroupSize,
            Response = unit.Response is { } response ? new()
            {
                Adults = response.Adults is { } adults ? [.. adults.Select(adult => (string?)adult.Value)] : null,
                Blocks = response.Blocks is { } blocks ? [.. blocks.Select(block => new InterventionBlockContract { Day = block.DayName, Minutes = block.Minutes })] : null,
                WholeClassAtLeast = response.WholeClassAtLeast,
                ReassessAfterDays = response.ReassessAfterDays,
            } : null,
        };
    }

    private static (AssessmentBlueprint?, LocalDate?) AssessmentOf(CycleAssessmentContract a, JsonProblems problems)
    {
        const string at = "$.assessment";
        problems.Unknown(a.Unknown, at, AssessmentMembers);
        bool present = problems.Present(at, ("name", a.Name is not null), ("assessedOn", a.AssessedOn is not null), ("items", a.Items is not null));
        string? name = Text(a.Name, at + ".name", "name", problems);
        var date = problems.Date(a.AssessedOn, at + ".assessedOn");
        var items = JsonItems.Map(a.Items, at + ".items", problems, ItemOf);
        if (!present || name is null || items is not { } list) return (null, date);
        return (problems.Build(at + ".items", "invalid-unit", [], () => new AssessmentBlueprint(name, list)), date);
    }

    private static BlueprintItem? ItemOf(CycleItemContract item, string path, JsonProblems problems)
    {
        problems.Unknown(item.Unknown, path, ItemMembers);
        bool present = problems.Present(path, ("id", item.Id is not null), ("points", item.Points is not null), ("targets", item.Targets is not null),
            ("dok", item.Dok is not null), ("demand", item.Demand is not null), ("format", item.Format is not null));
        string? id = Text(item.Id, path + ".id", "id", problems);
        int? dok = problems.WholeNumber(item.Dok, path + ".dok");
        if (dok is < 1 or > 4)
        {
            problems.Add("bad-number", path + ".dok", "a depth-of-knowledge level is 1, 2, 3 or 4.", InvariantNumber.Format(dok.Value));
            dok = null;
        }
        var demand = Demands.Parse(problems, item.Demand, path + ".demand");
        var format = Formats.Parse(problems, item.Format, path + ".format");
        var targets = new List<TargetId>();
        for (int i = 0; i < (item.Targets?.Count ?? 0); i++)
            if (Text(item.Targets![i], JsonPath.Index(path + ".targets", i), "a target id", problems) is { } target) targets.Add(new TargetId(target));
        if (!present || id is null || dok is null || demand is null || format is null || targets.Count < item.Targets!.Count) return null;
        return problems.Build(path, "invalid-unit", ItemMembers, () =>
            new BlueprintItem(new ItemId(id), item.Points!.Value, targets, (DokLevel)dok.Value, demand.Value, format.Value, item.Minutes ?? 0, item.Rubric ?? false));
    }

    private static TargetScoringRule? ScoringOf(List<PercentCutContract?> table, ProficiencyScale scale, JsonProblems problems)
    {
        const string at = "$.scoring";
        var cuts = JsonItems.Map(table, at, problems, (cut, path, p) =>
        {
            p.Unknown(cut.Unknown, path, CutMembers);
            return p.Present(path, ("percent", cut.Percent is not null), ("score", cut.Score is not null)) ? new PercentCut(cut.Percent!.Value, cut.Score!.Value) : null;
        });
        return cuts is { } list ? problems.Build(at, "invalid-unit", [], () => new TargetScoringRule(scale, list)) : null;
    }

    private static ResponseSettings? ResponseOf(ResponseContract r, SchoolCalendar? calendar, JsonProblems problems)
    {
        const string at = "$.response";
        int before = problems.Found.Count;
        problems.Unknown(r.Unknown, at, ResponseMembers);
        ImmutableArray<TeacherId>? adults = r.Adults is { } list ? AdultsOf(list, problems) : null;
        ImmutableArray<InterventionBlock>? blocks = r.Blocks is { } blockList ? BlocksOf(blockList, calendar, problems) : null;
        double? line = r.WholeClassAtLeast;
        if (line is { } l && (l <= 0 || l > 1))
            problems.Add("bad-number", at + ".wholeClassAtLeast", "the whole-class line is a share above 0 and at most 1, e.g. 0.25.", InvariantNumber.Format(l));
        int? reassess = problems.WholeNumber(r.ReassessAfterDays, at + ".reassessAfterDays");
        if (reassess is < 1 or > 60)
            problems.Add("bad-number", at + ".reassessAfterDays", "the reassessment comes a whole number of instructional days after the start, 1 to 60.", InvariantNumber.Format(reassess.Value));
        return problems.Found.Count > before ? null : new ResponseSettings(adults, blocks, line, reassess);
    }

    private static ImmutableArray<TeacherId> AdultsOf(List<string?> list, JsonProblems problems)
    {
        const string at = "$.response.adults";
        if (list.Count == 0) problems.Add("bad-number", at, "\"adults\" needs at least one adult; leave it out for the roster's teachers.");
        var seen = new HashSet<TeacherId>();
        var adults = ImmutableArray.CreateBuilder<TeacherId>();
        for (int i = 0; i < list.Count; i++)
        {
            string path = JsonPath.Index(at, i);
            if (Text(list[i], path, "an adult", problems) is not { } text) continue;
            var id = new TeacherId(text);
            if (seen.Add(id)) adults.Add(id);
            else problems.Add("duplicate-adult", path, $"The adult \"{DiagnosticText.Shorten(id.Value)}\" is listed twice; each adult leads at most one group per block.", id.Value);
        }
        return adults.ToImmutable();
    }

    private static ImmutableArray<InterventionBlock> BlocksOf(List<InterventionBlockContract?> list, SchoolCalendar? calendar, JsonProblems problems)
    {
        const string at = "$.response.blocks";
        if (list.Count == 0) problems.Add("bad-number", at, "\"blocks\" needs at least one block; leave it out for the default blocks.");
        var days = new HashSet<IsoDayOfWeek>();
        var blocks = ImmutableArray.CreateBuilder<InterventionBlock>();
        for (int i = 0; i < list.Count; i++)
        {
            string path = JsonPath.Index(at, i);
            if (list[i] is not { } block)
            {
                JsonWrongType.AddNull(problems, path, "an object");
                continue;
            }
            problems.Unknown(block.Unknown, path, BlockMembers);
            bool present = problems.Present(path, ("day", block.Day is not null), ("minutes", block.Minutes is not null));
            var day = Weekdays.Parse(problems, block.Day, path + ".day");
            int? minutes = problems.WholeNumber(block.Minutes, path + ".minutes");
            if (minutes is < 1 or > 240)
            {
                problems.Add("bad-number", path + ".minutes", "a block lasts a whole number of minutes, 1 to 240.", InvariantNumber.Format(minutes.Value));
                minutes = null;
            }
            if (!present || day is not { } d || minutes is not { } m) continue;
            string name = d.ToString().ToLowerInvariant();
            if (!days.Add(d)) problems.Add("duplicate-block", path + ".day", $"Two blocks fall on {name}; list each weekday's block once.", name);
            else if (calendar is not null && !calendar.InstructionalWeekdays.Contains(d))
                problems.Add("non-instructional-block", path + ".day",
                    $"The block on {name} falls on a weekday the calendar does not teach ({string.Join(", ", calendar.InstructionalWeekdays.Select(w => w.ToString().ToLowerInvariant()))}).", name);
            else blocks.Add(new InterventionBlock(d, m));
        }
        return blocks.ToImmutable();
    }

    // A text member that must not be empty: null when absent (Present says whether that is a problem) or, after a wrong-type problem, blank.
    private static string? Text(string? text, string path, string what, JsonProblems problems)
    {
        if (text is null || !string.IsNullOrWhiteSpace(text)) return text;
        problems.Add(JsonContract.WrongTypeCode, path, $"{(what.Contains(' ', StringComparison.Ordinal) ? what : $"\"{what}\"")} must be a non-empty string.", text);
        return null;
    }

    // A part another package reads from a file of its own: its bytes go to that reader, and each problem it finds is
    // recorded here with its path moved from the reader's root (`from`) to the part's (`at`), at the part's line.
    private static T? Delegated<T>(string at, ReadOnlyMemory<byte> json, string from, JsonProblems problems, Func<Stream, string, T> read)
        where T : class
    {
        try
        {
            return read(new MemoryStream(json.ToArray(), writable: false), problems.File);
        }
        catch (DataFileException e)
        {
            Moved(e, from, at, problems);
            return null;
        }
    }

    private static void Moved(DataFileException e, string from, string at, JsonProblems problems)
    {
        foreach (var d in e.Diagnostics)
        {
            string field = d.Field is not { } f ? at : f.StartsWith(from, StringComparison.Ordinal) ? at + f[from.Length..] : f;
            problems.Add(d.Code, field, d.Message, d.Value);
        }
    }

    // The unit-plan reader reads a list of units: this one is handed to it as the first of a list.
    private static ReadOnlyMemory<byte> Wrapped(JsonElement unit) => Encoding.UTF8.GetBytes("{\"units\":[" + unit.GetRawText() + "]}");

    private static ReadOnlyMemory<byte> Bytes(JsonElement element) => Encoding.UTF8.GetBytes(element.GetRawText());

    // The JSON another package's writer makes, as an element the contract carries.
    private static JsonElement Element(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return JsonElement.Parse(stream.ToArray());
    }
}

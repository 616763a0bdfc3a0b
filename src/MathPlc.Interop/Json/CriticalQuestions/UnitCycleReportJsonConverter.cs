using System.Text.Json;
using System.Text.Json.Serialization;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.Json.CriticalQuestions;

/// <summary>
/// Writes a <see cref="UnitCycleReport"/> as the JSON a district system stores: camelCase, dates as ISO text, enums as
/// camelCase names, statistics as <c>{ "value", "status", "reasons" }</c> (value null when undefined, never NaN),
/// proficiency results and reasons in their MathPlc contracts. Writing only: the report is an output, made again from
/// its input whenever needed (decision record 0072).
/// </summary>
/// <remarks>
/// The rows per student and target (<c>howWillWeKnow.evidence</c>, <c>howWillWeKnow.proficiency</c> and
/// <c>howWillWeRespond.responses</c>) carry each text once (decision record 0105): a reason there is
/// <c>{ "code", "text" }</c> and a description or evidence source is a number, each an index into the top-level
/// <c>texts</c> array, written last, which holds every distinct such text once in order of first use. Their numbers are
/// the row's own fields. Every other part of the report writes its reasons whole.
/// </remarks>
internal sealed class UnitCycleReportJsonConverter : JsonConverter<UnitCycleReport>
{
    /// <summary>The one instance.</summary>
    public static UnitCycleReportJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override UnitCycleReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A unit cycle report is written, not read: run the unit cycle on its input again.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter w, UnitCycleReport report, JsonSerializerOptions options)
    {
        var texts = new TextTable();
        w.WriteStartObject();
        w.WriteString("team", report.Team);
        w.WriteString("unit", report.Unit);
        w.WriteString("assessment", report.Assessment);
        w.WriteString("assessedOn", Date(report.AssessedOn));
        w.WriteString("nextCycleStart", Date(report.NextCycleStart));
        Counts(w, report.Counts);
        WhatToLearn(w, report.WhatToLearn);
        HowWillWeKnow(w, report.HowWillWeKnow, texts);
        HowWillWeRespond(w, report.HowWillWeRespond, texts);
        HowWillWeExtend(w, report.HowWillWeExtend);
        Array(w, "teamActions", report.TeamActions, a =>
        {
            w.WriteNumber("number", (int)a.Action);
            w.WriteString("action", Camel(a.Action));
            w.WriteString("wording", a.Action.Wording());
            w.WriteString("phase", Camel(a.Phase));
            w.WriteString("state", Camel(a.State));
            Reasons(w, "reasons", a.Reasons);
        });
        Array(w, "prompts", report.Prompts, p =>
        {
            w.WriteString("kind", Camel(p.Kind));
            w.WriteString("question", p.Question);
            w.WritePropertyName("evidence");
            JsonSerializer.Serialize(w, p.Evidence, MathPlcJsonContext.Default.Reason);
        });
        w.WriteStartArray("texts");
        foreach (string text in texts.Texts) w.WriteStringValue(text);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, CycleCounts c)
    {
        w.WriteStartObject("counts");
        w.WriteNumber("students", c.Students);
        w.WriteNumber("teachers", c.Teachers);
        w.WriteNumber("sections", c.Sections);
        w.WriteNumber("targets", c.Targets);
        w.WriteNumber("tier3", c.Tier3);
        w.WriteNumber("referral", c.Referral);
        w.WriteNumber("tier2", c.Tier2);
        w.WriteNumber("wholeClass", c.WholeClass);
        w.WriteNumber("notAssessed", c.NotAssessed);
        w.WriteNumber("extension", c.Extension);
        w.WriteNumber("groups", c.Groups);
        w.WriteNumber("doesNotFit", c.DoesNotFit);
        w.WriteEndObject();
    }

    private static void WhatToLearn(Utf8JsonWriter w, WhatToLearnAnswer q)
    {
        w.WriteStartObject("whatToLearn");
        w.WriteString("question", CriticalQuestion.WhatToLearn.Wording());
        Array(w, "targets", q.Targets, t =>
        {
            w.WriteString("id", t.Id.Value);
            if (t.Code is { } code) w.WriteString("code", code);
            w.WriteString("statement", t.Statement);
            if (t.Rigor.Depth is { } dok) w.WriteNumber("dok", (int)dok);
            if (t.Rigor.Demand is { } demand) w.WriteString("demand", Camel(demand));
            w.WriteStartArray("aspects");
            foreach (var aspect in t.Rigor.Aspects) w.WriteStringValue(Camel(aspect));
            w.WriteEndArray();
        });
        Rigor(w, "targetRigor", q.TargetRigor);
        Rigor(w, "assessmentRigor", q.AssessmentRigor);
        var b = q.Blueprint;
        w.WriteStartObject("blueprint");
        w.WriteNumber("totalPoints", b.TotalPoints);
        w.WriteNumber("totalMinutes", b.TotalMinutes);
        w.WriteNumber("higherLevelShare", b.HigherLevelShare);
        w.WriteStartArray("formats");
        foreach (var format in b.Formats) w.WriteStringValue(Camel(format));
        w.WriteEndArray();
        Array(w, "coverage", b.Coverage, c =>
        {
            w.WriteString("targetId", c.Target.Value);
            w.WriteBoolean("isEssential", c.IsEssential);
            w.WriteNumber("items", c.Items);
            w.WriteNumber("points", c.Points);
            w.WriteNumber("shareOfPoints", c.ShareOfPoints);
        });
        Array(w, "findings", b.Findings, f =>
        {
            w.WriteString("criterion", f.Criterion);
            w.WriteString("severity", Camel(f.Severity));
            w.WritePropertyName("reason");
            JsonSerializer.Serialize(w, f.Reason, MathPlcJsonContext.Default.Reason);
        });
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Rigor(Utf8JsonWriter w, string name, RigorBalance r)
    {
        w.WriteStartObject(name);
        w.WriteNumber("tasks", r.Tasks);
        Numbers(w, "depthShares", r.DepthShares);
        Numbers(w, "demandShares", r.DemandShares);
        Nullable(w, "higherLevelShare", r.HigherLevelShare);
        w.WriteNumber("untaggedDemand", r.UntaggedDemand);
        w.WriteBoolean("meetsExpectation", r.MeetsExpectation);
        Reasons(w, "reasons", r.Reasons);
        w.WriteEndObject();
    }

    private static void HowWillWeKnow(Utf8JsonWriter w, HowWillWeKnowAnswer q, TextTable texts)
    {
        w.WriteStartObject("howWillWeKnow");
        w.WriteString("question", CriticalQuestion.HowWillWeKnow.Wording());
        w.WriteNumber("minimumGroupSize", q.MinimumGroupSize);
        Array(w, "targets", q.Targets, t =>
        {
            w.WriteString("targetId", t.Target.Value);
            if (t.Code is { } code) w.WriteString("code", code);
            w.WriteNumber("proficient", t.Proficient);
            w.WriteNumber("notYetProficient", t.NotYetProficient);
            w.WriteNumber("withoutScore", t.WithoutScore);
            w.WriteNumber("cut", t.Cut);
            Nullable(w, "proficientShare", t.ProficientShare);
        });
        Array(w, "evidence", q.Evidence, e =>
        {
            w.WriteString("studentId", e.Student.Value);
            w.WriteString("targetId", e.Target.Value);
            w.WriteString("status", Camel(e.Status));
            w.WriteNumber("pointsEarned", e.PointsEarned);
            w.WriteNumber("pointsPossible", e.PointsPossible);
            Nullable(w, "percent", e.Percent);
            Nullable(w, "score", e.Evidence?.Score);
            RowReasons(w, "reasons", e.Reasons, texts);
        });
        Array(w, "proficiency", q.Proficiency, r => Proficiency(w, r, texts));
        Array(w, "rates", q.TeamData.Rates, r =>
        {
            w.WriteString("targetId", r.Target.Value);
            w.WriteString("kind", Camel(r.Kind));
            w.WriteString("group", r.Group);
            // A hidden rate's count is not published (complementary suppression, decision 0081).
            if (r.Proficient is null) w.WriteNull("students"); else w.WriteNumber("students", r.Students);
            Nullable(w, "proficient", r.Proficient);
            Stat(w, "rate", r.Rate);
            Nullable(w, "lower", r.Lower);
            Nullable(w, "upper", r.Upper);
        });
        Comparisons(w, "teachers", q.TeamData.Teachers);
        Comparisons(w, "gaps", q.TeamData.Gaps);
        if (q.ItemAnalysis is { } items)
        {
            w.WriteStartObject("itemAnalysis");
            Array(w, "items", items.Items, i =>
            {
                w.WriteString("itemId", i.Item.Value);
                w.WriteNumber("responses", i.Responses);
                Stat(w, "difficulty", i.Difficulty);
                Stat(w, "discriminationUpperLower", i.DiscriminationUpperLower);
                Stat(w, "pointBiserialCorrected", i.PointBiserialCorrected);
                Reasons(w, "flags", i.Flags);
            });
            var t = items.Test;
            w.WriteStartObject("test");
            w.WriteNumber("students", t.Students);
            w.WriteNumber("studentsWithoutResponses", t.StudentsWithoutResponses);
            w.WriteNumber("items", t.Items);
            w.WriteString("missing", Camel(t.Missing));
            w.WriteNumber("meanTotal", t.MeanTotal);
            Stat(w, "cronbachAlpha", t.CronbachAlpha);
            Stat(w, "kr20", t.Kr20);
            Stat(w, "sem", t.Sem);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else w.WriteNull("itemAnalysis");
        w.WriteEndObject();
    }

    private static void HowWillWeRespond(Utf8JsonWriter w, HowWillWeRespondAnswer q, TextTable texts)
    {
        var plan = q.Plan;
        w.WriteStartObject("howWillWeRespond");
        w.WriteString("question", CriticalQuestion.RespondWhenNotLearned.Wording());
        w.WriteString("start", Date(plan.Start));
        w.WriteString("reassessOn", Date(plan.ReassessOn));
        w.WriteString("tier3ReviewOn", Date(plan.Tier3ReviewOn));
        w.WriteStartObject("rules");
        w.WriteNumber("wholeClassAtLeast", plan.Rules.WholeClassAtLeast);
        w.WriteNumber("reassessAfterDays", plan.Rules.ReassessAfterDays);
        if (plan.Rules.ReferralShare is { } share) w.WriteNumber("referralShare", share); else w.WriteNull("referralShare");
        w.WriteNumber("referralMinimumTargets", plan.Rules.ReferralMinimumTargets);
        w.WriteNumber("tier2MaximumSize", plan.Rules.Tier2.Maximum);
        w.WriteNumber("tier3MaximumSize", plan.Rules.Tier3.Maximum);
        w.WriteNumber("tier3ReviewAfterDays", plan.Rules.Tier3ReviewAfterDays);
        w.WriteEndObject();
        w.WriteStartObject("capacity");
        Ids(w, "adults", plan.Capacity.Adults);
        Array(w, "blocks", plan.Capacity.Blocks, b =>
        {
            w.WriteString("day", b.DayName);
            w.WriteNumber("minutes", b.Minutes);
        });
        w.WriteNumber("slots", plan.Capacity.Slots);
        w.WriteNumber("slotsUsed", plan.SlotsUsed);
        w.WriteEndObject();
        Array(w, "targets", plan.Targets, t =>
        {
            w.WriteString("targetId", t.Target.Value);
            w.WriteString("targetCode", t.Code);
            w.WriteNumber("proficient", t.Proficient);
            w.WriteNumber("notYet", t.NotYet);
            w.WriteNumber("noScore", t.NoScore);
            w.WriteBoolean("wholeTeam", t.WholeTeam);
            Ids(w, "wholeClassSections", t.WholeClassSections);
            w.WriteStartArray("groups");
            foreach (var g in t.Groups) w.WriteStringValue(g);
            w.WriteEndArray();
            w.WriteNumber("doesNotFit", t.DoesNotFit);
            w.WriteNumber("extension", t.Extension);
            Reason(w, t.Reason);
        });
        Array(w, "classes", plan.Classes, c =>
        {
            w.WriteString("targetId", c.Target.Value);
            w.WriteString("targetCode", c.TargetCode);
            w.WriteString("sectionId", c.Section.Value);
            w.WriteString("teacherId", c.Teacher.Value);
            w.WriteNumber("proficient", c.Proficient);
            w.WriteNumber("notYet", c.NotYet);
            w.WriteNumber("noScore", c.NoScore);
            w.WriteBoolean("wholeClass", c.WholeClass);
            Reason(w, c.Reason);
        });
        Array(w, "groups", plan.Groups, g =>
        {
            w.WriteString("groupId", g.Id);
            w.WriteString("kind", g.Kind.Name());
            if (g.Target is { } t) w.WriteString("targetId", t.Value);
            if (g.TargetCode is { } code) w.WriteString("targetCode", code);
            w.WriteString("focus", g.Focus);
            Ids(w, "students", g.Students);
            if (g.Adult is { } adult) w.WriteString("adultId", adult.Value); else w.WriteNull("adultId");
            w.WriteStartArray("blocks");
            foreach (var b in g.Blocks) w.WriteStringValue(b.DayName);
            w.WriteEndArray();
            Dates(w, "sessions", g.Sessions);
            w.WriteString("reassessOn", Date(g.ReassessOn));
            w.WriteBoolean("fits", g.Fits);
            Reason(w, g.Reason);
        });
        Array(w, "tier3", plan.Tier3, t =>
        {
            w.WriteString("studentId", t.Student.Value);
            w.WriteString("source", Camel(t.Source));
            if (t.Percentile is { } p) w.WriteNumber("percentile", p);
            Reason(w, t.Reason);
        });
        Array(w, "referrals", plan.Referrals, r =>
        {
            w.WriteString("studentId", r.Student.Value);
            w.WriteStartArray("notYetTargetCodes");
            foreach (var code in r.NotYetCodes) w.WriteStringValue(code);
            w.WriteEndArray();
            Reason(w, r.Reason);
        });
        Array(w, "notAssessed", plan.NotAssessed, n =>
        {
            w.WriteString("studentId", n.Student.Value);
            w.WriteBoolean("absent", n.Absent);
            w.WriteStartArray("targetCodes");
            foreach (var code in n.TargetCodes) w.WriteStringValue(code);
            w.WriteEndArray();
            Reason(w, n.Reason);
        });
        Array(w, "responses", plan.Responses, r =>
        {
            w.WriteString("studentId", r.Student.Value);
            w.WriteString("targetId", r.Target.Value);
            w.WriteString("targetCode", r.TargetCode);
            w.WriteString("status", r.Status.Name());
            Nullable(w, "score", r.Score);
            w.WriteString("response", r.Response.Name());
            if (r.GroupId is { } g) w.WriteString("groupId", g); else w.WriteNull("groupId");
            if (r.Adult is { } a) w.WriteString("adultId", a.Value); else w.WriteNull("adultId");
            if (r.StartsOn is { } s) w.WriteString("startsOn", Date(s)); else w.WriteNull("startsOn");
            if (r.ReassessOn is { } e) w.WriteString("reassessOn", Date(e)); else w.WriteNull("reassessOn");
            w.WritePropertyName("reason");
            RowReason(w, r.Reason, texts);
        });
        Reasons(w, "notes", plan.Notes);
        w.WriteEndObject();
    }

    private static void HowWillWeExtend(Utf8JsonWriter w, HowWillWeExtendAnswer q)
    {
        w.WriteStartObject("howWillWeExtend");
        w.WriteString("question", CriticalQuestion.ExtendWhenProficient.Wording());
        Array(w, "targets", q.Targets, t =>
        {
            w.WriteString("targetId", t.Target.Value);
            w.WriteString("targetCode", t.Code);
            if (t.MoreComplex is { } more) w.WriteString("moreComplex", more); else w.WriteNull("moreComplex");
            Ids(w, "students", t.Students);
        });
        Ids(w, "everyTarget", q.EveryTarget);
        w.WriteEndObject();
    }

    // A proficiency result as its MathPlc contract writes it, less what the row repeats: its evidence without the
    // student and target (the row's), the level as its label, reasons, sources and the description as texts.
    private static void Proficiency(Utf8JsonWriter w, ProficiencyResult r, TextTable texts)
    {
        w.WriteString("studentId", r.StudentId.Value);
        w.WriteString("targetId", r.TargetId.Value);
        w.WriteString("method", r.Method);
        w.WriteString("status", Camel(r.Status));
        if (r.Score is { } score) w.WriteNumber("score", score);
        if (r.UnroundedScore is { } unrounded) w.WriteNumber("unroundedScore", unrounded);
        if (r.Level is { } level) w.WriteString("level", level.Label);
        Array(w, "used", r.Used, u =>
        {
            RowEvidence(w, u.Evidence, texts);
            w.WriteNumber("weight", u.Weight);
        });
        Array(w, "excluded", r.Excluded, x =>
        {
            RowEvidence(w, x.Evidence, texts);
            w.WritePropertyName("reason");
            RowReason(w, x.Reason, texts);
        });
        RowReasons(w, "reasons", r.Reasons, texts);
        w.WriteNumber("description", texts.Index(r.Description));
    }

    private static void RowEvidence(Utf8JsonWriter w, Evidence e, TextTable texts)
    {
        w.WriteString("assessedOn", Date(e.AssessedOn));
        w.WriteNumber("score", e.Score);
        w.WriteNumber("sequence", e.Sequence);
        w.WriteString("kind", Camel(e.Kind));
        if (e.Source is { } source) w.WriteNumber("source", texts.Index(source));
    }

    private static void RowReasons(Utf8JsonWriter w, string name, ImmutableArray<Reason> reasons, TextTable texts)
    {
        w.WriteStartArray(name);
        foreach (var reason in reasons) RowReason(w, reason, texts);
        w.WriteEndArray();
    }

    private static void RowReason(Utf8JsonWriter w, Reason reason, TextTable texts)
    {
        w.WriteStartObject();
        w.WriteString("code", reason.Code);
        w.WriteNumber("text", texts.Index(reason.Message));
        w.WriteEndObject();
    }

    /// <summary>The distinct texts of the rows per student and target, each once, numbered in order of first use.</summary>
    private sealed class TextTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Texts { get; } = [];

        public int Index(string text)
        {
            if (!_index.TryGetValue(text, out int i))
            {
                _index.Add(text, i = Texts.Count);
                Texts.Add(text);
            }
            return i;
        }
    }

    private static void Reason(Utf8JsonWriter w, Reason reason)
    {
        w.WritePropertyName("reason");
        JsonSerializer.Serialize(w, reason, MathPlcJsonContext.Default.Reason);
    }

    private static void Comparisons(Utf8JsonWriter w, string name, IEnumerable<RateComparison> comparisons) => Array(w, name, comparisons, c =>
    {
        w.WriteString("targetId", c.Target.Value);
        w.WriteString("kind", Camel(c.Kind));
        w.WriteString("group", c.Group);
        Stat(w, "rate", c.Rate);
        Stat(w, "restRate", c.RestRate);
        Stat(w, "difference", c.Difference);
        Nullable(w, "lower", c.Lower);
        Nullable(w, "upper", c.Upper);
        w.WriteString("conclusion", Camel(c.Conclusion));
        w.WritePropertyName("reason");
        JsonSerializer.Serialize(w, c.Reason, MathPlcJsonContext.Default.Reason);
    });

    private static void Stat(Utf8JsonWriter w, string name, StatisticValue value)
    {
        w.WriteStartObject(name);
        Nullable(w, "value", value.Value);
        w.WriteString("status", Camel(value.Status));
        Reasons(w, "reasons", value.Reasons);
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> values, Action<T> body)
    {
        w.WriteStartArray(name);
        int written = 0;
        foreach (var value in values)
        {
            w.WriteStartObject();
            body(value);
            w.WriteEndObject();
            // Hands what is written on to the stream (MathPlcJson.Serialize(Stream, …)) instead of holding a district's report.
            if (++written % 1024 == 0) w.Flush();
        }
        w.WriteEndArray();
    }

    private static void Reasons(Utf8JsonWriter w, string name, ImmutableArray<Reason> reasons)
    {
        w.WritePropertyName(name);
        JsonSerializer.Serialize(w, reasons, MathPlcJsonContext.Default.ImmutableArrayReason);
    }

    private static void Ids<TId>(Utf8JsonWriter w, string name, IEnumerable<TId> ids) where TId : struct, IIdentifier<TId>
    {
        w.WriteStartArray(name);
        foreach (var id in ids) w.WriteStringValue(id.Value);
        w.WriteEndArray();
    }

    private static void Dates(Utf8JsonWriter w, string name, IEnumerable<LocalDate> dates)
    {
        w.WriteStartArray(name);
        foreach (var date in dates) w.WriteStringValue(Date(date));
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteNumberValue(value);
        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Nullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Camel<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

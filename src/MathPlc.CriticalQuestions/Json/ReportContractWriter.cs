using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Assessments;
using MathPlc.Grading;
using MathPlc.Interventions;
using TextTable = MathPlc.CriticalQuestions.Json.ReportContractMapper.TextTable;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// Writes a <see cref="ReportContract"/> straight to a <see cref="Utf8JsonWriter"/>: the bytes the source-generated
/// context's serializer writes for it (members in declaration order, camelCase, null left out unless the member is
/// <c>[JsonIgnore(Condition = Never)]</c>, numbers as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/>), without
/// its metadata-mode machinery for the parts that repeat per student and target (decision 0180), which are tables
/// <c>{"columns":[…],"data":[[…],…]}</c> (decision 0200, <see cref="RowTableJsonConverter{TRow}"/>).
/// </summary>
/// <remarks>
/// The root, the two answers holding the rows, the rows themselves (evidence, proficiency, responses, with their
/// reasons and evidence) and <c>texts</c> are written here; every other part (a few hundred values per team: targets,
/// rates, groups, Tier 3, prompts …) is handed to the serializer's own type information on the same writer, so its
/// rules stay in one place. Contracts from <see cref="ReportContractMapper"/> never carry unknown members
/// (<see cref="Core.Json.JsonContractRecord.Unknown"/> is for reading), so there is no extension data to write.
/// A test writes generated reports both ways and compares the bytes.
/// </remarks>
internal static class ReportContractWriter
{
    /// <summary>How many bytes the writer holds before it hands them to its stream.</summary>
    private const int FlushAt = 1 << 15;

    /// <summary>The options every writer of <c>report.json</c> uses: those the serializer derives from the context's options.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { SkipValidation = true };

    /// <summary>
    /// Writes <paramref name="report"/>'s object: its contract (<see cref="ReportContractMapper"/>), the rows per student
    /// and target written straight from the report's rows — the bytes the contract's row projections give, without an
    /// object per row — numbering their texts in the contract's own table.
    /// </summary>
    public static void Write(Utf8JsonWriter w, UnitCycleReport report)
    {
        var texts = new TextTable();
        Write(w, ReportContractMapper.ToContract(report, texts), new DirectRows(report, texts));
    }

    /// <summary>Writes <paramref name="contract"/> as one JSON object, its rows from the contract; hands the bytes to the writer's stream every few kilobytes.</summary>
    public static void Write(Utf8JsonWriter w, ReportContract contract) => Write(w, contract, null);

    private static void Write(Utf8JsonWriter w, ReportContract contract, DirectRows? direct)
    {
        w.WriteStartObject();
        Text(w, Names.Team, contract.Team);
        Text(w, Names.Unit, contract.Unit);
        Text(w, Names.Assessment, contract.Assessment);
        Text(w, Names.AssessedOn, contract.AssessedOn);
        Text(w, Names.NextCycleStart, contract.NextCycleStart);
        Part(w, Names.Counts, contract.Counts);
        Part(w, Names.WhatToLearn, contract.WhatToLearn);
        if (contract.HowWillWeKnow is { } know)
        {
            w.WritePropertyName(Names.HowWillWeKnow);
            HowWillWeKnow(w, know, direct);
        }
        if (contract.HowWillWeRespond is { } respond)
        {
            w.WritePropertyName(Names.HowWillWeRespond);
            HowWillWeRespond(w, respond, direct);
        }
        Part(w, Names.HowWillWeExtend, contract.HowWillWeExtend);
        Part(w, Names.TeamActions, contract.TeamActions);
        Part(w, Names.Prompts, contract.Prompts);
        if (contract.Texts is { } texts)
        {
            w.WriteStartArray(Names.Texts);
            foreach (string? text in texts)
            {
                if (text is null) w.WriteNullValue();
                else w.WriteStringValue(text);
                Pace(w);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Writes a district's team: <c>{"teamId":ID,"report":{…}}</c> (<see cref="TeamReportContract"/>), its report as <see cref="Write(Utf8JsonWriter, UnitCycleReport)"/> writes it.</summary>
    public static void Write(Utf8JsonWriter w, TeamCycleReport team)
    {
        w.WriteStartObject();
        Text(w, Names.TeamId, team.TeamId);
        w.WritePropertyName(Names.Report);
        Write(w, team.Report);
        w.WriteEndObject();
    }

    private static void HowWillWeKnow(Utf8JsonWriter w, HowWillWeKnowContract c, DirectRows? direct)
    {
        w.WriteStartObject();
        Text(w, Names.Question, c.Question);
        Number(w, Names.MinimumGroupSize, c.MinimumGroupSize);
        Part(w, Names.Targets, c.Targets);
        if (direct is not null)
        {
            direct.Evidence(w);
            direct.Proficiency(w);
        }
        else
        {
            Table(w, Names.Evidence, Columns.Evidence, c.Evidence, EvidenceRow);
            Table(w, Names.Proficiency, Columns.Proficiency, c.Proficiency, ProficiencyRow);
        }
        List(w, Names.Rates, c.Rates, Rate);
        List(w, Names.Teachers, c.Teachers, Comparison);
        List(w, Names.Gaps, c.Gaps, Comparison);
        Part(w, Names.ItemAnalysis, c.ItemAnalysis, always: true);
        w.WriteEndObject();
    }

    private static void HowWillWeRespond(Utf8JsonWriter w, HowWillWeRespondContract c, DirectRows? direct)
    {
        w.WriteStartObject();
        Text(w, Names.Question, c.Question);
        Text(w, Names.Start, c.Start);
        Text(w, Names.ReassessOn, c.ReassessOn);
        Text(w, Names.Tier3ReviewOn, c.Tier3ReviewOn);
        Part(w, Names.Rules, c.Rules);
        Part(w, Names.Capacity, c.Capacity);
        Part(w, Names.Targets, c.Targets);
        Part(w, Names.Classes, c.Classes);
        Part(w, Names.Groups, c.Groups);
        Part(w, Names.Tier3, c.Tier3);
        Part(w, Names.Referrals, c.Referrals);
        Part(w, Names.NotAssessed, c.NotAssessed);
        if (direct is not null) direct.Responses(w);
        else Table(w, Names.Responses, Columns.Responses, c.Responses, ResponseRow);
        Part(w, Names.Notes, c.Notes);
        w.WriteEndObject();
    }

    // A row of a table: its members' values in the columns' order, a null member as a null cell (decision 0200).
    private static void EvidenceRow(Utf8JsonWriter w, EvidenceRowContract r)
    {
        w.WriteStartArray();
        TextCell(w, r.StudentId);
        TextCell(w, r.TargetId);
        TextCell(w, r.Status);
        NumberCell(w, r.PointsEarned);
        NumberCell(w, r.PointsPossible);
        NumberCell(w, r.Percent);
        NumberCell(w, r.Score);
        RowReasons(w, r.Reasons);
        w.WriteEndArray();
    }

    private static void ProficiencyRow(Utf8JsonWriter w, ProficiencyRowContract r)
    {
        w.WriteStartArray();
        TextCell(w, r.StudentId);
        TextCell(w, r.TargetId);
        TextCell(w, r.Method);
        TextCell(w, r.Status);
        NumberCell(w, r.Score);
        NumberCell(w, r.UnroundedScore);
        NumberCell(w, r.Level);
        Items(w, r.Used, static (w, u) =>
        {
            w.WriteStartObject();
            EvidenceFields(w, u.AssessedOn, u.Score, u.Sequence, u.Kind, u.Source);
            Number(w, Names.Weight, u.Weight);
            w.WriteEndObject();
        });
        Items(w, r.Excluded, static (w, x) =>
        {
            w.WriteStartObject();
            EvidenceFields(w, x.AssessedOn, x.Score, x.Sequence, x.Kind, x.Source);
            if (x.Reason is { } reason)
            {
                w.WritePropertyName(Names.Reason);
                RowReason(w, reason);
            }
            w.WriteEndObject();
        });
        RowReasons(w, r.Reasons);
        NumberCell(w, r.Description);
        w.WriteEndArray();
    }

    // The members a used and an excluded piece of evidence share, in the contracts' order.
    private static void EvidenceFields(Utf8JsonWriter w, string? assessedOn, double? score, double? sequence, string? kind, double? source)
    {
        Text(w, Names.AssessedOn, assessedOn);
        Number(w, Names.Score, score);
        Number(w, Names.Sequence, sequence);
        Text(w, Names.Kind, kind);
        Number(w, Names.Source, source);
    }

    private static void ResponseRow(Utf8JsonWriter w, ResponseRowContract r)
    {
        w.WriteStartArray();
        TextCell(w, r.StudentId);
        TextCell(w, r.TargetId);
        TextCell(w, r.TargetCode);
        TextCell(w, r.Status);
        NumberCell(w, r.Score);
        TextCell(w, r.Response);
        TextCell(w, r.GroupId);
        TextCell(w, r.AdultId);
        TextCell(w, r.StartsOn);
        TextCell(w, r.ReassessOn);
        if (r.Reason is { } reason) RowReason(w, reason);
        else w.WriteNullValue();
        w.WriteEndArray();
    }

    // The rates and comparisons per target and group (a team's largest parts after the rows: a hundred objects with their
    // statistics and reasons) written by hand as the serializer writes their contracts (decision 0240).
    private static void Rate(Utf8JsonWriter w, RateContract r)
    {
        w.WriteStartObject();
        Text(w, Names.TargetId, r.TargetId);
        Text(w, Names.Kind, r.Kind);
        Text(w, Names.Group, r.Group);
        Number(w, Names.Students, r.Students, always: true);
        Number(w, Names.Proficient, r.Proficient, always: true);
        Statistic(w, Names.Rate, r.Rate);
        Number(w, Names.Lower, r.Lower, always: true);
        Number(w, Names.Upper, r.Upper, always: true);
        w.WriteEndObject();
    }

    private static void Comparison(Utf8JsonWriter w, ComparisonContract c)
    {
        w.WriteStartObject();
        Text(w, Names.TargetId, c.TargetId);
        Text(w, Names.Kind, c.Kind);
        Text(w, Names.Group, c.Group);
        Statistic(w, Names.Rate, c.Rate);
        Statistic(w, Names.RestRate, c.RestRate);
        Statistic(w, Names.Difference, c.Difference);
        Number(w, Names.Lower, c.Lower, always: true);
        Number(w, Names.Upper, c.Upper, always: true);
        Text(w, Names.Conclusion, c.Conclusion);
        if (c.Reason is { } reason)
        {
            w.WritePropertyName(Names.Reason);
            Reason(w, reason);
        }
        w.WriteEndObject();
    }

    private static void Statistic(Utf8JsonWriter w, JsonEncodedText name, StatisticContract? s)
    {
        if (s is null) return;
        w.WritePropertyName(name);
        w.WriteStartObject();
        Number(w, Names.Value, s.Value, always: true);
        Text(w, Names.Status, s.Status);
        List(w, Names.Reasons, s.Reasons, Reason);
        w.WriteEndObject();
    }

    // Core's reason contract: {code, message, data: {key: value, …}} (a dictionary's null value written as null).
    private static void Reason(Utf8JsonWriter w, Core.Json.ReasonContract reason)
    {
        w.WriteStartObject();
        Text(w, Names.Code, reason.Code);
        Text(w, Names.Message, reason.Message);
        if (reason.Data is { } data)
        {
            w.WriteStartObject(Names.Data);
            foreach (var (key, value) in data)
            {
                w.WritePropertyName(key);
                if (value is null) w.WriteNullValue();
                else w.WriteStringValue(value);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    // A member holding a list of parts (null elements as null), left out when the list is null.
    private static void List<T>(Utf8JsonWriter w, JsonEncodedText name, List<T?>? items, Action<Utf8JsonWriter, T> item) where T : class
    {
        if (items is null) return;
        w.WritePropertyName(name);
        Items(w, items, item);
    }

    // A cell of reasons: an array of {code, text}, or null.
    private static void RowReasons(Utf8JsonWriter w, List<RowReasonContract?>? reasons) => Items(w, reasons, RowReason);

    private static void RowReason(Utf8JsonWriter w, RowReasonContract reason)
    {
        w.WriteStartObject();
        Text(w, Names.Code, reason.Code);
        Number(w, Names.Text, reason.Text);
        w.WriteEndObject();
    }

    // A table of rows from their contracts (null as null), the writer's bytes handed to the stream every few kilobytes.
    private static void Table<TRow>(Utf8JsonWriter w, JsonEncodedText name, JsonEncodedText[] columns, IEnumerable<TRow?>? rows, Action<Utf8JsonWriter, TRow> row)
        where TRow : class
    {
        if (rows is null) return;
        TableStart(w, name, columns);
        foreach (var r in rows)
        {
            if (r is null) w.WriteNullValue();
            else row(w, r);
            Pace(w);
        }
        TableEnd(w);
    }

    // A table in pandas' "split" orientation: {"columns":[…],"data":[ … the rows … ]} (decision 0200).
    private static void TableStart(Utf8JsonWriter w, JsonEncodedText name, JsonEncodedText[] columns)
    {
        w.WriteStartObject(name);
        w.WriteStartArray(Names.Columns);
        foreach (var column in columns) w.WriteStringValue(column);
        w.WriteEndArray();
        w.WriteStartArray(Names.Data);
    }

    private static void TableEnd(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // A cell's array of a row's parts (null as null), or a null cell.
    private static void Items<T>(Utf8JsonWriter w, List<T?>? items, Action<Utf8JsonWriter, T> item) where T : class
    {
        if (items is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartArray();
        foreach (var i in items)
        {
            if (i is null) w.WriteNullValue();
            else item(w, i);
        }
        w.WriteEndArray();
    }

    private static void Pace(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushAt) w.Flush();
    }

    private static void Text(Utf8JsonWriter w, JsonEncodedText name, string? value, bool always = false)
    {
        if (value is not null) w.WriteString(name, value);
        else if (always) w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, JsonEncodedText name, double? value, bool always = false)
    {
        if (value is { } number)
        {
            w.WritePropertyName(name);
            NumberValue(w, number);
        }
        else if (always) w.WriteNull(name);
    }

    private static void TextCell(Utf8JsonWriter w, string? value)
    {
        if (value is not null) w.WriteStringValue(value);
        else w.WriteNullValue();
    }

    private static void NumberCell(Utf8JsonWriter w, double? value)
    {
        if (value is { } number) NumberValue(w, number);
        else w.WriteNullValue();
    }

    internal static void NumberValue(Utf8JsonWriter w, double number)
    {
        if (IsWhole(number)) w.WriteNumberValue((long)number);
        else w.WriteNumberValue(number);
    }

    /// <summary>
    /// Whether <paramref name="number"/> is written as a whole number's digits: a whole number in [0, 10^15), which the
    /// writer would write as those digits either way (shortest round trip); -0 keeps its sign by not being one.
    /// </summary>
    internal static bool IsWhole(double number) => number == Math.Floor(number) && Math.Abs(number) < 1e15 && !double.IsNegative(number);

    /// <summary>
    /// The three row tables written from the report's own rows — cell for cell what <see cref="ReportContractMapper"/>'s
    /// projections put in <see cref="EvidenceRowContract"/>, <see cref="ProficiencyRowContract"/> and
    /// <see cref="ResponseRowContract"/>, texts numbered in the same order. Each row is made as bytes by the thread's
    /// <see cref="RowCellWriter"/> (each distinct text and number encoded once, decision 0240) and handed to the writer
    /// whole. A proficiency result with excluded evidence (rare: one assessment's evidence is all used) is mapped to its
    /// contract and written as such.
    /// </summary>
    private sealed class DirectRows(UnitCycleReport report, TextTable texts)
    {
        [ThreadStatic] private static RowCellWriter? s_cells;

        private readonly RowCellWriter cells = Cells();

        private static RowCellWriter Cells()
        {
            var cells = s_cells ??= new RowCellWriter();
            cells.Begin();
            return cells;
        }

        public void Evidence(Utf8JsonWriter w)
        {
            TableStart(w, Names.Evidence, Columns.Evidence);
            foreach (var e in report.HowWillWeKnow.Evidence)
            {
                cells.StartArray();
                cells.Text(e.Student.Value);
                cells.Text(e.Target.Value);
                cells.Text(ReportContractMapper.EvidenceStatus(e.Status));
                cells.Number(e.PointsEarned);
                cells.Number(e.PointsPossible);
                cells.Number(e.Percent);
                cells.Number(e.Evidence?.Score);
                Reasons(e.Reasons.AsSpan());
                cells.EndArray();
                cells.WriteTo(w);
                Pace(w);
            }
            TableEnd(w);
        }

        public void Proficiency(Utf8JsonWriter w)
        {
            TableStart(w, Names.Proficiency, Columns.Proficiency);
            foreach (var r in report.HowWillWeKnow.Proficiency)
            {
                if (r.Excluded.Length > 0) ProficiencyRow(w, ReportContractMapper.Proficiency(r, texts));
                else
                {
                    cells.StartArray();
                    cells.Text(r.StudentId.Value);
                    cells.Text(r.TargetId.Value);
                    cells.Text(r.Method);
                    cells.Text(ReportContractMapper.Camel(r.Status));
                    cells.Number(r.Score);
                    cells.Number(r.UnroundedScore);
                    cells.Number(ReportContractMapper.Level(r, texts));
                    cells.StartArray();
                    foreach (var u in r.Used.AsSpan())
                    {
                        cells.StartObject();
                        cells.Name(Names.AssessedOn);
                        cells.Text(texts.Date(u.Evidence.AssessedOn));
                        Member(Names.Score, u.Evidence.Score);
                        Member(Names.Sequence, u.Evidence.Sequence);
                        cells.Name(Names.Kind);
                        cells.Text(ReportContractMapper.Camel(u.Evidence.Kind));
                        Member(Names.Source, ReportContractMapper.Source(u.Evidence, texts));
                        Member(Names.Weight, u.Weight);
                        cells.EndObject();
                    }
                    cells.EndArray();
                    cells.StartArray();
                    cells.EndArray();
                    Reasons(r.Reasons.AsSpan());
                    cells.Whole(texts.Index(r.Description));
                    cells.EndArray();
                    cells.WriteTo(w);
                }
                Pace(w);
            }
            TableEnd(w);
        }

        public void Responses(Utf8JsonWriter w)
        {
            TableStart(w, Names.Responses, Columns.Responses);
            foreach (var r in report.HowWillWeRespond.Plan.Responses)
            {
                cells.StartArray();
                cells.Text(r.Student.Value);
                cells.Text(r.Target.Value);
                cells.Text(r.TargetCode);
                cells.Text(r.Status.Name());
                cells.Number(r.Score);
                cells.Text(r.Response.Name());
                cells.Text(r.GroupId);
                cells.Text(r.Adult?.Value);
                cells.Text(r.StartsOn is { } s ? texts.Date(s) : null);
                cells.Text(r.ReassessOn is { } e ? texts.Date(e) : null);
                cells.Reason(r.Reason.Code, texts.Index(r.Reason.Message));
                cells.EndArray();
                cells.WriteTo(w);
                Pace(w);
            }
            TableEnd(w);
        }

        // A member the contract leaves out when null (Number's rule).
        private void Member(JsonEncodedText name, double? value)
        {
            if (value is null) return;
            cells.Name(name);
            cells.Number(value);
        }

        private void Reasons(ReadOnlySpan<Core.Reason> reasons)
        {
            cells.StartArray();
            foreach (var reason in reasons) cells.Reason(reason.Code, texts.Index(reason.Message));
            cells.EndArray();
        }
    }

    // A part written by the serializer from the context's type information (the same rules as the rest of the file).
    private static void Part<T>(Utf8JsonWriter w, JsonEncodedText name, T? value, bool always = false) where T : class
    {
        if (value is null)
        {
            if (always) w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        JsonSerializer.Serialize(w, value, TypeInfo<T>.Value);
    }

    private static class TypeInfo<T>
    {
        public static readonly JsonTypeInfo<T> Value = (JsonTypeInfo<T>)CriticalQuestionsJsonContext.Default.GetTypeInfo(typeof(T))!;
    }

    internal static class Names
    {
        public static readonly JsonEncodedText Team = JsonEncodedText.Encode("team");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Assessment = JsonEncodedText.Encode("assessment");
        public static readonly JsonEncodedText AssessedOn = JsonEncodedText.Encode("assessedOn");
        public static readonly JsonEncodedText NextCycleStart = JsonEncodedText.Encode("nextCycleStart");
        public static readonly JsonEncodedText Counts = JsonEncodedText.Encode("counts");
        public static readonly JsonEncodedText WhatToLearn = JsonEncodedText.Encode("whatToLearn");
        public static readonly JsonEncodedText HowWillWeKnow = JsonEncodedText.Encode("howWillWeKnow");
        public static readonly JsonEncodedText HowWillWeRespond = JsonEncodedText.Encode("howWillWeRespond");
        public static readonly JsonEncodedText HowWillWeExtend = JsonEncodedText.Encode("howWillWeExtend");
        public static readonly JsonEncodedText TeamActions = JsonEncodedText.Encode("teamActions");
        public static readonly JsonEncodedText Prompts = JsonEncodedText.Encode("prompts");
        public static readonly JsonEncodedText Texts = JsonEncodedText.Encode("texts");
        public static readonly JsonEncodedText TeamId = JsonEncodedText.Encode("teamId");
        public static readonly JsonEncodedText Report = JsonEncodedText.Encode("report");
        public static readonly JsonEncodedText Question = JsonEncodedText.Encode("question");
        public static readonly JsonEncodedText MinimumGroupSize = JsonEncodedText.Encode("minimumGroupSize");
        public static readonly JsonEncodedText Targets = JsonEncodedText.Encode("targets");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Proficiency = JsonEncodedText.Encode("proficiency");
        public static readonly JsonEncodedText Rates = JsonEncodedText.Encode("rates");
        public static readonly JsonEncodedText Teachers = JsonEncodedText.Encode("teachers");
        public static readonly JsonEncodedText Gaps = JsonEncodedText.Encode("gaps");
        public static readonly JsonEncodedText ItemAnalysis = JsonEncodedText.Encode("itemAnalysis");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText ReassessOn = JsonEncodedText.Encode("reassessOn");
        public static readonly JsonEncodedText Tier3ReviewOn = JsonEncodedText.Encode("tier3ReviewOn");
        public static readonly JsonEncodedText Rules = JsonEncodedText.Encode("rules");
        public static readonly JsonEncodedText Capacity = JsonEncodedText.Encode("capacity");
        public static readonly JsonEncodedText Classes = JsonEncodedText.Encode("classes");
        public static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");
        public static readonly JsonEncodedText Tier3 = JsonEncodedText.Encode("tier3");
        public static readonly JsonEncodedText Referrals = JsonEncodedText.Encode("referrals");
        public static readonly JsonEncodedText NotAssessed = JsonEncodedText.Encode("notAssessed");
        public static readonly JsonEncodedText Responses = JsonEncodedText.Encode("responses");
        public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");
        public static readonly JsonEncodedText StudentId = JsonEncodedText.Encode("studentId");
        public static readonly JsonEncodedText TargetId = JsonEncodedText.Encode("targetId");
        public static readonly JsonEncodedText TargetCode = JsonEncodedText.Encode("targetCode");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText PointsEarned = JsonEncodedText.Encode("pointsEarned");
        public static readonly JsonEncodedText PointsPossible = JsonEncodedText.Encode("pointsPossible");
        public static readonly JsonEncodedText Percent = JsonEncodedText.Encode("percent");
        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
        public static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("reasons");
        public static readonly JsonEncodedText Method = JsonEncodedText.Encode("method");
        public static readonly JsonEncodedText UnroundedScore = JsonEncodedText.Encode("unroundedScore");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Used = JsonEncodedText.Encode("used");
        public static readonly JsonEncodedText Excluded = JsonEncodedText.Encode("excluded");
        public static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
        public static readonly JsonEncodedText Response = JsonEncodedText.Encode("response");
        public static readonly JsonEncodedText GroupId = JsonEncodedText.Encode("groupId");
        public static readonly JsonEncodedText AdultId = JsonEncodedText.Encode("adultId");
        public static readonly JsonEncodedText StartsOn = JsonEncodedText.Encode("startsOn");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
        public static readonly JsonEncodedText Students = JsonEncodedText.Encode("students");
        public static readonly JsonEncodedText Proficient = JsonEncodedText.Encode("proficient");
        public static readonly JsonEncodedText Rate = JsonEncodedText.Encode("rate");
        public static readonly JsonEncodedText RestRate = JsonEncodedText.Encode("restRate");
        public static readonly JsonEncodedText Difference = JsonEncodedText.Encode("difference");
        public static readonly JsonEncodedText Lower = JsonEncodedText.Encode("lower");
        public static readonly JsonEncodedText Upper = JsonEncodedText.Encode("upper");
        public static readonly JsonEncodedText Conclusion = JsonEncodedText.Encode("conclusion");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Columns = JsonEncodedText.Encode(RowColumns.ColumnsName);
        public static readonly JsonEncodedText Data = JsonEncodedText.Encode(RowColumns.DataName);
    }

    // The tables' columns: the row contracts' members, in their order (a test compares them with the contracts' metadata).
    private static class Columns
    {
        public static readonly JsonEncodedText[] Evidence =
            [Names.StudentId, Names.TargetId, Names.Status, Names.PointsEarned, Names.PointsPossible, Names.Percent, Names.Score, Names.Reasons];

        public static readonly JsonEncodedText[] Proficiency =
        [
            Names.StudentId, Names.TargetId, Names.Method, Names.Status, Names.Score, Names.UnroundedScore, Names.Level, Names.Used, Names.Excluded,
            Names.Reasons, Names.Description,
        ];

        public static readonly JsonEncodedText[] Responses =
        [
            Names.StudentId, Names.TargetId, Names.TargetCode, Names.Status, Names.Score, Names.Response, Names.GroupId, Names.AdultId, Names.StartsOn,
            Names.ReassessOn, Names.Reason,
        ];
    }
}

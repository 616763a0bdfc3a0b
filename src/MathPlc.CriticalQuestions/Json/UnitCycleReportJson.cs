using System.Buffers;
using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// A team's unit cycle as the <c>report.json</c> that <c>mathplc cycle --out</c> writes, and reading it back
/// (decisions 0072, 0105, 0145, 0200).
/// </summary>
/// <remarks>
/// <para>
/// The file is one object: <c>team</c>, <c>unit</c>, <c>assessment</c>, <c>assessedOn</c>, <c>nextCycleStart</c>,
/// <c>counts</c>, the four critical questions (<c>whatToLearn</c>, <c>howWillWeKnow</c>, <c>howWillWeRespond</c>,
/// <c>howWillWeExtend</c>), <c>teamActions</c>, <c>prompts</c> and <c>texts</c>; camelCase, dates <c>yyyy-MM-dd</c>,
/// choices as camelCase names, statistics as <c>{ "value", "status", "reasons" }</c> with <c>value</c> null when
/// undefined. The rows per student and target (<c>howWillWeKnow.evidence</c>, <c>howWillWeKnow.proficiency</c>,
/// <c>howWillWeRespond.responses</c>) are tables in pandas' "split" orientation, <c>{"columns": [...], "data": [[...], ...]}</c>
/// (a row's cells in the columns' order, null where it has none), and name each sentence by its index into <c>texts</c>: a
/// reason there is <c>{ "code": "not-yet", "text": 4 }</c>, and <c>texts[4]</c> is the sentence a teacher reads; a
/// proficiency row's <c>level</c> and <c>description</c> and an evidence <c>source</c> are such indices too.
/// </para>
/// <para>
/// <see cref="Write"/> streams: the rows go to the stream as they are written, never a second time in memory.
/// <see cref="Read"/> checks the whole file and gives back a <see cref="UnitCycleReportSummary"/>. Diagnostic codes:
/// <c>bad-json</c>, <c>wrong-type</c>, <c>unknown-property</c>, <c>missing-property</c>, <c>bad-date</c>,
/// <c>bad-number</c>, <c>empty-id</c>, <c>not-a-number</c>, <c>unknown-team-action</c>, <c>unknown-unit-phase</c>,
/// <c>unknown-team-action-state</c>, <c>unknown-prompt-kind</c>, <c>invalid-report</c> (counts that do not add up, a
/// team action's number or phase that is not its own), <c>wrong-columns</c> (a table's columns not exactly the format's,
/// in order), <c>wrong-row-length</c> (a row without one cell per column) and <c>old-report-shape</c> (rows as objects:
/// a file written by a MathPlc before decision 0200, reported once; run <c>mathplc cycle</c> again); every problem is
/// listed with line, column and JSON path.
/// </para>
/// </remarks>
public static class UnitCycleReportJson
{
    /// <summary>Writes the report as compact UTF-8 JSON to <paramref name="utf8Json"/>, streamed, then a line break.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, UnitCycleReport report)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(report);
        using (var writer = new Utf8JsonWriter(utf8Json, ReportContractWriter.WriterOptions))
        {
            ReportContractWriter.Write(writer, report);
        }
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads a team's <c>report.json</c> back; every problem of the file is listed.</summary>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <returns>The parts of the report the file holds whole (<see cref="UnitCycleReportSummary"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a unit cycle's report; every problem is listed.</exception>
    public static UnitCycleReportSummary Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, CriticalQuestionsJsonContext.Default.ReportContract,
            static (contract, problems) => ReportSummaryMapper.ToSummary(contract, JsonPath.Root, problems))!;
}

/// <summary>
/// A district's unit cycle as the <c>report.json</c> of <c>mathplc cycle --out</c> on a roster of several teams
/// (decision 0106): <c>{"district": name, "teams": [{"teamId": id, "report": {…}}, …]}</c>, each team's <c>report</c>
/// exactly the object its own <c>report.json</c> would be (<see cref="UnitCycleReportJson"/>; its rows name their texts
/// by index into the team's own <c>texts</c>).
/// </summary>
public static class DistrictCycleJson
{
    /// <summary>
    /// Writes the district's report as compact UTF-8 JSON to <paramref name="utf8Json"/>, then a line break; streamed
    /// team by team, so no more than one team's rows are being written at a time and none is held as text.
    /// </summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="district">The district's report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, DistrictCycleReport district)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(district);
        var writer = new DistrictCycleJsonWriter(utf8Json, district.District);
        foreach (var team in district.Teams) writer.Add(team);
        writer.Complete();
    }

    /// <summary>Reads a district's <c>report.json</c> back; every problem of the file is listed.</summary>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <returns>The district's name and each team's summary (<see cref="UnitCycleReportSummary"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a district's report; every problem is listed.</exception>
    public static DistrictCycleSummary Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, CriticalQuestionsJsonContext.Default.DistrictReportContract,
            static (contract, problems) => ReportSummaryMapper.ToDistrict(contract, problems))!;
}

/// <summary>
/// Writes a district's <c>report.json</c> (<see cref="DistrictCycleJson"/>) one team at a time, so a team's report can be
/// dropped once its object is written (<c>mathplc cycle --out</c> on a district, decision 0170): the same bytes as
/// <see cref="DistrictCycleJson.Write"/> for the same teams in the same order.
/// </summary>
/// <remarks>Not thread-safe; one writer per stream. The stream is left open.</remarks>
public sealed class DistrictCycleJsonWriter
{
    private readonly Stream utf8Json;
    private readonly Utf8JsonWriter writer;
    private int teams;
    private bool complete;

    /// <summary>Starts the file: writes <c>{"district":NAME,"teams":[</c>.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="district">The district's name for its teams together (<see cref="DistrictCycleReport.District"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DistrictCycleJsonWriter(Stream utf8Json, string district)
    {
        this.utf8Json = Guard.Against.Null(utf8Json);
        Guard.Against.Null(district);
        writer = new Utf8JsonWriter(utf8Json, ReportContractWriter.WriterOptions);
        // The frame {"district":…,"teams":[…]} is DistrictReportContract's; it is written here around the teams so that
        // each team's contract exists only while it is written (a district of 100 teams writes 280 MB, issue 18).
        utf8Json.Write("{\"district\":"u8);
        JsonSerializer.Serialize(utf8Json, district, CriticalQuestionsJsonContext.Default.String);
        utf8Json.Write(",\"teams\":["u8);
    }

    /// <summary>Writes the next team's object: <c>{"teamId":ID,"report":{…}}</c>, its report as <see cref="UnitCycleReportJson.Write"/> writes it.</summary>
    /// <param name="team">The team's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The file is complete already.</exception>
    public void Add(TeamCycleReport team)
    {
        Guard.Against.Null(team);
        Writable();
        if (teams++ > 0) utf8Json.WriteByte((byte)',');
        ReportContractWriter.Write(writer, team);
        writer.Flush();
        writer.Reset();   // the next team is a new value after the comma written above
    }

    /// <summary>
    /// A team's object as <see cref="Add(TeamCycleReport)"/> writes it, made apart from any file so that several teams
    /// can be made at once, on any threads, and added in order with <see cref="AddPrepared(DistrictTeamJson)"/>
    /// (<c>mathplc cycle</c> on a district, decision 0225). Thread-safe: it reads the report and nothing else.
    /// </summary>
    /// <param name="team">The team's report.</param>
    /// <returns>The team's object, ready to add.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    public static DistrictTeamJson Prepare(TeamCycleReport team)
    {
        Guard.Against.Null(team);
        // The thread's writer is reused from team to team; each team's object is written into an array lent by the shared
        // pool, which the object keeps (no copy) and gives back once it is in its file (decision 0240).
        var bytes = s_buffer ??= new LentBuffer();
        bytes.Start();
        var w = s_writer ??= new Utf8JsonWriter(bytes, ReportContractWriter.WriterOptions);
        w.Reset(bytes);
        ReportContractWriter.Write(w, team);
        w.Flush();
        var (array, length) = bytes.Take();
        return new DistrictTeamJson(array, length);
    }

    [ThreadStatic] private static LentBuffer? s_buffer;
    [ThreadStatic] private static Utf8JsonWriter? s_writer;

    /// <summary>Writes the next team's object, made by <see cref="Prepare"/>: the same bytes as <see cref="Add(TeamCycleReport)"/>.</summary>
    /// <param name="team">The team's object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The file is complete already, or the team was added already (a prepared team is added once: adding it gives its buffer back, decision 0240).</exception>
    public void AddPrepared(DistrictTeamJson team)
    {
        Guard.Against.Null(team);
        Writable();
        team.WriteOnce(utf8Json, afterAnother: teams > 0);
        teams++;
    }

    private void Writable()
    {
        if (complete) throw new InvalidOperationException("The district's report.json is complete; no team can be added.");
    }

    /// <summary>Ends the file: <c>]}</c> and a line break.</summary>
    /// <exception cref="InvalidOperationException">No team was added (a district has at least one), or the file is complete already.</exception>
    public void Complete()
    {
        if (complete) throw new InvalidOperationException("The district's report.json is complete already.");
        if (teams == 0) throw new InvalidOperationException("A district's report.json needs at least one team.");
        complete = true;
        writer.Dispose();
        utf8Json.Write("]}\n"u8);
    }
}

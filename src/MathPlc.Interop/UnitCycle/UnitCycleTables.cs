using System.Globalization;
using System.Text;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// A unit cycle's tables as CSV (RFC 4180, UTF-8, invariant culture, through <see cref="CsvTable"/> like every MathPlc
/// CSV output), with the columns <c>docs/cli.md</c> fixes, so a district's scripts read them the same way. Teachers see
/// target codes: every table that names a target by id has a code column beside it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>plan.csv</c>: <c>student_id, target_code, status, response, group_id, adult_id, starts_on, reassess_on,
/// reason</c>; one row per roster student per essential target, students in roster order, targets prerequisites first;
/// <c>status</c> is <c>proficient</c>, <c>not-yet</c> or <c>no-score</c>; <c>response</c> is <c>whole-class</c>,
/// <c>tier2</c>, <c>tier3</c>, <c>referral</c>, <c>extension</c> or <c>none</c>; <c>reason</c> is never empty.</item>
/// <item><c>proficiency.csv</c> (as <c>mathplc proficiency</c>): <c>student_id, target_id, method, score, level, status,
/// evidence_used, evidence_excluded</c>, then <c>section_id, teacher_id, target_code</c>.</item>
/// <item><c>tiers.csv</c> (as <c>mathplc tiers</c>): <c>student_id, tier, targets_unmet, extension, reasons</c>, then
/// <c>targets_unmet_codes</c>; <c>tier</c> is <c>tier3</c> (screening or non-response only), <c>tier2</c> (a Tier 2
/// group now or next cycle, or a referral), <c>core</c> (Tier 1: whole-class reteach or extension only), or
/// <c>not-assessed</c> (no score on any target); <c>extension</c> is true when proficient on every target.</item>
/// <item><c>groups.csv</c> (as <c>mathplc tiers --groups</c>): <c>group_id, kind, target_id, student_id, reason</c>, then
/// <c>target_code, adult_id, blocks</c>; one row per student in a Tier 2 or Tier 3 group; a group that did not fit has
/// an empty <c>adult_id</c> and its reason.</item>
/// </list>
/// </remarks>
public static class UnitCycleTables
{
    /// <summary>The columns of <c>plan.csv</c>.</summary>
    public static ImmutableArray<string> PlanHeader { get; } =
        ["student_id", "target_code", "status", "response", "group_id", "adult_id", "starts_on", "reassess_on", "reason"];

    /// <summary>The columns of <c>proficiency.csv</c>.</summary>
    public static ImmutableArray<string> ProficiencyHeader { get; } =
        ["student_id", "target_id", "method", "score", "level", "status", "evidence_used", "evidence_excluded", "section_id", "teacher_id", "target_code"];

    /// <summary>The columns of <c>tiers.csv</c>.</summary>
    public static ImmutableArray<string> TiersHeader { get; } = ["student_id", "tier", "targets_unmet", "extension", "reasons", "targets_unmet_codes"];

    /// <summary>The columns of <c>groups.csv</c>.</summary>
    public static ImmutableArray<string> GroupsHeader { get; } = ["group_id", "kind", "target_id", "student_id", "reason", "target_code", "adult_id", "blocks"];

    /// <summary>One response per roster student per essential target.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Plan(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WritePlan(stream, report, formulas));

    /// <summary>Writes <see cref="Plan"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WritePlan(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        WriteTable(stream, UnitCycleTable.Plan, report, null, formulas);

    /// <summary>Proficiency per roster student per essential target, with the student's section and teacher and the target's code.</summary>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from, for the section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Proficiency(UnitCycleReport report, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        Text(stream => WriteProficiency(stream, report, roster, formulas));

    /// <summary>Writes <see cref="Proficiency"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="roster">The roster the report was made from, for the section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteProficiency(Stream stream, UnitCycleReport report, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        WriteTable(stream, UnitCycleTable.Proficiency, report, roster, formulas);

    /// <summary>One row per roster student: the most intensive tier of the student's responses.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Tiers(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WriteTiers(stream, report, formulas));

    /// <summary>Writes <see cref="Tiers"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteTiers(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        WriteTable(stream, UnitCycleTable.Tiers, report, null, formulas);

    /// <summary>The Tier 3 and Tier 2 groups, one row per student; a group that did not fit has no adult.</summary>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Groups(UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) => Text(stream => WriteGroups(stream, report, formulas));

    /// <summary>Writes <see cref="Groups"/>'s table to <paramref name="stream"/> (UTF-8, the same bytes), row by row.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is null.</exception>
    public static void WriteGroups(Stream stream, UnitCycleReport report, CsvFormulas formulas = CsvFormulas.Neutralise) =>
        WriteTable(stream, UnitCycleTable.Groups, report, null, formulas);

    /// <summary>
    /// Writes one of a district's tables (decision 0106): each team's rows as its own table has them, teams in order, with
    /// a last column <c>team_id</c> (a group id is unique within its team, so <c>group_id, team_id</c> names a group).
    /// </summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="table">Which table.</param>
    /// <param name="district">The district's report.</param>
    /// <param name="roster">The district's roster, for <c>proficiency.csv</c>'s section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a defined table.</exception>
    public static void WriteDistrict(Stream stream, UnitCycleTable table, DistrictCycleReport district, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(district);
        Guard.Against.Unmet(Enum.IsDefined(table), nameof(table), $"{table} is not a table of the unit cycle.");
        Guard.Against.Null(stream);
        using var writer = new DistrictTableWriter(stream, table, roster, formulas);
        foreach (var team in district.Teams) writer.Add(team);
    }

    /// <summary>The last column of a district's tables.</summary>
    public const string TeamColumn = "team_id";

    /// <summary>The columns of <paramref name="table"/>.</summary>
    internal static ImmutableArray<string> HeaderOf(UnitCycleTable table) => table switch
    {
        UnitCycleTable.Plan => PlanHeader,
        UnitCycleTable.Proficiency => ProficiencyHeader,
        UnitCycleTable.Tiers => TiersHeader,
        _ => GroupsHeader,
    };

    private static void WriteTable(Stream stream, UnitCycleTable table, UnitCycleReport report, Roster? roster, CsvFormulas formulas)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(stream);
        using var csv = new CsvRowWriter(stream, formulas);
        WriteHeader(csv, HeaderOf(table), team: false);
        new TableRows(table, roster).Write(csv, report, team: null);
    }

    internal static void WriteHeader(CsvRowWriter csv, ImmutableArray<string> header, bool team)
    {
        foreach (string name in header) csv.WriteText(name);
        if (team) csv.WriteText(TeamColumn);
        csv.EndRow();
    }

    /// <summary>
    /// Writes one table's rows of a report cell by cell into a <see cref="CsvRowWriter"/> (no list of strings per row; the
    /// cells that join several texts are composed in one reused buffer), each row ending with the team's id when one is
    /// given. One instance per table and thread: it keeps the last date's text and the composed cell.
    /// </summary>
    internal sealed class TableRows(UnitCycleTable table, Roster? roster)
    {
        private char[] _cell = new char[512];
        private int _length;
        private (LocalDate Date, string? Text) _date1, _date2;

        public void Write(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            switch (table)
            {
                case UnitCycleTable.Plan: PlanRows(csv, report, team); break;
                case UnitCycleTable.Proficiency: ProficiencyRows(csv, report, team); break;
                case UnitCycleTable.Tiers: TiersRows(csv, report, team); break;
                default: GroupsRows(csv, report, team); break;
            }
            // A team's texts and reasons are its own: the caches let go of them, not to keep them alive until the next team.
            csv.ForgetRepeatedTexts();
            _pieceOf.Clear();
            Array.Clear(_pieces);
        }

        // Every text a team's rows repeat (ids, codes, names, dates, the shared reasons) is written by
        // CsvRowWriter.WriteRepeatedText, encoded once per string (issue 18: checked and transcoded on every row before).
        private void PlanRows(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            foreach (var r in report.HowWillWeRespond.Plan.Responses)
            {
                csv.WriteRepeatedText(r.Student.Value);
                csv.WriteRepeatedText(r.TargetCode);
                csv.WriteRepeatedText(r.Status.Name());
                csv.WriteRepeatedText(r.Response.Name());
                csv.WriteRepeatedText(r.GroupId);
                csv.WriteRepeatedText(r.Adult?.Value);
                csv.WriteRepeatedText(r.StartsOn is { } s ? Date(s) : null);
                csv.WriteRepeatedText(r.ReassessOn is { } e ? Date(e) : null);
                csv.WriteRepeatedText(r.Reason.Message);
                End(csv, team);
            }
        }

        private void ProficiencyRows(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            // The results are roster student by unit target (UnitCycle): result j is usually on target j mod k, whose code
            // is then taken by index; a result elsewhere finds its code by id.
            var targets = report.WhatToLearn.Targets;
            var codes = new string[targets.Length];
            for (int t = 0; t < codes.Length; t++) codes[t] = TargetLabel.Of(targets[t]);
            Dictionary<TargetId, string>? byId = null;
            RosterStudent? student = null;
            var results = report.HowWillWeKnow.Proficiency;
            for (int j = 0; j < results.Length; j++)
            {
                var r = results[j];
                if (student is null || student.Student != r.StudentId) student = roster?.Find(r.StudentId);
                csv.WriteRepeatedText(r.StudentId.Value);
                csv.WriteRepeatedText(r.TargetId.Value);
                csv.WriteRepeatedText(r.Method);
                if (r.Score is { } score) csv.WriteNumber(score);
                else csv.WriteEmpty();
                csv.WriteRepeatedText(r.Level?.Label);
                csv.WriteRepeatedText(ProficiencyCsv.StatusText(r.Status));
                csv.WriteNumber(r.Used.Length);
                csv.WriteNumber(r.Excluded.Length);
                csv.WriteRepeatedText(student?.Section.Value);
                csv.WriteRepeatedText(student?.Teacher.Value);
                int at = codes.Length == 0 ? -1 : j % codes.Length;
                csv.WriteRepeatedText(at >= 0 && targets[at].Id == r.TargetId ? codes[at]
                    : (byId ??= targets.ToDictionary(t => t.Id, TargetLabel.Of)).GetValueOrDefault(r.TargetId));
                End(csv, team);
            }
        }

        private void TiersRows(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            // A plan's rows come student by student (ResponsePlanning): each student's rows are a run, taken as such; a plan
            // whose student comes back after another's is grouped as the table always was (TiersRowsGrouped).
            var responses = report.HowWillWeRespond.Plan.Responses.AsSpan();
            var started = new HashSet<StudentId>();
            for (int i = 0; i < responses.Length;)
            {
                int end = i + 1;
                while (end < responses.Length && responses[end].Student == responses[i].Student) end++;
                if (!started.Add(responses[i].Student))
                {
                    TiersRowsGrouped(csv, report, team);   // nothing written yet: the check runs before any row
                    return;
                }
                i = end;
            }
            var plan = report.HowWillWeRespond.Plan;
            var tier3 = plan.Tier3.Select(t => t.Student).ToHashSet();
            int targets = report.WhatToLearn.Targets.Length;
            for (int i = 0; i < responses.Length;)
            {
                int end = i + 1;
                while (end < responses.Length && responses[end].Student == responses[i].Student) end++;
                TiersRow(csv, responses.Slice(i, end - i), tier3, targets, team);
                i = end;
            }
        }

        /// <summary>The tiers table as it was written before issue 18's runs: the plan's rows grouped by student (the oracle of <see cref="TiersRows"/>).</summary>
        internal void TiersRowsGrouped(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            var plan = report.HowWillWeRespond.Plan;
            var tier3 = plan.Tier3.Select(t => t.Student).ToHashSet();
            int targets = report.WhatToLearn.Targets.Length;
            foreach (var rows in plan.Responses.GroupBy(r => r.Student))
                TiersRow(csv, rows.ToArray(), tier3, targets, team);
        }

        private void TiersRow(CsvRowWriter csv, ReadOnlySpan<StudentResponse> rows, HashSet<StudentId> tier3, int targets, string? team)
        {
            bool anyTier3 = false, anyTier2 = false, allNoScore = true;
            int proficient = 0;
            foreach (var r in rows)
            {
                anyTier3 |= r.Response == ResponseKind.Tier3;
                anyTier2 |= r.Response is ResponseKind.Tier2 or ResponseKind.Referral;
                allNoScore &= r.Status == TargetStatus.NoScore;
                if (r.Status == TargetStatus.Proficient) proficient++;
            }
            var student = rows[0].Student;
            string tier = anyTier3 || tier3.Contains(student) ? "tier3" : anyTier2 ? "tier2" : allNoScore ? "not-assessed" : "core";
            csv.WriteText(student.Value);
            csv.WriteRepeatedText(tier);
            Clear();
            foreach (var r in rows)
                if (r.Status == TargetStatus.NotYet) Joined(";", r.Target.Value);
            csv.WriteText(Cell);
            csv.WriteRepeatedText(proficient == targets ? "true" : "false");
            WriteReasons(csv, rows);
            Clear();
            foreach (var r in rows)
                if (r.Status == TargetStatus.NotYet) Joined(";", r.TargetCode);
            csv.WriteText(Cell);
            End(csv, team);
        }

        // The reasons cell, "response: reason" per row joined by "; ". Each distinct reason's text is a piece encoded once per
        // team (issue 18: the cell was checked and transcoded whole on every row); when every piece is written straight as
        // UTF-8 (CsvRowWriter.WritesDirectly) and the cell is not too long, so is the cell, and it is joined from the pieces
        // (the same bytes, CsvRowWriter.WriteJoined); any other cell is composed and written as before (ReasonsCell).
        internal void WriteReasons(CsvRowWriter csv, ReadOnlySpan<StudentResponse> rows)
        {
            if (_pieces.Length < rows.Length) _pieces = new CsvRowWriter.Piece[rows.Length];
            bool direct = true;
            int length = -2;
            for (int i = 0; i < rows.Length && direct; i++)
            {
                var r = rows[i];
                if (!_pieceOf.TryGetValue(r.Reason, out var kept) || kept.Response != r.Response)
                {
                    var piece = CsvRowWriter.Piece.Of($"{r.Response.Name()}: {r.Reason.Message}");
                    kept = (r.Response, piece, csv.WritesDirectly(piece.Text));
                    _pieceOf[r.Reason] = kept;
                }
                _pieces[i] = kept.Piece;
                direct &= kept.Direct;
                length += kept.Piece.Text.Length + 2;
            }
            if (direct && length <= CsvRowWriter.MaxDirect) csv.WriteJoined(_pieces.AsSpan(0, rows.Length), "; ");
            else csv.WriteText(ReasonsCell(rows));
        }

        /// <summary>The reasons cell composed as one text (the oracle of <see cref="WriteReasons"/>).</summary>
        internal ReadOnlySpan<char> ReasonsCell(ReadOnlySpan<StudentResponse> rows)
        {
            Clear();
            foreach (var r in rows)
            {
                Joined("; ", r.Response.Name());
                Append(": ");
                Append(r.Reason.Message);
            }
            return Cell;
        }

        private readonly Dictionary<Reason, (ResponseKind Response, CsvRowWriter.Piece Piece, bool Direct)> _pieceOf = new(ReferenceEqualityComparer.Instance);
        private CsvRowWriter.Piece[] _pieces = new CsvRowWriter.Piece[8];

        private static void GroupsRows(CsvRowWriter csv, UnitCycleReport report, string? team)
        {
            foreach (var g in report.HowWillWeRespond.Plan.Groups)
            {
                string kind = g.Kind.Name(), reason = g.Fits ? g.Reason.Code : $"{g.Reason.Code}: {g.Reason.Message}";
                string blocks = string.Join(";", g.Blocks.Select(b => b.DayName));
                foreach (var s in g.Students)
                {
                    csv.WriteRepeatedText(g.Id);
                    csv.WriteRepeatedText(kind);
                    csv.WriteRepeatedText(g.Target?.Value);
                    csv.WriteText(s.Value);
                    csv.WriteRepeatedText(reason);
                    csv.WriteRepeatedText(g.TargetCode);
                    csv.WriteRepeatedText(g.Adult?.Value);
                    csv.WriteRepeatedText(blocks);
                    End(csv, team);
                }
            }
        }

        private static void End(CsvRowWriter csv, string? team)
        {
            if (team is not null) csv.WriteRepeatedText(team);
            csv.EndRow();
        }

        // A row's two dates are usually a team's same start and reassessment dates: the last two texts are kept.
        private string Date(LocalDate date)
        {
            if (_date1.Text is not null && _date1.Date == date) return _date1.Text;
            if (_date2.Text is not null && _date2.Date == date) return _date2.Text;
            _date2 = _date1;
            _date1 = (date, Figures.Date(date));
            return _date1.Text;
        }

        private ReadOnlySpan<char> Cell => _cell.AsSpan(0, _length);

        // string.Join(separator, …) one text at a time: a separator before every text but the first, even an empty one.
        private bool _joined;

        private void Clear()
        {
            _length = 0;
            _joined = false;
        }

        private void Joined(string separator, string text)
        {
            if (_joined) Append(separator);
            _joined = true;
            Append(text);
        }

        private void Append(string text)
        {
            if (_cell.Length - _length < text.Length) Array.Resize(ref _cell, Math.Max(2 * _cell.Length, _length + text.Length));
            text.CopyTo(_cell.AsSpan(_length));
            _length += text.Length;
        }
    }

    /// <summary>A tier as <c>mathplc tiers</c> writes it: <c>core</c>, <c>tier2</c> or <c>tier3</c>.</summary>
    public static string TierText(Tier tier) => tier switch
    {
        Tier.Tier2 => "tier2",
        Tier.Tier3 => "tier3",
        _ => "core",
    };

    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}

/// <summary>
/// Writes one of a district's tables (<see cref="UnitCycleTables.WriteDistrict"/>) a team at a time, so a team's report can
/// be dropped once its rows are written (<c>mathplc cycle --out</c> on a district, decision 0170): the header with its
/// last column <c>team_id</c>, then each added team's rows as its own table has them. The same bytes as
/// <see cref="UnitCycleTables.WriteDistrict"/> for the same teams in the same order. Rows are buffered; disposing the
/// writer hands the last of them to the stream (left open).
/// </summary>
/// <remarks>Not thread-safe; one writer per stream.</remarks>
public sealed class DistrictTableWriter : IDisposable
{
    private readonly CsvRowWriter _csv;
    private readonly UnitCycleTables.TableRows _rows;
    private readonly UnitCycleTable _table;
    private readonly Roster? _roster;
    private readonly CsvFormulas _formulas;
    private readonly ThreadLocal<Preparer> _preparers;
    private bool _disposed;

    /// <summary>Starts the table: writes its header line.</summary>
    /// <param name="stream">The stream written to; left open.</param>
    /// <param name="table">Which table.</param>
    /// <param name="roster">The district's roster, for <c>proficiency.csv</c>'s section and teacher columns; null leaves them empty.</param>
    /// <param name="formulas">Whether text cells that a spreadsheet would run as formulas are neutralised (the default) or written as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a defined table.</exception>
    public DistrictTableWriter(Stream stream, UnitCycleTable table, Roster? roster = null, CsvFormulas formulas = CsvFormulas.Neutralise)
    {
        Guard.Against.Null(stream);
        Guard.Against.Unmet(Enum.IsDefined(table), nameof(table), $"{table} is not a table of the unit cycle.");
        _csv = new CsvRowWriter(stream, formulas);
        _rows = new UnitCycleTables.TableRows(table, roster);
        (_table, _roster, _formulas) = (table, roster, formulas);
        _preparers = new ThreadLocal<Preparer>(NewPreparer);
        UnitCycleTables.WriteHeader(_csv, UnitCycleTables.HeaderOf(table), team: true);
    }

    /// <summary>Writes the next team's rows, each ending with the team's id.</summary>
    /// <param name="team">The team's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public void Add(TeamCycleReport team)
    {
        Guard.Against.Null(team);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _rows.Write(_csv, team.Report, team.TeamId);
    }

    /// <summary>
    /// A team's rows as <see cref="Add(TeamCycleReport)"/> writes them, made apart from the stream so that several teams
    /// can be made at once, on any threads, and added in order with <see cref="AddPrepared(DistrictTeamRows)"/> (<c>mathplc
    /// cycle</c> on a district, decision 0225). Thread-safe: it reads the report and the roster and writes nothing shared.
    /// </summary>
    /// <param name="team">The team's report.</param>
    /// <returns>The team's rows, ready to add to this writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    public DistrictTeamRows Prepare(TeamCycleReport team)
    {
        Guard.Against.Null(team);
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Each thread keeps its own stream, row writer and rows (their caches of numbers, texts, dates and cells) for this
        // table from team to team; the rows take the stream's pooled blocks, which go back to the pool once they are added.
        var mine = _preparers.Value!;
        try
        {
            mine.Rows.Write(mine.Csv, team.Report, team.TeamId);
            mine.Csv.Flush();
        }
        catch
        {
            _preparers.Value = NewPreparer();   // a team that failed part-way leaves its part-row behind: the thread starts afresh
            throw;
        }
        var (blocks, length) = mine.Bytes.Take();
        return new DistrictTeamRows(this, blocks, length);
    }

    private Preparer NewPreparer()
    {
        var bytes = new RowBlockStream();
        return new Preparer(bytes, new CsvRowWriter(bytes, _formulas), new UnitCycleTables.TableRows(_table, _roster));
    }

    private sealed record Preparer(RowBlockStream Bytes, CsvRowWriter Csv, UnitCycleTables.TableRows Rows);

    /// <summary>Writes the next team's rows, made by this writer's <see cref="Prepare"/>: the same bytes as <see cref="Add(TeamCycleReport)"/>.</summary>
    /// <param name="rows">The team's rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> were made by another writer (another table, roster or formula rule).</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="rows"/> were added already (their blocks are reused).</exception>
    public void AddPrepared(DistrictTeamRows rows)
    {
        Guard.Against.Null(rows);
        Guard.Against.Unmet(ReferenceEquals(rows.Writer, this), nameof(rows), "The rows were made by another table's writer.");
        ObjectDisposedException.ThrowIf(_disposed, this);
        rows.AddTo(_csv);
    }

    /// <summary>Hands the buffered rows to the stream; the stream is left open.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _csv.Dispose();
        _preparers.Dispose();
    }
}

using System.Text;
using CsvHelper;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Roster files (<c>mathplc cycle --roster roster.csv</c>): one row per student, columns <c>student_id</c>,
/// <c>section_id</c>, <c>teacher_id</c>, and any further columns as the student's group attributes (<c>ell</c>,
/// <c>iep</c>, <c>sex</c>, …; an empty value means the student has no value for it). An optional column
/// <c>team_id</c> names the student's team in a district of several teams (decision 0106); it is not a group attribute.
/// </summary>
/// <remarks>
/// The file rules and shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>duplicate-student</c> (a student's second row: each student is in one section of the team), <c>empty-team</c> (a
/// row without a team id in a file with the <c>team_id</c> column). Students keep the
/// order of their rows.
/// <para>
/// A seekable stream (a file) of plain lines is read by the shared plain scan (<see cref="PlainCsvScan"/>, on every core
/// for a large file; issue 18, decision 0186): the same rows as the row reader, each with its line. At the first line the
/// scan does not vouch for — anything to unquote or trim, an empty id or team id, a student's second row — the stream is
/// read again by the row reader, so every diagnostic is its own.
/// </para>
/// </remarks>
public static class RosterCsv
{
    /// <summary>The optional column naming each student's team (<see cref="ReadWithTeams"/>).</summary>
    public const string TeamColumn = "team_id";

    private const int Student = 0, Section = 1, Teacher = 2, Team = 3, FirstAttribute = 4;
    private static readonly string[] Required = ["student_id", "section_id", "teacher_id"];

    /// <summary>Reads a roster file from a seekable stream, left open; every row comes back as a student or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot seek (the header is read first to learn the attribute columns).</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<RosterStudent> Read(Stream stream, string fileName) => Read(stream, fileName, static (student, _) => student);

    /// <summary>
    /// Reads a roster file with its optional <c>team_id</c> column from a seekable stream, left open: every row comes back as
    /// a student with its team id (null when the file has no such column) or its problems.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot seek (the header is read first to learn the attribute columns).</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<RosterRow> ReadWithTeams(Stream stream, string fileName) => Read(stream, fileName, static (student, team) => new RosterRow(student, team));

    private static CsvReadResult<T> Read<T>(Stream stream, string fileName, Func<RosterStudent, string?, T> make) where T : class
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The roster is read twice (header, then rows); give a stream that can seek.");
        long start = stream.Position;
        var (columns, teams) = Columns(Header(stream));
        stream.Position = start;
        if (TryScan(stream, fileName, columns, teams, make) is { } scanned) return scanned;
        stream.Position = start;
        return ReadRows(stream, fileName, columns, teams, make);
    }

    /// <summary>The columns a roster with this header is read by (the attributes after the ids and team), and whether it has the team column.</summary>
    private static (CsvColumns Columns, bool Teams) Columns(IReadOnlyList<string> header)
    {
        bool teams = header.Any(static h => string.Equals(h.Trim(), TeamColumn, StringComparison.OrdinalIgnoreCase));
        var attributes = header.Select(static h => h.Trim())
            .Where(h => h.Length > 0 && !Required.Contains(h, StringComparer.OrdinalIgnoreCase) && !string.Equals(h, TeamColumn, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return (new CsvColumns([.. Required.Select(static n => new CsvColumn(n, true)), new CsvColumn(TeamColumn, false),
            .. attributes.Select(static n => new CsvColumn(n, false))]), teams);
    }

    /// <summary>The row reader: every row parsed and checked, each problem named with its line.</summary>
    private static CsvReadResult<T> ReadRows<T>(Stream stream, string fileName, CsvColumns columns, bool teams, Func<RosterStudent, string?, T> make) where T : class
    {
        var seen = new HashSet<StudentId>();
        return CsvFileReader.Read(stream, fileName, columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Section, out SectionId section);
            ok &= row.TryId(Teacher, out TeacherId teacher);
            string? team = row.OptionalText(Team)?.Trim();
            if (teams && team is null)
            {
                row.Report(Team, "empty-team", "Every row needs a team id when the roster has the team_id column.");
                ok = false;
            }
            if (ok && !seen.Add(student))
            {
                row.Report(Student, "duplicate-student", $"The student {student} is on the roster already; each student is in one section of the team.");
                ok = false;
            }
            if (!ok) return null;
            var values = new List<KeyValuePair<string, string>>();
            for (int column = FirstAttribute; column < columns.All.Length; column++)
                if (row.OptionalText(column)?.Trim() is { } text) values.Add(new(columns.All[column].Name, text));
            return make(new RosterStudent(student, section, teacher, values), team);
        });
    }

    /// <summary>The row reader's result for a roster read from a seekable stream (the oracle of the plain scan's tests).</summary>
    internal static CsvReadResult<RosterRow> ReadRowsWithTeams(Stream stream, string fileName)
    {
        long start = stream.Position;
        var (columns, teams) = Columns(Header(stream));
        stream.Position = start;
        return ReadRows(stream, fileName, columns, teams, static (student, team) => new RosterRow(student, team));
    }

    /// <summary>The plain scan's reading of a roster with its team column, or null when it does not vouch for it (for the tests).</summary>
    internal static CsvReadResult<RosterRow>? TryScanWithTeams(Stream stream, string fileName)
    {
        long start = stream.Position;
        var (columns, teams) = Columns(Header(stream));
        stream.Position = start;
        return TryScan(stream, fileName, columns, teams, static (student, team) => new RosterRow(student, team));
    }

    /// <summary>
    /// The plain scan's reading of the file (issue 18, decision 0186), or null when it does not vouch for it: a header
    /// name to trim or empty, an empty id or team id, or a student's second row sends the file to the row reader.
    /// </summary>
    private static CsvReadResult<T>? TryScan<T>(Stream stream, string fileName, CsvColumns columns, bool teams, Func<RosterStudent, string?, T> make) where T : class
    {
        if (PlainCsvScan.ReadAll(stream, columns, positions => new Lines(positions, teams)) is not { } readers) return null;
        // The first stretch's table numbers every text; the others' are mapped into it, in file order.
        var texts = readers[0].Texts;
        var maps = readers.Select(r => r.Texts.NumbersIn(texts)).ToArray();
        var strings = new string[texts.Count];
        for (int t = 0; t < strings.Length; t++) strings[t] = Encoding.ASCII.GetString(texts[t]);
        var students = new StudentId?[texts.Count];
        var sections = new SectionId?[texts.Count];
        var teachers = new TeacherId?[texts.Count];
        int width = columns.All.Length;
        var rows = ImmutableArray.CreateBuilder<CsvRow<T>>(readers.Sum(r => r.Count));
        int line = 1;
        for (int r = 0; r < readers.Length; r++)
        {
            var reader = readers[r];
            var map = maps[r];
            for (int j = 0, at = 0; j < reader.Count; j++, at += width)
            {
                int student = map[reader.Cells[at + Student]], section = map[reader.Cells[at + Section]], teacher = map[reader.Cells[at + Teacher]];
                if (students[student] is not null) return null;   // a student's second row: the row reader names the line
                var id = StudentId.Create(strings[student]);
                students[student] = id;
                var values = new List<KeyValuePair<string, string>>(width - FirstAttribute);
                for (int column = FirstAttribute; column < width; column++)
                    if (reader.Cells[at + column] is >= 0 and var cell) values.Add(new(columns.All[column].Name, strings[map[cell]]));
                string? team = teams ? strings[map[reader.Cells[at + Team]]] : null;
                var entry = new RosterStudent(id, sections[section] ??= SectionId.Create(strings[section]), teachers[teacher] ??= TeacherId.Create(strings[teacher]), values);
                rows.Add(new CsvRow<T>(++line, make(entry, team)));
            }
        }
        return new CsvReadResult<T>(fileName, [], rows.MoveToImmutable());
    }

    /// <summary>One stretch's lines: every cell numbered by its bytes (−1 when empty or absent), a row's cells side by side.</summary>
    private sealed class Lines(ImmutableArray<int> positions, bool teams) : PlainCsvScan.LineReader
    {
        public IdTable Texts { get; } = new();
        public List<int> Cells { get; } = [];
        public int Count { get; private set; }

        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            if (!PlainCsvScan.Untrimmed(line, fields)) return false;
            for (int column = 0; column < positions.Length; column++)
            {
                int field = positions[column];
                var text = field < 0 ? [] : line[fields[field]];
                if (text.Length > 256) return false;
                if (text.IsEmpty && (column < Team || column == Team && teams)) return false;   // an empty id or team id: the row reader reports it
                Cells.Add(text.IsEmpty ? -1 : Texts.Index(text));
            }
            Count++;
            return true;
        }
    }

    /// <summary>Reads a roster file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<RosterStudent> ReadFile(string path) => InterventionCsvFile.Read(path, Read);

    /// <summary>Writes a roster as CSV: the three id columns, then one column per attribute name on the roster.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, Roster roster) => Write(output, roster, null);

    /// <summary>
    /// Writes a roster as CSV: the three id columns, then <c>team_id</c> when <paramref name="teamOf"/> is given, then one
    /// column per attribute name on the roster.
    /// </summary>
    /// <param name="output">The stream written to; left open.</param>
    /// <param name="roster">The roster.</param>
    /// <param name="teamOf">Each student's team id, or null for a roster without teams.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="roster"/> is null.</exception>
    public static void Write(Stream output, Roster roster, Func<RosterStudent, string>? teamOf)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(roster);
        var names = roster.AttributeNames();
        string[] header = teamOf is null ? [.. Required, .. names] : [.. Required, TeamColumn, .. names];
        CsvTable.Write(output, header, roster.Students.Select(s => (IReadOnlyList<string?>)(teamOf is null
            ? [s.Student.Value, s.Section.Value, s.Teacher.Value, .. names.Select(s.AttributeOrNull)]
            : [s.Student.Value, s.Section.Value, s.Teacher.Value, teamOf(s), .. names.Select(s.AttributeOrNull)])), CsvFormulas.Raw); // an input format MathPlc reads back: cells as they are
    }

    private static IReadOnlyList<string> Header(Stream stream)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',', HasHeader = true, Mode = CsvMode.Rfc4180, TrimWhitespace = true, MalformedData = CsvMalformedDataHandling.Recover,
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        return [.. reader.Headers];
    }
}

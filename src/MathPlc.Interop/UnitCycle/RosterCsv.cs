using CsvHelper;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Roster files (<c>mathplc cycle --roster roster.csv</c>): one row per student, columns <c>student_id</c>,
/// <c>section_id</c>, <c>teacher_id</c>, and any further columns as the student's group attributes (<c>ell</c>,
/// <c>iep</c>, <c>sex</c>, …; an empty value means the student has no value for it).
/// </summary>
/// <remarks>
/// The file rules and shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>duplicate-student</c> (a student's second row: each student is in one section of the team). Students keep the
/// order of their rows.
/// </remarks>
public static class RosterCsv
{
    private const int Student = 0, Section = 1, Teacher = 2;
    private static readonly string[] Required = ["student_id", "section_id", "teacher_id"];

    /// <summary>Reads a roster file from a seekable stream, left open; every row comes back as a student or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot seek (the header is read first to learn the attribute columns).</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<RosterStudent> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The roster is read twice (header, then rows); give a stream that can seek.");
        long start = stream.Position;
        var header = Header(stream);
        stream.Position = start;
        var attributes = header.Select(static h => h.Trim())
            .Where(h => h.Length > 0 && !Required.Contains(h, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var columns = new CsvColumns([.. Required.Select(static n => new CsvColumn(n, true)), .. attributes.Select(static n => new CsvColumn(n, false))]);
        var seen = new HashSet<StudentId>();
        return CsvFileReader.Read(stream, fileName, columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Section, out SectionId section);
            ok &= row.TryId(Teacher, out TeacherId teacher);
            if (ok && !seen.Add(student))
            {
                row.Report(Student, "duplicate-student", $"The student {student} is on the roster already; each student is in one section of the team.");
                ok = false;
            }
            if (!ok) return null;
            var values = new List<KeyValuePair<string, string>>();
            for (int column = Required.Length; column < columns.All.Length; column++)
                if (row.OptionalText(column)?.Trim() is { } text) values.Add(new(columns.All[column].Name, text));
            return new RosterStudent(student, section, teacher, values);
        });
    }

    /// <summary>Reads a roster file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<RosterStudent> ReadFile(string path) => InterventionCsvFile.Read(path, Read);

    /// <summary>Writes a roster as CSV: the three id columns, then one column per attribute name on the roster.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, Roster roster)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(roster);
        var names = roster.AttributeNames();
        CsvTable.Write(output, [.. Required, .. names], roster.Students.Select(s =>
            (IReadOnlyList<string?>)[s.Student.Value, s.Section.Value, s.Teacher.Value, .. names.Select(s.AttributeOrNull)]), CsvFormulas.Raw); // an input format MathPlc reads back: cells as they are
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

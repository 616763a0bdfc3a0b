using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Everything read from a OneRoster folder: the data that could be read, every problem found (each naming its file
/// and line), and notes counting the rows skipped by rule (deleted rows, other roles, classes outside the team's
/// courses).
/// </summary>
/// <remarks>
/// The <see cref="ReadResult{T}.Value"/> holds what could be read even when there are problems, so a tool can show
/// both; a caller that must not go on with partial data uses <see cref="ReadResult{T}.GetValueOrThrow"/>.
/// </remarks>
public sealed record OneRosterReadResult : ReadResult<OneRosterData>
{
    /// <summary>Collects what was read.</summary>
    /// <param name="version">The OneRoster version the manifest declares (e.g. <c>1.2</c>), or null when it declares none.</param>
    /// <param name="data">The data that could be read.</param>
    /// <param name="problems">Every problem, in the order the files were read.</param>
    /// <param name="notes">The rows skipped by rule, one note per file and reason with the count and first line.</param>
    /// <param name="classSchools">The school of each class on the roster that names one (<c>classes.csv</c>
    /// <c>schoolSourcedId</c>); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null, or a collection holds null.</exception>
    /// <exception cref="ArgumentException">A class in <paramref name="classSchools"/> is not a section of the roster, or is given twice.</exception>
    public OneRosterReadResult(string? version, OneRosterData data, IEnumerable<DataDiagnostic> problems, IEnumerable<DataDiagnostic> notes,
        IEnumerable<OneRosterClassSchool>? classSchools = null)
        : base(Guard.Against.Null(data), Guard.Against.NullOrNullElements(problems), Guard.Against.NullOrNullElements(notes))
    {
        Version = version;
        ClassSchools = Guard.Against.NullOrNullElements(classSchools ?? [], nameof(classSchools));
        var sections = data.Roster.Sections.ToHashSet();
        var seen = new HashSet<SectionId>();
        foreach (var (section, _) in ClassSchools)
            Guard.Against.Unmet(sections.Contains(section) && seen.Add(section), nameof(classSchools),
                $"The class {section} must be a section of the roster, given once.");
    }

    /// <summary>The OneRoster version the manifest declares, or null.</summary>
    public string? Version { get; }

    /// <summary>
    /// The school of each class on the roster that names one (<c>classes.csv</c> <c>schoolSourcedId</c>), in roster
    /// order. A course taught in several schools is several PLC teams: <see cref="TeamsBySchool"/>.
    /// </summary>
    public ValueArray<OneRosterClassSchool> ClassSchools { get; }

    /// <summary>
    /// Each student's team when the roster's classes are in more than one school — a PLC team is the teachers of one
    /// course at one school, so the team id is the school's <c>sourcedId</c> — or null when they are in one school or
    /// name none (the folder is one team's). The reader reports a class without a school beside classes in several
    /// schools as the problem <c>missing-school</c>; such a class's students are left out here.
    /// </summary>
    public IReadOnlyDictionary<StudentId, string>? TeamsBySchool()
    {
        var schoolOf = ClassSchools.ToDictionary(c => c.Class, c => c.School);
        if (schoolOf.Values.Distinct(StringComparer.Ordinal).Count() < 2) return null;
        return Value.Roster.Students.Where(s => schoolOf.ContainsKey(s.Section)).ToDictionary(s => s.Student, s => schoolOf[s.Section]);
    }
}

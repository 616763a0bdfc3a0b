using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// An Ed-Fi folder as read: its resources (the <see cref="ReadResult{T}.Value"/>), the team's roster built from them
/// (each student in one section, taught by the section's teacher of record, with <c>ell</c>, <c>gender</c> and
/// <c>iep</c> attributes where the district records them), and every problem found, each naming the file, line and
/// JSON path.
/// </summary>
/// <remarks>
/// A roster that could not be built is a problem of its own (<c>empty-roster</c>) when nothing else explains it, so
/// <see cref="Roster"/> is never null when <see cref="ReadResult{T}.HasErrors"/> is false; <see cref="GetRosterOrThrow"/>
/// gives both.
/// </remarks>
public sealed record EdFiReadResult : ReadResult<EdFiData>
{
    /// <summary>Creates the value.</summary>
    /// <param name="data">The resources that could be read.</param>
    /// <param name="roster">The roster, or null when it could not be built.</param>
    /// <param name="problems">Every problem found.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="roster"/> is null, or a list holds null.</exception>
    public EdFiReadResult(EdFiData data, Roster? roster, IEnumerable<DataDiagnostic> problems)
        : base(Guard.Against.Null(data), WithRosterProblem(roster, Guard.Against.NullOrNullElements(problems, nameof(problems))), [])
    {
        Roster = roster;
    }

    /// <summary>The roster, or null when it could not be built.</summary>
    public Roster? Roster { get; }

    /// <summary>The resources and the roster, when everything read and matched.</summary>
    /// <exception cref="DataFileException">Something could not be read; the exception carries every problem.</exception>
    public (EdFiData Data, Roster Roster) GetRosterOrThrow() => (GetValueOrThrow(), Roster!);

    /// <summary>
    /// Each roster student's team when the folder's sections are in more than one school — a PLC team is the teachers of
    /// one course at one school, so the team id is the section's <c>schoolId</c> (decision 0141, as OneRoster's
    /// <see cref="OneRoster.OneRosterReadResult.TeamsBySchool"/>) — or null when they are in one school (the folder is one
    /// team's) or the roster could not be built. A section without a school beside sections in several schools is the
    /// problem <c>missing-school</c>.
    /// </summary>
    public IReadOnlyDictionary<StudentId, string>? TeamsBySchool()
    {
        if (Roster is null) return null;
        var schoolOf = new Dictionary<StudentId, string>();
        foreach (var enrollment in Value.StudentSections) schoolOf.TryAdd(new StudentId(enrollment.Person), enrollment.Section.SchoolId);
        var teams = Roster.Students.ToDictionary(s => s.Student, s => schoolOf[s.Student]);
        return teams.Values.Where(school => school.Length > 0).Distinct(StringComparer.Ordinal).Skip(1).Any() ? teams : null;
    }

    private static ImmutableArray<DataDiagnostic> WithRosterProblem(Roster? roster, ImmutableArray<DataDiagnostic> problems) =>
        roster is null && problems.IsEmpty
            ? [new DataDiagnostic("empty-roster", "no student is in a section", EdFiFiles.StudentSectionAssociations)]
            : problems;
}

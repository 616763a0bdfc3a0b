namespace MathPlc.Core;

/// <summary>
/// The students a team teaches, each once, with their section, teacher and group attributes: what a team's
/// results are read by (teacher, section, student group).
/// </summary>
/// <remarks>
/// Invariants: no student appears twice, and a section has one teacher. Students keep the order given;
/// <see cref="Sections"/> and <see cref="Teachers"/> are distinct and sorted ordinally. Two rosters with the same
/// students in the same order are equal.
/// </remarks>
public sealed record Roster
{
    private readonly Dictionary<StudentId, int> _indexByStudent;

    /// <summary>Creates a roster.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="students"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A student appears twice, or a section is given two teachers.</exception>
    public Roster(IEnumerable<RosterStudent> students)
    {
        Guard.Against.Null(students);
        var all = Guard.Against.NullOrNullElements(students, nameof(students));
        _indexByStudent = new Dictionary<StudentId, int>(all.Length);
        var teacherBySection = new Dictionary<SectionId, TeacherId>();
        for (var i = 0; i < all.Length; i++)
        {
            var entry = all[i];
            Guard.Against.Unmet(_indexByStudent.TryAdd(entry.Student, i), nameof(students), $"Student {entry.Student} is on the roster twice.");
            if (teacherBySection.TryGetValue(entry.Section, out var teacher))
            {
                Guard.Against.Unmet(teacher == entry.Teacher, nameof(students),
                    $"Section {entry.Section} has two teachers on the roster: {teacher} and {entry.Teacher} (student {entry.Student}).");
            }
            else
            {
                teacherBySection.Add(entry.Section, entry.Teacher);
            }
        }
        Students = all;
        Sections = [.. teacherBySection.Keys.Order()];
        Teachers = [.. teacherBySection.Values.Distinct().Order()];
    }

    /// <summary>The students, in the order given.</summary>
    public ValueArray<RosterStudent> Students { get; }

    /// <summary>The distinct sections, sorted.</summary>
    public ValueArray<SectionId> Sections { get; }

    /// <summary>The distinct teachers, sorted.</summary>
    public ValueArray<TeacherId> Teachers { get; }

    /// <summary>The number of students.</summary>
    public int Count => Students.Length;

    /// <summary>Whether the student is on the roster.</summary>
    public bool Contains(StudentId student) => _indexByStudent.ContainsKey(student);

    /// <summary>The student's roster entry, or null when the student is not on the roster.</summary>
    public RosterStudent? Find(StudentId student) =>
        _indexByStudent.TryGetValue(student, out var index) ? Students[index] : null;

    /// <summary>The distinct names of group attributes any student has, sorted ordinally.</summary>
    public ImmutableArray<string> AttributeNames()
    {
        // One loop, not LINQ: team data numbers a roster's groups once per team, and this was three quarters of it (issue 18).
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var student in Students)
            foreach (var name in student.Attributes.Keys)
                if (seen.Add(name)) names.Add(name);   // the first spelling of each name, ignoring case
        names.Sort(StringComparer.Ordinal);
        return [.. names];
    }

    // Hand-written equality: the index by student is a cache derived from Students (as are Sections and Teachers),
    // and a dictionary compares by reference, so only Students takes part.

    /// <inheritdoc/>
    public bool Equals(Roster? other) => other is not null && Students == other.Students;

    /// <inheritdoc/>
    public override int GetHashCode() => Students.GetHashCode();
}

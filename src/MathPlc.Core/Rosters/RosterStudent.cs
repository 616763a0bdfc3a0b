namespace MathPlc.Core;

/// <summary>
/// One student on a team's roster: the section they are taught in, the teacher of that section, and optional
/// group attributes (for example <c>ell = yes</c>, <c>iep = no</c>, <c>gender = f</c>) by which a team reads its
/// results for student groups.
/// </summary>
/// <remarks>
/// Invariants: the identifiers are not the default (empty) value; attribute names are trimmed, not blank and
/// unique ignoring case (kept as given, sorted ordinally); attribute values are trimmed and not blank (a student
/// with no value for an attribute simply lacks it). Two students with the same content are equal.
/// </remarks>
public sealed record RosterStudent
{
    /// <summary>Creates a roster entry.</summary>
    /// <param name="student">The student.</param>
    /// <param name="section">The section (class period) the student is taught in.</param>
    /// <param name="teacher">The section's teacher.</param>
    /// <param name="attributes">Group attributes by name; none by default.</param>
    /// <exception cref="ArgumentException">An identifier is the default value, or an attribute name or value is blank or a name repeats.</exception>
    public RosterStudent(StudentId student, SectionId section, TeacherId teacher, IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        Guard.Against.Unmet(student.Value is not null, nameof(student), "The student id must not be the default (empty) value.");
        Guard.Against.Unmet(section.Value is not null, nameof(section), "The section id must not be the default (empty) value.");
        Guard.Against.Unmet(teacher.Value is not null, nameof(teacher), "The teacher id must not be the default (empty) value.");
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in attributes ?? [])
        {
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(name), nameof(attributes), $"Student {student}: an attribute name must not be empty or white space.");
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(value), nameof(attributes), $"Student {student}: the value of attribute \"{name}\" must not be empty or white space.");
            var trimmed = name.Trim();
            Guard.Against.Unmet(seen.Add(trimmed), nameof(attributes), $"Student {student}: the attribute \"{trimmed}\" is given twice.");
            builder.Add(trimmed, value.Trim());
        }
        Student = student;
        Section = section;
        Teacher = teacher;
        Attributes = builder.ToImmutable();
    }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>The section the student is taught in.</summary>
    public SectionId Section { get; }

    /// <summary>The section's teacher.</summary>
    public TeacherId Teacher { get; }

    /// <summary>Group attributes by name, sorted ordinally.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; }

    /// <summary>The value of a group attribute (name matched ignoring case), or null when the student lacks it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? AttributeOrNull(string name)
    {
        Guard.Against.Null(name);
        foreach (var (key, value) in Attributes)
        {
            if (string.Equals(key, name.Trim(), StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return null;
    }

    // Hand-written equality: Attributes is an ImmutableSortedDictionary, which compares by reference; equality is by
    // its sorted content (a value-equal collection in Core is a list, not a map).

    /// <inheritdoc/>
    public bool Equals(RosterStudent? other) =>
        other is not null && Student == other.Student && Section == other.Section && Teacher == other.Teacher
        && Attributes.SequenceEqual(other.Attributes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Student);
        hash.Add(Section);
        hash.Add(Teacher);
        foreach (var (key, value) in Attributes)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }
}

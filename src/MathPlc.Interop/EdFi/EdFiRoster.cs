using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// The team's roster from Ed-Fi resources: a student is in the section of their student section association (one only),
/// taught by the section's teacher of record (one only), with the attributes <c>ell</c> and <c>gender</c> from their
/// student education organization association and <c>iep</c> from special education program associations when those
/// files are given. Students keep the order of their section associations.
/// </summary>
internal static class EdFiRoster
{
    public static Roster? Build(EdFiData data, List<DataDiagnostic> problems, string statusFile)
    {
        int before = problems.Count;
        var teacherOf = new Dictionary<EdFiSectionKey, TeacherId>();
        foreach (var staff in data.StaffSections.Where(s => s.IsTeacherOfRecord))
            if (!teacherOf.TryAdd(staff.Section, new TeacherId(staff.Person)) && staff.Source is { } source)
                problems.Add(source.Problem("several-teachers-of-record",
                    $"The section {staff.Section.SectionIdentifier} has {teacherOf[staff.Section]} as its teacher of record already; the team's data is by one teacher per section.",
                    source.Path + ".classroomPositionDescriptor", staff.ClassroomPosition));
        foreach (var section in data.Sections.Where(s => !teacherOf.ContainsKey(s.Key)))
            problems.Add((section.Source ?? new EdFiSource(EdFiFiles.Sections, "$", null)).Problem("no-teacher-of-record",
                $"The section {section.Key} has no staff section association with classroomPositionDescriptor \"{EdFiSectionAssociation.TeacherOfRecord}\" in {EdFiFiles.StaffSectionAssociations}.",
                value: section.Key.SectionIdentifier));

        var statusOf = new Dictionary<StudentId, EdFiStudentStatus>();
        foreach (var status in data.Statuses)
            if (statusOf.TryGetValue(status.Student, out var first) && (first.EnglishLearner != status.EnglishLearner || first.Gender != status.Gender))
                problems.Add((status.Source ?? new EdFiSource(statusFile, "$", null)).Problem("conflicting-status",
                    $"The student {status.Student} has another association with a different sex or English-learner status.", value: status.Student.Value));
            else statusOf.TryAdd(status.Student, status);
        var iep = data.SpecialEducation?.ToHashSet();

        // A district's folder holds several schools' sections (decision 0141): each school's sections are its own PLC team's,
        // so a section in no school beside sections in several cannot be put in a team.
        if (data.Sections.Select(s => s.Key.SchoolId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Skip(1).Any())
            foreach (var section in data.Sections.Where(s => s.Key.SchoolId.Length == 0))
                problems.Add((section.Source ?? new EdFiSource(EdFiFiles.Sections, "$", null)).Problem("missing-school",
                    $"The section {section.Key.SectionIdentifier} names no school, but the folder's sections are in several schools; a PLC team is one school's, so its students could not be put in a team.",
                    value: section.Key.SectionIdentifier));
        var sectionIds = SectionIds(data.Sections.Select(s => s.Key));

        var students = new List<RosterStudent>();
        var sectionOf = new Dictionary<StudentId, EdFiSectionKey>();
        foreach (var enrollment in data.StudentSections)
        {
            var student = new StudentId(enrollment.Person);
            if (!sectionOf.TryAdd(student, enrollment.Section))
            {
                if (sectionOf[student] != enrollment.Section && enrollment.Source is { } source)
                    problems.Add(source.Problem("several-sections", $"The student {student} is in section {sectionOf[student].SectionIdentifier} already; each student is in one section of the team.",
                        source.Path + ".sectionReference.sectionIdentifier", enrollment.Section.SectionIdentifier));
                continue;
            }
            if (!teacherOf.TryGetValue(enrollment.Section, out var teacher)) continue;
            var attributes = new List<KeyValuePair<string, string>>();
            if (statusOf.TryGetValue(student, out var status))
            {
                if (status.EnglishLearner is { } ell) attributes.Add(new("ell", ell));
                if (status.Gender is { } gender) attributes.Add(new("gender", gender));
            }
            if (iep is not null) attributes.Add(new("iep", iep.Contains(student) ? "yes" : "no"));
            students.Add(new RosterStudent(student, sectionIds.GetValueOrDefault(enrollment.Section, new SectionId(enrollment.Section.SectionIdentifier)), teacher, attributes));
        }
        return problems.Count > before || students.Count == 0 ? null : new Roster(students);
    }

    /// <summary>
    /// Each section's id on the roster: its <c>sectionIdentifier</c>, or — only when a section of another school has the
    /// same identifier (Ed-Fi identifiers are unique within a school, course and session, not across a district; the reader
    /// refuses a repeat within one school) — the school and the identifier (<c>255901001/S-1</c>), so two schools' sections
    /// are never one section and a one-school folder's ids are what they always were.
    /// </summary>
    internal static Dictionary<EdFiSectionKey, SectionId> SectionIds(IEnumerable<EdFiSectionKey> keys)
    {
        var ids = new Dictionary<EdFiSectionKey, SectionId>();
        foreach (var same in keys.Distinct().GroupBy(k => k.SectionIdentifier, StringComparer.Ordinal))
        {
            bool repeated = same.Skip(1).Any();
            foreach (var key in same)
                ids[key] = new SectionId(repeated ? $"{key.SchoolId}/{key.SectionIdentifier}" : key.SectionIdentifier);
        }
        return ids;
    }
}

using System.Globalization;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.EdFi;

/// <summary>Reads an Ed-Fi folder resource by resource, checking every reference against the resources it names.</summary>
internal sealed class EdFiFolderReader
{
    private readonly string _folder;
    private readonly List<DataDiagnostic> _problems = [];

    private EdFiFolderReader(string folder) => _folder = folder;

    public static EdFiReadResult Read(string folder)
    {
        var reader = new EdFiFolderReader(folder);
        return reader.ReadAll();
    }

    private EdFiReadResult ReadAll()
    {
        foreach (string name in EdFiFiles.Required)
            if (!File.Exists(PathOf(name)))
                _problems.Add(new DataDiagnostic("missing-file", $"an Ed-Fi folder for the unit cycle needs {name} (the JSON array GET /ed-fi/{name[..^5]} returns)", PathOf(name)));

        var students = Students();
        var studentIds = students.Select(s => s.Id).ToHashSet();
        var sections = Sections();
        var sectionKeys = sections.Select(s => s.Key).ToHashSet();
        var studentSections = Associations(EdFiFiles.StudentSectionAssociations, "studentReference", "studentUniqueId", studentIds, sectionKeys);
        var staffSections = Associations(EdFiFiles.StaffSectionAssociations, "staffReference", "staffUniqueId", null, sectionKeys);
        var statuses = Statuses(studentIds);
        var specialEducation = SpecialEducation(studentIds);
        var standards = LearningStandards();
        var standardIds = File.Exists(PathOf(EdFiFiles.LearningStandards)) ? standards.Select(s => s.Id).ToHashSet() : null;
        var assessments = Assessments();
        var assessmentIds = assessments.Select(a => a.Identifier).ToHashSet(StringComparer.Ordinal);
        var items = Parts(EdFiFiles.AssessmentItems, assessmentIds, standardIds);
        var objectives = Parts(EdFiFiles.ObjectiveAssessments, assessmentIds, standardIds);
        var inTeam = studentSections.Select(a => a.Person).ToHashSet(StringComparer.Ordinal);
        var studentAssessments = StudentAssessments(studentIds, inTeam, assessmentIds, items, objectives);

        var data = new EdFiData(students, sections, studentSections, staffSections, statuses, specialEducation, standards, assessments, items, objectives, studentAssessments);
        var roster = EdFiRoster.Build(data, _problems, PathOf(EdFiFiles.StudentEducationOrganizationAssociations));
        return new EdFiReadResult(data, roster, _problems);
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>The resources of file <paramref name="name"/> (none when it is absent or unreadable), each with its path and source.</summary>
    private IEnumerable<(EdFiResourceFile File, JsonElement Resource, string Path, EdFiSource Source)> Resources(string name)
    {
        string path = PathOf(name);
        if (!File.Exists(path) || EdFiResourceFile.Read(path, path, _problems) is not { } file) yield break;
        for (int i = 0; i < file.Resources.Length; i++)
            yield return (file, file.Resources[i], EdFiResourceFile.PathOf(i), file.Source(i));
    }

    private List<EdFiStudent> Students()
    {
        var list = new List<EdFiStudent>();
        var seen = new HashSet<StudentId>();
        foreach (var (file, r, at, source) in Resources(EdFiFiles.Students))
        {
            if (file.Text(r, at, "studentUniqueId", true) is not { } id) continue;
            if (!seen.Add(new StudentId(id)))
            {
                file.Report("duplicate-id", $"The student {id} is in the file already.", JsonPath.Property(at, "studentUniqueId"), id);
                continue;
            }
            list.Add(new EdFiStudent(new StudentId(id), file.Text(r, at, "firstName", false), file.Text(r, at, "lastSurname", false), source));
        }
        return list;
    }

    private List<EdFiSection> Sections()
    {
        var list = new List<EdFiSection>();
        // Ed-Fi identifiers are unique within a school (with its course and session), not across a district's folder.
        var seen = new Dictionary<(string Id, string School), EdFiSectionKey>();
        foreach (var (file, r, at, source) in Resources(EdFiFiles.Sections))
        {
            if (file.Text(r, at, "sectionIdentifier", true) is not { } id) continue;
            var offering = file.Object(r, at, "courseOfferingReference", false);
            string offeringPath = JsonPath.Property(at, "courseOfferingReference");
            var key = offering is { } o
                ? new EdFiSectionKey(id, Field(file, o, offeringPath, "localCourseCode"), Field(file, o, offeringPath, "schoolId"),
                    Field(file, o, offeringPath, "schoolYear"), Field(file, o, offeringPath, "sessionName"))
                : new EdFiSectionKey(id, "", "", "", "");
            if (!seen.TryAdd((id, key.SchoolId), key))
            {
                var first = seen[(id, key.SchoolId)];
                file.Report("duplicate-id", first == key ? $"The section {key} is in the file already."
                    : $"Two sections of one school have the identifier {id} ({first} and {key}); a school's sections are told apart by sectionIdentifier.",
                    JsonPath.Property(at, "sectionIdentifier"), id);
                continue;
            }
            list.Add(new EdFiSection(key, source));
        }
        return list;
    }

    private static string Field(EdFiResourceFile file, JsonElement parent, string path, string name) => file.Text(parent, path, name, false) ?? "";

    /// <summary>A section reference: its key (fields not given are empty), or null when it is missing.</summary>
    private static EdFiSectionKey? SectionReference(EdFiResourceFile file, JsonElement resource, string at)
    {
        if (file.Object(resource, at, "sectionReference", true) is not { } reference) return null;
        string path = JsonPath.Property(at, "sectionReference");
        if (file.Text(reference, path, "sectionIdentifier", true) is not { } id) return null;
        return new EdFiSectionKey(id, Field(file, reference, path, "localCourseCode"), Field(file, reference, path, "schoolId"),
            Field(file, reference, path, "schoolYear"), Field(file, reference, path, "sessionName"));
    }

    /// <summary>The sections a reference names: the same key, where a field the reference leaves empty matches any.</summary>
    private static List<EdFiSectionKey> Matches(EdFiSectionKey reference, HashSet<EdFiSectionKey> sections) =>
        sections.Contains(reference) ? [reference] : [.. sections.Where(s => s.SectionIdentifier == reference.SectionIdentifier
            && (reference.LocalCourseCode.Length == 0 || reference.LocalCourseCode == s.LocalCourseCode)
            && (reference.SchoolId.Length == 0 || reference.SchoolId == s.SchoolId)
            && (reference.SchoolYear.Length == 0 || reference.SchoolYear == s.SchoolYear)
            && (reference.SessionName.Length == 0 || reference.SessionName == s.SessionName))];

    private List<EdFiSectionAssociation> Associations(string name, string personReference, string personField, HashSet<StudentId>? students, HashSet<EdFiSectionKey> sections)
    {
        var list = new List<EdFiSectionAssociation>();
        foreach (var (file, r, at, source) in Resources(name))
        {
            string referencePath = JsonPath.Property(at, personReference);
            string? person = file.Object(r, at, personReference, true) is { } p ? file.Text(p, referencePath, personField, true) : null;
            var section = SectionReference(file, r, at);
            string? position = students is null ? file.Text(r, at, "classroomPositionDescriptor", true) : null;
            if (person is null || section is not { } key) continue;
            bool ok = true;
            if (students is not null && !students.Contains(new StudentId(person)))
            {
                file.Report("unknown-student", $"The student {person} is not in {EdFiFiles.Students}.", JsonPath.Property(referencePath, personField), person);
                ok = false;
            }
            var matches = Matches(key, sections);
            if (matches.Count != 1)
            {
                // A district's folder may hold one identifier in several schools: a reference without its schoolId names none of them.
                file.Report(matches.Count == 0 ? "unknown-section" : "ambiguous-section", matches.Count == 0
                    ? $"The section {key} is not in {EdFiFiles.Sections}."
                    : $"The section {key} matches {matches.Count} sections of {EdFiFiles.Sections} (schools {string.Join(", ", matches.Select(m => m.SchoolId).Order(StringComparer.Ordinal))}); give the reference's schoolId.",
                    JsonPath.Property(at, "sectionReference"), key.SectionIdentifier);
                ok = false;
            }
            else if (ok) list.Add(new EdFiSectionAssociation(person, matches[0], position, source));
        }
        return list;
    }

    private List<EdFiStudentStatus> Statuses(HashSet<StudentId> students)
    {
        var list = new List<EdFiStudentStatus>();
        foreach (var (file, r, at, source) in Resources(EdFiFiles.StudentEducationOrganizationAssociations))
        {
            if (StudentOf(file, r, at, students) is not { } student) continue;
            list.Add(new EdFiStudentStatus(student, file.Text(r, at, "sexDescriptor", false), file.Text(r, at, "limitedEnglishProficiencyDescriptor", false), source));
        }
        return list;
    }

    private List<StudentId>? SpecialEducation(HashSet<StudentId> students)
    {
        if (!File.Exists(PathOf(EdFiFiles.StudentSpecialEducationProgramAssociations))) return null;
        var list = new List<StudentId>();
        foreach (var (file, r, at, _) in Resources(EdFiFiles.StudentSpecialEducationProgramAssociations))
            if (StudentOf(file, r, at, students) is { } student && !list.Contains(student)) list.Add(student);
        return list;
    }

    /// <summary>The student a <c>studentReference</c> names, reported when missing or not in students.json.</summary>
    private static StudentId? StudentOf(EdFiResourceFile file, JsonElement resource, string at, HashSet<StudentId> students)
    {
        string referencePath = JsonPath.Property(at, "studentReference");
        if (file.Object(resource, at, "studentReference", true) is not { } reference
            || file.Text(reference, referencePath, "studentUniqueId", true) is not { } id) return null;
        if (students.Contains(new StudentId(id))) return new StudentId(id);
        file.Report("unknown-student", $"The student {id} is not in {EdFiFiles.Students}.", JsonPath.Property(referencePath, "studentUniqueId"), id);
        return null;
    }

    private List<EdFiLearningStandard> LearningStandards()
    {
        var list = new List<EdFiLearningStandard>();
        var seen = new HashSet<TargetId>();
        foreach (var (file, r, at, source) in Resources(EdFiFiles.LearningStandards))
        {
            if (file.Text(r, at, "learningStandardId", true) is not { } id) continue;
            if (!seen.Add(new TargetId(id))) file.Report("duplicate-id", $"The learning standard {id} is in the file already.", JsonPath.Property(at, "learningStandardId"), id);
            else list.Add(new EdFiLearningStandard(new TargetId(id), file.Text(r, at, "description", false), source));
        }
        return list;
    }

    private List<EdFiAssessment> Assessments()
    {
        var list = new List<EdFiAssessment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, r, at, source) in Resources(EdFiFiles.Assessments))
        {
            string? id = file.Text(r, at, "assessmentIdentifier", true), ns = file.Text(r, at, "namespace", true);
            if (id is null || ns is null) continue;
            if (!seen.Add(id)) file.Report("duplicate-id", $"The assessment {id} is in the file already.", JsonPath.Property(at, "assessmentIdentifier"), id);
            else list.Add(new EdFiAssessment(id, ns, file.Text(r, at, "assessmentTitle", false), file.NonNegative(r, at, "maxRawScore"), source));
        }
        return list;
    }

    /// <summary>The assessment an <c>assessmentReference</c> (or <paramref name="referenceName"/>) names, reported when unknown.</summary>
    private static string? AssessmentOf(EdFiResourceFile file, JsonElement resource, string at, HashSet<string> assessments, string referenceName = "assessmentReference")
    {
        string referencePath = JsonPath.Property(at, referenceName);
        if (file.Object(resource, at, referenceName, true) is not { } reference
            || file.Text(reference, referencePath, "assessmentIdentifier", true) is not { } id) return null;
        if (assessments.Contains(id)) return id;
        file.Report("unknown-assessment", $"The assessment {id} is not in {EdFiFiles.Assessments}.", JsonPath.Property(referencePath, "assessmentIdentifier"), id);
        return null;
    }

    private List<EdFiAssessmentPart> Parts(string name, HashSet<string> assessments, HashSet<TargetId>? standards)
    {
        var list = new List<EdFiAssessmentPart>();
        var seen = new HashSet<(string, string)>();
        foreach (var (file, r, at, source) in Resources(name))
        {
            string? assessment = AssessmentOf(file, r, at, assessments);
            string? code = file.Text(r, at, "identificationCode", true);
            double? max = file.NonNegative(r, at, "maxRawScore");
            var targets = new List<TargetId>();
            int i = 0;
            foreach (string id in file.LearningStandards(r, at))
            {
                string path = JsonPath.Property(JsonPath.Index(JsonPath.Property(at, "learningStandards"), i++), "learningStandardReference") + ".learningStandardId";
                if (standards is not null && !standards.Contains(new TargetId(id)))
                    file.Report("unknown-learning-standard", $"The learning standard {id} is not in {EdFiFiles.LearningStandards}.", path, id);
                else targets.Add(new TargetId(id));
            }
            if (assessment is null || code is null) continue;
            if (!seen.Add((assessment, code))) file.Report("duplicate-id", $"{code} of assessment {assessment} is in the file already.", JsonPath.Property(at, "identificationCode"), code);
            else list.Add(new EdFiAssessmentPart(assessment, code, max, targets, source));
        }
        return list;
    }

    private List<EdFiStudentAssessment> StudentAssessments(HashSet<StudentId> students, HashSet<string> inTeam, HashSet<string> assessments,
        List<EdFiAssessmentPart> items, List<EdFiAssessmentPart> objectives)
    {
        var list = new List<EdFiStudentAssessment>();
        var itemOf = items.ToDictionary(i => (i.AssessmentIdentifier, i.IdentificationCode));
        var objectiveOf = objectives.ToDictionary(o => (o.AssessmentIdentifier, o.IdentificationCode));
        foreach (var (file, r, at, source) in Resources(EdFiFiles.StudentAssessments))
        {
            string? id = file.Text(r, at, "studentAssessmentIdentifier", true);
            string? assessment = AssessmentOf(file, r, at, assessments);
            var student = StudentOf(file, r, at, students);
            if (student is { } s && !inTeam.Contains(s.Value))
            {
                file.Report("student-not-in-section", $"The student {s} is in no section of {EdFiFiles.StudentSectionAssociations}, so not on the team's roster.",
                    JsonPath.Property(at, "studentReference") + ".studentUniqueId", s.Value);
                student = null;
            }
            LocalDate? date = AdministrationDate(file, r, at);
            var scores = Scores(file, r, at, "items", "assessmentItemReference", assessment, itemOf, ItemScore);
            var objectiveScores = Scores(file, r, at, "studentObjectiveAssessments", "objectiveAssessmentReference", assessment, objectiveOf, ObjectiveScore);
            if (id is null || assessment is null || student is not { } who) continue;
            list.Add(new EdFiStudentAssessment(id, assessment, who, date, scores, objectiveScores, source));
        }
        return list;
    }

    private static LocalDate? AdministrationDate(EdFiResourceFile file, JsonElement r, string at)
    {
        if (file.Text(r, at, "administrationDate", false) is not { } text) return null;
        var parsed = LocalDatePattern.Iso.Parse(text.Length >= 10 ? text[..10] : text);
        if (parsed.Success) return parsed.Value;
        file.Report("bad-date", "administrationDate must be an ISO 8601 date and time (2025-10-03T09:00:00Z).", JsonPath.Property(at, "administrationDate"), text);
        return null;
    }

    private static List<EdFiPartScore> Scores(EdFiResourceFile file, JsonElement r, string at, string collection, string referenceName, string? assessment,
        Dictionary<(string, string), EdFiAssessmentPart> parts, Func<EdFiResourceFile, JsonElement, string, double?> score)
    {
        var list = new List<EdFiPartScore>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string kind = collection == "items" ? "item" : "objective assessment";
        foreach (var (element, path) in file.Array(r, at, collection))
        {
            string referencePath = JsonPath.Property(path, referenceName);
            if (file.Object(element, path, referenceName, true) is not { } reference
                || file.Text(reference, referencePath, "identificationCode", true) is not { } code) continue;
            string? referenced = file.Text(reference, referencePath, "assessmentIdentifier", false) ?? assessment;
            double? points = score(file, element, path);
            if (assessment is null) continue;
            if (referenced != assessment || !parts.TryGetValue((assessment, code), out var part))
            {
                file.Report("unknown-item", $"The {kind} {code} is not a{(kind == "item" ? "n item" : "n objective assessment")} of assessment {assessment} in {(kind == "item" ? EdFiFiles.AssessmentItems : EdFiFiles.ObjectiveAssessments)}.",
                    JsonPath.Property(referencePath, "identificationCode"), code);
                continue;
            }
            if (!seen.Add(code))
            {
                file.Report("duplicate-score", $"The {kind} {code} has a second score in this student assessment.", JsonPath.Property(referencePath, "identificationCode"), code);
                continue;
            }
            string scorePath = kind == "item" ? JsonPath.Property(path, "rawScoreResult") : JsonPath.Property(path, "scoreResults");
            if (points is { } p && part.MaxRawScore is { } max && p > max)
            {
                file.Report("off-scale", $"{Number(p)} points is more than the maxRawScore {Number(max)} of {kind} {code}.", scorePath, Number(p));
                continue;
            }
            list.Add(new EdFiPartScore(code, points, scorePath));
        }
        return list;
    }

    private static double? ItemScore(EdFiResourceFile file, JsonElement element, string path) => file.NonNegative(element, path, "rawScoreResult");

    /// <summary>The raw score among an objective's <c>scoreResults</c> (reporting method <c>Raw score</c>), or null.</summary>
    private static double? ObjectiveScore(EdFiResourceFile file, JsonElement element, string path)
    {
        foreach (var (result, at) in file.Array(element, path, "scoreResults"))
            if (EdFiDescriptor.Is(file.Text(result, at, "assessmentReportingMethodDescriptor", true), EdFiResults.RawScore))
                return file.NonNegative(result, at, "result", required: true);
        return null;
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

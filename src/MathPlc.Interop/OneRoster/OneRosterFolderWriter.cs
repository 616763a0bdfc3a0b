using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.OneRoster;

/// <summary>Writes <see cref="OneRosterData"/> as OneRoster 1.2 CSV files; see <see cref="OneRosterFolder.Write(string, OneRosterData, string?)"/>.</summary>
internal static class OneRosterFolderWriter
{
    private static readonly string[] UsersHeader =
    [
        "sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName",
        "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds",
        "preferredGivenName", "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
    ];

    private static readonly string[] ClassesHeader =
    [
        "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location",
        "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods",
    ];

    private static readonly string[] EnrollmentsHeader =
        ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"];

    private static readonly string[] LineItemsHeader =
    [
        "sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate", "classSourcedId",
        "categorySourcedId", "academicSessionSourcedId", "resultValueMin", "resultValueMax", "schoolSourcedId",
    ];

    private static readonly string[] ResultsHeader =
    [
        "sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score", "scoreDate",
        "comment", "textScore", "classSourcedId", "inProgress", "incomplete", "late", "missing",
    ];

    private static readonly string[] LineItemObjectivesHeader = ["sourcedId", "status", "dateLastModified", "lineItemSourcedId", "source", "learningObjectiveId"];

    private static readonly string[] ResultObjectivesHeader =
        ["sourcedId", "status", "dateLastModified", "resultSourcedId", "source", "learningObjectiveId", "score", "textScore"];

    private static readonly string[] OrgsHeader = ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"];

    private static readonly string[] SessionsHeader = ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"];

    private static readonly string[] CoursesHeader =
        ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"];

    private static readonly string[] CategoriesHeader = ["sourcedId", "status", "dateLastModified", "title", "weight"];

    private static readonly string[] RolesHeader =
        ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId"];

    public static void Write(string folder, OneRosterData data, string? course, OneRosterDistrict? district = null)
    {
        course = district?.CourseId ?? course;
        var demographics = Demographics(data.Roster); // checks the attributes before any file is written
        var written = new HashSet<string>(StringComparer.Ordinal) { "users", "classes", "enrollments", "lineItems", "results" };
        var sectionOf = data.LineItems.ToDictionary(i => i.SourcedId, i => i.Section, StringComparer.Ordinal);

        var teachers = data.Roster.Students.Select(s => s.Teacher.Value).Distinct(StringComparer.Ordinal);
        var students = data.Roster.Students.Select(s => s.Student.Value);
        var teacherSet = data.Roster.Teachers.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var users = teachers.Concat(students).Distinct(StringComparer.Ordinal).ToList();
        WriteRaw(Path.Combine(folder, OneRosterFiles.Users), UsersHeader,
            users.Select(id => Row(UsersHeader, ("sourcedId", id), ("status", "active"), ("enabledUser", "true"), ("username", id),
                ("givenName", Name(district, id, teacherSet).Given), ("familyName", Name(district, id, teacherSet).Family), ("primaryOrgSourcedId", district?.SchoolId))));
        if (district is not null)
        {
            WriteDistrictFiles(folder, district, written);
            WriteRaw(Path.Combine(folder, "roles.csv"), RolesHeader,
                users.Select((id, i) => Row(RolesHeader, ("sourcedId", Id("role", i)), ("status", "active"), ("userSourcedId", id), ("roleType", "primary"),
                    ("role", teacherSet.Contains(id) ? "teacher" : "student"), ("orgSourcedId", district.SchoolId))));
            written.Add("roles");
        }

        var sections = data.Roster.Students.Select(s => (s.Section, s.Teacher)).Distinct().ToList();
        WriteRaw(Path.Combine(folder, OneRosterFiles.Classes), ClassesHeader,
            sections.Select(s => Row(ClassesHeader, ("sourcedId", s.Section.Value), ("status", "active"), ("title", s.Section.Value), ("courseSourcedId", course), ("classType", "scheduled"),
                ("schoolSourcedId", district?.SchoolId), ("termSourcedIds", district?.TermId))));

        var enrollments = sections.Select(s => (Class: s.Section.Value, User: s.Teacher.Value, Role: "teacher", Primary: "true"))
            .Concat(data.Roster.Students.Select(s => (Class: s.Section.Value, User: s.Student.Value, Role: "student", Primary: "false")));
        WriteRaw(Path.Combine(folder, OneRosterFiles.Enrollments), EnrollmentsHeader,
            enrollments.Select((e, i) => Row(EnrollmentsHeader, ("sourcedId", Id("enrollment", i)), ("status", "active"), ("classSourcedId", e.Class), ("schoolSourcedId", district?.SchoolId),
                ("userSourcedId", e.User), ("role", e.Role), ("primary", e.Primary))));

        if (demographics is { } table)
        {
            WriteRaw(Path.Combine(folder, OneRosterFiles.Demographics), table.Header, table.Rows);
            written.Add("demographics");
        }

        WriteRaw(Path.Combine(folder, OneRosterFiles.LineItems), LineItemsHeader,
            data.LineItems.Select(i => Row(LineItemsHeader, ("sourcedId", i.SourcedId), ("status", "active"), ("title", i.Title),
                ("assignDate", Date(i.AssignDate ?? (district is null ? null : i.DueDate ?? district.TermStart))),
                ("dueDate", Date(i.DueDate ?? (district is null ? null : i.AssignDate ?? district.TermEnd))), ("classSourcedId", i.Section.Value),
                ("categorySourcedId", district?.CategoryId), ("academicSessionSourcedId", district?.TermId), ("schoolSourcedId", district?.SchoolId),
                ("resultValueMin", Number(i.ResultValueMin)), ("resultValueMax", Number(i.ResultValueMax)))));

        var itemOf = data.LineItems.ToDictionary(i => i.SourcedId, StringComparer.Ordinal);
        WriteRaw(Path.Combine(folder, OneRosterFiles.Results), ResultsHeader,
            data.Results.Select(r => Row(ResultsHeader, ("sourcedId", r.SourcedId), ("status", "active"), ("lineItemSourcedId", r.LineItemSourcedId),
                ("studentSourcedId", r.Student.Value), ("scoreStatus", ScoreStatusText.Format(r.Status)), ("score", Number(r.Score)),
                ("scoreDate", Date(r.ScoreDate ?? (district is null ? null : itemOf[r.LineItemSourcedId].DueDate ?? district.TermEnd))), ("classSourcedId", sectionOf[r.LineItemSourcedId].Value),
                ("inProgress", Flag(r, OneRosterResultFlags.InProgress)), ("incomplete", Flag(r, OneRosterResultFlags.Incomplete)),
                ("late", Flag(r, OneRosterResultFlags.Late)), ("missing", Flag(r, OneRosterResultFlags.Missing)))));

        var itemLinks = data.LineItems.SelectMany(i => i.LearningObjectives.Select(o => (Item: i.SourcedId, Objective: o))).ToList();
        if (itemLinks.Count > 0)
        {
            WriteRaw(Path.Combine(folder, OneRosterFiles.LineItemObjectives), LineItemObjectivesHeader,
                itemLinks.Select((l, n) => Row(LineItemObjectivesHeader, ("sourcedId", Id("lineItemObjective", n)), ("status", "active"),
                    ("lineItemSourcedId", l.Item), ("source", l.Objective.Source), ("learningObjectiveId", l.Objective.Target.Value))));
            written.Add("lineItemLearningObjectiveIds");
        }

        var resultLinks = data.Results.SelectMany(r => r.ObjectiveScores.Select(o => (Result: r.SourcedId, Score: o))).ToList();
        if (resultLinks.Count > 0)
        {
            WriteRaw(Path.Combine(folder, OneRosterFiles.ResultObjectives), ResultObjectivesHeader,
                resultLinks.Select((l, n) => Row(ResultObjectivesHeader, ("sourcedId", Id("resultObjective", n)), ("status", "active"),
                    ("resultSourcedId", l.Result), ("source", l.Score.Objective.Source), ("learningObjectiveId", l.Score.Objective.Target.Value),
                    ("score", Number(l.Score.Score)), ("textScore", l.Score.TextScore))));
            written.Add("resultLearningObjectiveIds");
        }

        // The manifest last: a folder whose manifest is there was written whole.
        string[] manifestHeader = ["propertyName", "value"];
        IEnumerable<string?[]> manifest =
        [
            ["manifest.version", "1.0"], ["oneroster.version", "1.2"],
            .. OneRosterFiles.All.Select(f => new string?[] { "file." + f, written.Contains(f) ? "bulk" : "absent" }),
            ["source.systemName", "MathPlc"], ["source.systemCode", "mathplc"],
        ];
        WriteRaw(Path.Combine(folder, OneRosterFiles.Manifest), manifestHeader, manifest);
    }

    /// <summary>Writes orgs.csv, academicSessions.csv, courses.csv and categories.csv.</summary>
    private static void WriteDistrictFiles(string folder, OneRosterDistrict district, HashSet<string> written)
    {
        string year = district.SchoolYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var orgs = new List<string?[]>();
        if (district.DistrictId is { } districtId)
            orgs.Add(Row(OrgsHeader, ("sourcedId", districtId), ("status", "active"), ("name", district.DistrictName ?? districtId), ("type", "district")));
        orgs.Add(Row(OrgsHeader, ("sourcedId", district.SchoolId), ("status", "active"), ("name", district.SchoolName), ("type", "school"), ("parentSourcedId", district.DistrictId)));
        WriteRaw(Path.Combine(folder, "orgs.csv"), OrgsHeader, orgs);
        WriteRaw(Path.Combine(folder, "academicSessions.csv"), SessionsHeader,
            [Row(SessionsHeader, ("sourcedId", district.TermId), ("status", "active"), ("title", district.TermTitle), ("type", "term"),
                ("startDate", Date(district.TermStart)), ("endDate", Date(district.TermEnd)), ("schoolYear", year))]);
        WriteRaw(Path.Combine(folder, "courses.csv"), CoursesHeader,
            [Row(CoursesHeader, ("sourcedId", district.CourseId), ("status", "active"), ("title", district.CourseTitle), ("courseCode", district.CourseId),
                ("orgSourcedId", district.SchoolId), ("subjects", "Mathematics"))]);
        WriteRaw(Path.Combine(folder, "categories.csv"), CategoriesHeader,
            [Row(CategoriesHeader, ("sourcedId", district.CategoryId), ("status", "active"), ("title", district.CategoryTitle))]);
        written.UnionWith(["orgs", "academicSessions", "courses", "categories"]);
    }

    /// <summary>A user's names: the district's, or <c>Student</c>/<c>Teacher</c> and the sourcedId; none without a district.</summary>
    private static (string? Given, string? Family) Name(OneRosterDistrict? district, string id, HashSet<string> teachers) =>
        district is null ? (null, null)
        : district.Names is { } names && names.TryGetValue(id, out var name) ? (name.Given, name.Family)
        : (teachers.Contains(id) ? "Teacher" : "Student", id);

    /// <summary>
    /// A OneRoster file, every cell as it is: an interchange format read by programs (and read back by MathPlc), so
    /// spreadsheet formula neutralisation (<see cref="CsvFormulas"/>) would change ids.
    /// </summary>
    private static void WriteRaw(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        CsvTable.WriteFile(path, header, rows, CsvFormulas.Raw);

    /// <summary>The demographics table, or null when no student has an attribute.</summary>
    /// <exception cref="ArgumentException">An attribute cannot be written so that it reads back the same.</exception>
    private static (string[] Header, List<string?[]> Rows)? Demographics(Roster roster)
    {
        if (roster.Students.All(s => s.Attributes.IsEmpty)) return null;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = new List<string>(DemographicsColumns.Header);
        for (int i = 0; i < header.Count; i++) columns.Add(header[i], i);
        foreach (string name in roster.AttributeNames())
        {
            Guard.Against.Unmet(!DemographicsColumns.IsReserved(name), "data",
                $"The group attribute \"{name}\" cannot be written to demographics.csv, where {name} is a column of its own; rename it.");
            if (columns.TryAdd(name, header.Count)) header.Add(name);
        }
        var rows = new List<string?[]>();
        foreach (var student in roster.Students.Where(s => !s.Attributes.IsEmpty))
        {
            var row = new string?[header.Count];
            row[0] = student.Student.Value;
            row[1] = "active";
            foreach (var (name, value) in student.Attributes)
            {
                bool flag = DemographicsColumns.IsFlag(name);
                Guard.Against.Unmet(!flag || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase), "data",
                    $"Student {student.Student}: the attribute {name} is a OneRoster flag and must be true or false, not \"{value}\".");
                row[columns[name]] = flag ? value.ToLowerInvariant() : value;
            }
            rows.Add(row);
        }
        return ([.. header], rows);
    }

    private static string?[] Row(string[] header, params (string Column, string? Value)[] values)
    {
        var row = new string?[header.Length];
        foreach (var (column, value) in values) row[Array.IndexOf(header, column)] = value;
        return row;
    }

    private static string Flag(OneRosterResult result, OneRosterResultFlags flag) => result.Flags.HasFlag(flag) ? "true" : "false";

    private static string Id(string kind, int index) => $"{kind}-{(index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string? Date(NodaTime.LocalDate? date) => date is { } d ? IsoDateText.Format(d) : null;

    private static string? Number(double? value) => value is { } v ? InvariantNumber.Format(v) : null;
}

using CsvHelper;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// One reading of a OneRoster folder: reads the files in dependency order (manifest, classes, users, enrollments,
/// demographics, line items and their objectives, results and theirs), checks every reference between them, and
/// applies the roster rules. See <see cref="OneRosterFolder.Read"/> for the rules.
/// </summary>
internal sealed class OneRosterFolderReader
{
    private readonly string _folder;
    private readonly OneRosterReadOptions _options;
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _promised = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DataDiagnostic> _diagnostics = [];
    private readonly SkippedRows _skipped = new();

    // What was read: kept ids with their line, and ids skipped by rule with the reason code.
    private readonly Dictionary<string, (int Line, OneRosterRows.Class Row)> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _skippedClasses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _users = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletedUsers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _skippedLineItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _skippedResults = new(StringComparer.Ordinal);

    // What could not be read: files without usable rows, and the ids of rejected rows per file. A reference to them
    // is not reported again as unknown: the problem that kept them out is already reported.
    private readonly HashSet<string> _incomplete = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _rejected = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _unplaced = new(StringComparer.Ordinal);

    public OneRosterFolderReader(string folder, OneRosterReadOptions options)
    {
        _folder = folder;
        _options = options;
        foreach (string path in Directory.EnumerateFiles(folder))
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) _files.TryAdd(Path.GetFileName(path), path);
    }

    public OneRosterReadResult Read()
    {
        // Without a required file the references between the others cannot be checked: report the missing ones only.
        if (OneRosterFiles.Required.Count(name => Find(name, required: true) is null) > 0)
            return new OneRosterReadResult(null, new OneRosterData(new Roster([])), _diagnostics, []);
        string? version = ReadManifest();
        ReadClasses();
        ReadUsers();
        var roster = ReadRoster();
        var lineItems = ReadLineItems(roster);
        var results = ReadResults(roster, lineItems);
        var data = new OneRosterData(roster, lineItems.Values, results.Values);
        return new OneRosterReadResult(version, data, _diagnostics, _skipped.Notes(), ClassSchools(roster));
    }

    private string? ReadManifest()
    {
        string? version = null;
        foreach (var (line, row) in Rows(OneRosterFiles.Manifest, required: true, OneRosterRows.ManifestColumns, OneRosterRows.ParseManifest))
        {
            string file = PathOf(OneRosterFiles.Manifest);
            if (row.Property.Equals("oneroster.version", StringComparison.OrdinalIgnoreCase))
            {
                version = row.Value;
                if (!version.StartsWith("1.", StringComparison.Ordinal))
                    Problem(OneRosterDiagnosticCodes.UnsupportedVersion, $"MathPlc reads OneRoster 1.0, 1.1 and 1.2 CSV; this manifest declares version {version}.", file, line, "value", version);
            }
            if (!row.Property.StartsWith("file.", StringComparison.OrdinalIgnoreCase)) continue;
            string name = row.Property["file.".Length..] + ".csv";
            if (!OneRosterFiles.Read.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (row.Value.Equals("bulk", StringComparison.OrdinalIgnoreCase)) _promised.Add(name);
            else if (row.Value.Equals("delta", StringComparison.OrdinalIgnoreCase))
                Problem(OneRosterDiagnosticCodes.DeltaFile, $"{name} is a delta file (changes since an earlier export); MathPlc reads bulk exports, which hold every row. Export in bulk mode.", file, line, "value", row.Value);
        }
        return version;
    }

    private void ReadClasses()
    {
        foreach (var (line, row) in Rows(OneRosterFiles.Classes, required: true, OneRosterRows.ClassColumns, OneRosterRows.ParseClass, idColumn: 0))
        {
            if (!NewId(row.Id, OneRosterFiles.Classes, line, _classes.ContainsKey(row.Id) || _skippedClasses.ContainsKey(row.Id))) continue;
            if (row.Deleted) Skip(_skippedClasses, row.Id, OneRosterFiles.Classes, line, OneRosterDiagnosticCodes.Deleted);
            else if (!_options.Includes(row.Course)) Skip(_skippedClasses, row.Id, OneRosterFiles.Classes, line, OneRosterDiagnosticCodes.OtherCourse);
            else _classes.Add(row.Id, (line, row));
        }
    }

    private void ReadUsers()
    {
        foreach (var (line, row) in Rows(OneRosterFiles.Users, required: true, OneRosterRows.UserColumns, OneRosterRows.ParseUser, idColumn: 0))
        {
            if (!NewId(row.Id, OneRosterFiles.Users, line, _users.Contains(row.Id) || _deletedUsers.Contains(row.Id))) continue;
            if (row.Deleted)
            {
                _deletedUsers.Add(row.Id);
                Note(OneRosterFiles.Users, line, OneRosterDiagnosticCodes.Deleted);
            }
            else _users.Add(row.Id);
        }
    }

    private Roster ReadRoster()
    {
        var studentClass = new Dictionary<string, (string Class, int Line)>(StringComparer.Ordinal);
        var teachers = new Dictionary<string, List<(string User, bool Primary, int Line)>>(StringComparer.Ordinal);
        string file = PathOf(OneRosterFiles.Enrollments);
        foreach (var (line, row) in Rows(OneRosterFiles.Enrollments, required: true, OneRosterRows.EnrollmentColumns, OneRosterRows.ParseEnrollment, idColumn: 1))
        {
            if (row.Deleted) { Note(OneRosterFiles.Enrollments, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (row.Role is not ("student" or "teacher")) { Note(OneRosterFiles.Enrollments, line, OneRosterDiagnosticCodes.OtherRole); continue; }
            if (!KnownClass(row.Class, file, line, OneRosterFiles.Enrollments)) continue;
            if (_deletedUsers.Contains(row.User)) { Note(OneRosterFiles.Enrollments, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (!_users.Contains(row.User))
            {
                if (!Unreadable(OneRosterFiles.Users, row.User))
                    Problem(OneRosterDiagnosticCodes.UnknownUser, $"The user {row.User} is not in {OneRosterFiles.Users}.", file, line, "userSourcedId", row.User);
                continue;
            }
            if (row.Role == "teacher")
            {
                if (!teachers.TryGetValue(row.Class, out var list)) teachers.Add(row.Class, list = []);
                list.Add((row.User, row.Primary == true, line));
            }
            else if (!studentClass.TryGetValue(row.User, out var first)) studentClass.Add(row.User, (row.Class, line));
            else if (first.Class == row.Class) Note(OneRosterFiles.Enrollments, line, OneRosterDiagnosticCodes.DuplicateEnrollment);
            else Problem(OneRosterDiagnosticCodes.SeveralClasses,
                $"The student {row.User} is also enrolled in class {first.Class} (line {first.Line}); a team's roster has each student in one class. " +
                "Read only the team's course (its courseSourcedId), or remove the extra enrollment.", file, line, "classSourcedId", row.Class);
        }

        var teacherOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string classId in studentClass.Values.Select(v => v.Class).Distinct())
            if (TeacherOf(classId, teachers.GetValueOrDefault(classId) ?? [], file) is { } teacher) teacherOf.Add(classId, teacher);

        var demographics = ReadDemographics();
        var students = new List<RosterStudent>(studentClass.Count);
        foreach (var (student, (classId, _)) in studentClass.OrderBy(s => s.Value.Line))
        {
            if (!teacherOf.TryGetValue(classId, out string? teacher))
            {
                _unplaced.Add(student); // reported as no-teacher or several-teachers
                continue;
            }
            students.Add(new RosterStudent(new StudentId(student), new SectionId(classId), new TeacherId(teacher), demographics.TryGetValue(student, out var attributes) ? attributes : []));
        }
        return new Roster(students);
    }

    // The school of each class on the roster that names one (classes.csv schoolSourcedId), in roster order. Classes in
    // several schools are several teams (one per school), so a class that names none beside them is a problem.
    private List<OneRosterClassSchool> ClassSchools(Roster roster)
    {
        var classes = roster.Sections.Select(section => (Section: section, _classes[section.Value].Line, _classes[section.Value].Row.School)).ToList();
        if (classes.Select(c => c.School).OfType<string>().Distinct(StringComparer.Ordinal).Skip(1).Any())
            foreach (var (section, line, _) in classes.Where(c => c.School is null))
                Problem(OneRosterDiagnosticCodes.MissingSchool, $"The class {section} names no school, but the team's classes are in several schools; each school's classes are one team, so every class needs its schoolSourcedId.",
                    PathOf(OneRosterFiles.Classes), line, "schoolSourcedId", "");
        return [.. classes.Where(c => c.School is not null).Select(c => new OneRosterClassSchool(c.Section, c.School!))];
    }

    private string? TeacherOf(string classId, List<(string User, bool Primary, int Line)> enrolled, string enrollmentsFile)
    {
        var distinct = enrolled.DistinctBy(t => t.User).ToList();
        if (distinct.Count == 1) return distinct[0].User;
        var primary = enrolled.Where(t => t.Primary).DistinctBy(t => t.User).ToList();
        if (primary.Count == 1) return primary[0].User;
        if (distinct.Count == 0)
        {
            Problem(OneRosterDiagnosticCodes.NoTeacher, $"The class {classId} has students but no teacher enrollment; its students cannot be placed on the roster.",
                PathOf(OneRosterFiles.Classes), _classes[classId].Line, "sourcedId", classId);
            return null;
        }
        var second = distinct[1];
        Problem(OneRosterDiagnosticCodes.SeveralTeachers,
            $"The class {classId} has {distinct.Count} teachers ({string.Join(", ", distinct.Select(t => t.User))}) and {(primary.Count == 0 ? "none" : primary.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} marked primary; mark exactly one primary=true.",
            enrollmentsFile, second.Line, "userSourcedId", second.User);
        return null;
    }

    private Dictionary<string, ImmutableArray<KeyValuePair<string, string>>> ReadDemographics()
    {
        var byUser = new Dictionary<string, ImmutableArray<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        if (Find(OneRosterFiles.Demographics, required: false) is not { } path) return byUser;
        CsvColumns columns;
        using (var stream = InputPath.OpenRead(path)) columns = DemographicsColumns.For(Header(stream));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = DemographicsColumns.AttributeNames(columns);
        foreach (var (line, row) in Rows(OneRosterFiles.Demographics, required: false, columns, r => DemographicsColumns.Parse(r, names)))
        {
            if (!NewId(row.User, OneRosterFiles.Demographics, line, !seen.Add(row.User))) continue;
            if (row.Deleted || _deletedUsers.Contains(row.User)) { Note(OneRosterFiles.Demographics, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (!_users.Contains(row.User))
            {
                if (!Unreadable(OneRosterFiles.Users, row.User))
                    Problem(OneRosterDiagnosticCodes.UnknownUser, $"The user {row.User} is not in {OneRosterFiles.Users}.", path, line, "sourcedId", row.User);
                continue;
            }
            byUser.Add(row.User, row.Attributes);
        }
        return byUser;
    }

    private Dictionary<string, OneRosterLineItem> ReadLineItems(Roster roster)
    {
        var items = new Dictionary<string, OneRosterLineItem>(StringComparer.Ordinal);
        var sections = roster.Sections.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        string file = PathOf(OneRosterFiles.LineItems);
        foreach (var (line, row) in Rows(OneRosterFiles.LineItems, required: false, OneRosterRows.LineItemColumns, OneRosterRows.ParseLineItem, idColumn: 0))
        {
            if (!NewId(row.Id, OneRosterFiles.LineItems, line, items.ContainsKey(row.Id) || _skippedLineItems.ContainsKey(row.Id))) continue;
            if (row.Deleted) { Skip(_skippedLineItems, row.Id, OneRosterFiles.LineItems, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (_skippedClasses.TryGetValue(row.Class, out string? why)) { Skip(_skippedLineItems, row.Id, OneRosterFiles.LineItems, line, why); continue; }
            if (!_classes.ContainsKey(row.Class))
            {
                if (!Unreadable(OneRosterFiles.Classes, row.Class)) Problem(OneRosterDiagnosticCodes.UnknownClass, $"The class {row.Class} is not in {OneRosterFiles.Classes}.", file, line, "classSourcedId", row.Class);
                Reject(OneRosterFiles.LineItems, row.Id);
                continue;
            }
            if (!sections.Contains(row.Class)) { Skip(_skippedLineItems, row.Id, OneRosterFiles.LineItems, line, OneRosterDiagnosticCodes.EmptyClass); continue; }
            items.Add(row.Id, new OneRosterLineItem(row.Id, row.Title, new SectionId(row.Class), row.AssignDate, row.DueDate, row.Min, row.Max));
        }

        var objectives = ReadLinks(OneRosterFiles.LineItemObjectives, OneRosterRows.LineItemObjectiveColumns, OneRosterRows.ParseLineItemObjective,
            OneRosterFiles.LineItems, "lineItemSourcedId", "line item", items, _skippedLineItems, OneRosterDiagnosticCodes.UnknownLineItem);
        foreach (var (id, list) in objectives) items[id] = items[id].WithLearningObjectives(list);
        return items;
    }

    private Dictionary<string, OneRosterResult> ReadResults(Roster roster, Dictionary<string, OneRosterLineItem> lineItems)
    {
        var results = new Dictionary<string, OneRosterResult>(StringComparer.Ordinal);
        string file = PathOf(OneRosterFiles.Results);
        foreach (var (line, row) in Rows(OneRosterFiles.Results, required: false, OneRosterRows.ResultColumns, OneRosterRows.ParseResult, idColumn: 0))
        {
            if (!NewId(row.Id, OneRosterFiles.Results, line, results.ContainsKey(row.Id) || _skippedResults.ContainsKey(row.Id))) continue;
            if (row.Deleted || _deletedUsers.Contains(row.Student)) { Skip(_skippedResults, row.Id, OneRosterFiles.Results, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (_skippedLineItems.TryGetValue(row.LineItem, out string? why)) { Skip(_skippedResults, row.Id, OneRosterFiles.Results, line, why); continue; }
            if (!lineItems.TryGetValue(row.LineItem, out var item))
            {
                if (!Unreadable(OneRosterFiles.LineItems, row.LineItem)) Problem(OneRosterDiagnosticCodes.UnknownLineItem, $"The line item {row.LineItem} is not in {OneRosterFiles.LineItems}.", file, line, "lineItemSourcedId", row.LineItem);
                Reject(OneRosterFiles.Results, row.Id);
                continue;
            }
            var student = new StudentId(row.Student);
            if (!roster.Contains(student))
            {
                if (!_unplaced.Contains(row.Student) && !Unreadable(OneRosterFiles.Users, row.Student) && !Unreadable(OneRosterFiles.Enrollments, row.Student)) Problem(OneRosterDiagnosticCodes.UnknownStudent, _users.Contains(row.Student)
                    ? $"The user {row.Student} is not a student on the team's roster (no student enrollment in a team class)."
                    : $"The student {row.Student} is not in {OneRosterFiles.Users}.", file, line, "studentSourcedId", row.Student);
                Reject(OneRosterFiles.Results, row.Id);
                continue;
            }
            if (row.Score is { } score && (score < item.ResultValueMin || score > item.ResultValueMax))
            {
                Problem(OneRosterDiagnosticCodes.OffScale,
                    $"The score is outside the line item's range {InvariantNumber.Format(item.ResultValueMin ?? double.NegativeInfinity)} to {InvariantNumber.Format(item.ResultValueMax ?? double.PositiveInfinity)}.",
                    file, line, "score", InvariantNumber.Format(score));
                Reject(OneRosterFiles.Results, row.Id);
                continue;
            }
            results.Add(row.Id, new OneRosterResult(row.Id, row.LineItem, student, row.Status, row.Score, row.ScoreDate, flags: row.Flags));
        }

        var scores = ReadLinks(OneRosterFiles.ResultObjectives, OneRosterRows.ResultObjectiveColumns, OneRosterRows.ParseResultObjective,
            OneRosterFiles.Results, "resultSourcedId", "result", results, _skippedResults, OneRosterDiagnosticCodes.UnknownResult);
        foreach (var (id, list) in scores) results[id] = results[id].WithObjectiveScores(list);
        return results;
    }

    /// <summary>
    /// Reads a learning-objective link file: the links of each line item or result that was read, in file order.
    /// Links about a skipped row are skipped with the same note; links to an unknown row are <paramref name="unknownCode"/>.
    /// </summary>
    private Dictionary<string, List<T>> ReadLinks<T, TParent>(
        string name, CsvColumns columns, Func<CsvRowFields, OneRosterRows.Link<T>?> parse,
        string parentName, string parentField, string parentWord, Dictionary<string, TParent> parents, Dictionary<string, string> skippedParents, string unknownCode)
    {
        var links = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        string file = PathOf(name);
        foreach (var (line, row) in Rows(name, required: false, columns, parse))
        {
            if (row.Deleted) { Note(name, line, OneRosterDiagnosticCodes.Deleted); continue; }
            if (skippedParents.TryGetValue(row.Parent, out string? why)) { Note(name, line, why); continue; }
            if (!parents.ContainsKey(row.Parent))
            {
                if (!Unreadable(parentName, row.Parent)) Problem(unknownCode, $"The {parentWord} {row.Parent} is not in {parentName}.", file, line, parentField, row.Parent);
                continue;
            }
            if (!links.TryGetValue(row.Parent, out var list)) links.Add(row.Parent, list = []);
            list.Add(row.Value);
        }
        return links;
    }

    /// <summary>Whether an id of a file may be missing because a problem already reported kept its row out.</summary>
    private bool Unreadable(string name, string id) =>
        _incomplete.Contains(name) || (_rejected.TryGetValue(name, out var ids) && ids.Contains(id));

    private void Reject(string name, string id) => _rejected[name].Add(id);

    private bool KnownClass(string classId, string file, int line, string name)
    {
        if (_classes.ContainsKey(classId)) return true;
        if (_skippedClasses.TryGetValue(classId, out string? why)) Note(name, line, why);
        else if (!Unreadable(OneRosterFiles.Classes, classId)) Problem(OneRosterDiagnosticCodes.UnknownClass, $"The class {classId} is not in {OneRosterFiles.Classes}.", file, line, "classSourcedId", classId);
        return false;
    }

    private bool NewId(string id, string name, int line, bool seen)
    {
        if (!seen) return true;
        Problem(OneRosterDiagnosticCodes.DuplicateId, $"The sourcedId {id} appears more than once in {name}; each row needs its own.", PathOf(name), line, "sourcedId", id);
        return false;
    }

    private void Skip(Dictionary<string, string> skipped, string id, string name, int line, string code)
    {
        skipped[id] = code;
        Note(name, line, code);
    }

    private void Note(string name, int line, string code) => _skipped.Add(PathOf(name), line, code);

    private void Problem(string code, string message, string file, int line, string field, string value) =>
        _diagnostics.Add(new DataDiagnostic(code, message, file, line, Field: field, Value: value));

    /// <summary>The rows of a file that could be read, with their lines; the others become diagnostics.</summary>
    /// <remarks>The id in <paramref name="idColumn"/> of each rejected row is remembered (see <see cref="Unreadable"/>).</remarks>
    private IEnumerable<(int Line, T Value)> Rows<T>(string name, bool required, CsvColumns columns, Func<CsvRowFields, T?> parse, int idColumn = -1) where T : class
    {
        if (Find(name, required) is not { } path)
        {
            _incomplete.Add(name);
            return [];
        }
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        _rejected[name] = rejected;
        CsvReadResult<T> read;
        using (var stream = InputPath.OpenRead(path))
        {
            read = CsvFileReader.Read(stream, path, columns, row =>
            {
                var value = parse(row);
                if ((value is null || row.Diagnostics.Count > 0) && idColumn >= 0 && row.OptionalText(idColumn) is { } id) rejected.Add(id.Trim());
                return value;
            });
        }
        if (!read.FileDiagnostics.IsEmpty || read.Rows.Any(static r => !r.IsValid && r.Diagnostics.Any(d => d.Code == CsvDiagnosticCodes.WrongFieldCount || d.Code == CsvDiagnosticCodes.BadQuoting)))
            _incomplete.Add(name); // rows whose fields are misplaced may hold any id
        _diagnostics.AddRange(read.Problems);
        return [.. read.Rows.Where(static r => r.IsValid).Select(static r => (r.Line, r.Value!))];
    }

    /// <summary>The file's path, or null (with a <c>missing-file</c> diagnostic when it is required or the manifest promises it).</summary>
    private string? Find(string name, bool required)
    {
        if (_files.TryGetValue(name, out string? path)) return path;
        if (required || _promised.Contains(name))
            _diagnostics.Add(new DataDiagnostic(OneRosterDiagnosticCodes.MissingFile,
                required ? $"The folder has no {name}; a OneRoster export needs {string.Join(", ", OneRosterFiles.Required)}."
                         : $"The manifest lists {name} as a bulk file, but the folder has no {name}.",
                PathOf(name)));
        return null;
    }

    private string PathOf(string name) => _files.TryGetValue(name, out string? path) ? path : Path.Combine(_folder, name);


    /// <summary>The header row of a CSV file, without its data; the stream is left open.</summary>
    private static IReadOnlyList<string> Header(Stream stream)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',', HasHeader = true, Mode = CsvMode.Rfc4180, TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        using var reader = CsvReader.Create(stream, options, leaveOpen: true);
        return [.. reader.Headers];
    }
}

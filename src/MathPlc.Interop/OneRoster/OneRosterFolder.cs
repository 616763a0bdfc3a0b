namespace MathPlc.Interop.OneRoster;

/// <summary>
/// A OneRoster CSV folder (a district's export from its student information system or gradebook), read into a team's
/// roster and gradebook, and written from one.
/// </summary>
/// <remarks>
/// <para>
/// Source: 1EdTech OneRoster 1.2 CSV binding (1.2.1, 2023), with the 1.1 and 1.0 exports still common in districts;
/// the files, headers and the 1.1 → 1.2 differences are summarised in <c>reference/interop.md</c> §2. Decision record
/// <c>docs/decisions/0050-oneroster-csv-input.md</c> explains the choices.
/// </para>
/// <para>
/// Files: <c>manifest.csv</c>, <c>users.csv</c>, <c>classes.csv</c> and <c>enrollments.csv</c> are required;
/// <c>demographics.csv</c>, <c>lineItems.csv</c>, <c>results.csv</c>, <c>lineItemLearningObjectiveIds.csv</c> and
/// <c>resultLearningObjectiveIds.csv</c> are read when present (and required when the manifest lists them as
/// <c>bulk</c>). File names are matched ignoring case; other files are ignored. Every file is RFC 4180 CSV, UTF-8
/// with or without a byte order mark, columns matched by header name ignoring case, in any order, unknown columns
/// ignored, so 1.0, 1.1 and 1.2 headers all read.
/// </para>
/// <para>
/// The roster: a student is a user with a <c>student</c> enrollment, their section is the class (<c>sourcedId</c>)
/// and their teacher the class's <c>teacher</c> enrollment: the only one, or else the one marked
/// <c>primary=true</c>. <b>Each student is in one class</b>: a student enrolled in two classes is a
/// <c>several-classes</c> problem, so a district export with all subjects is read with
/// <see cref="OneRosterReadOptions.Courses"/> set to the team's course. Students keep the order of their enrollment
/// rows. Group attributes come from <c>demographics.csv</c> (see the decision record): <c>sex</c>, the race and
/// ethnicity flags as <c>true</c>/<c>false</c>, and every other column but <c>birthDate</c>.
/// </para>
/// <para>
/// Rows with status <c>tobedeleted</c>, enrollments with other roles (administrator, aide, …), and rows about classes
/// outside the team's courses are skipped and counted in <see cref="ReadResult{T}.Notes"/>.
/// </para>
/// <para>
/// Problems (each a <see cref="DataDiagnostic"/> with the file and line): the CSV ones of <see cref="Csv.EvidenceCsv"/>
/// (<c>empty-file</c>, <c>missing-column</c>, <c>wrong-field-count</c>, <c>bad-quoting</c>, <c>empty-id</c>,
/// <c>bad-date</c>, <c>not-a-number</c>, …), and <c>missing-file</c>, <c>unsupported-version</c>, <c>delta-file</c>,
/// <c>bad-status</c>, <c>bad-boolean</c>, <c>bad-score-status</c>, <c>bad-range</c>, <c>off-scale</c> (a score outside
/// its line item's range), <c>duplicate-id</c>, <c>unknown-user</c>, <c>unknown-class</c>, <c>unknown-student</c>,
/// <c>unknown-line-item</c>, <c>unknown-result</c>, <c>no-teacher</c>, <c>several-teachers</c> and
/// <c>several-classes</c>.
/// </para>
/// </remarks>
public static class OneRosterFolder
{
    /// <summary>Reads a OneRoster folder. Never throws for bad data: problems come back as diagnostics.</summary>
    /// <param name="folder">The folder holding the CSV files.</param>
    /// <param name="options">Which courses are the team's; every class by default.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null, empty or white space.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static OneRosterReadResult Read(string folder, OneRosterReadOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"There is no folder {folder}.");
        return new OneRosterFolderReader(folder, options ?? OneRosterReadOptions.Default).Read();
    }

    /// <summary>
    /// Writes the data as a OneRoster 1.2 CSV folder that <see cref="Read"/> reads back to equal data: <c>manifest.csv</c>
    /// (version 1.2, each of the 21 files <c>bulk</c> or <c>absent</c>), <c>users.csv</c>, <c>classes.csv</c> (title = id),
    /// <c>enrollments.csv</c> (each section's teacher as primary), <c>demographics.csv</c> when a student has attributes,
    /// <c>lineItems.csv</c>, <c>results.csv</c>, and the two learning-objective files when there are links. Headers are the
    /// 1.2 ones; columns MathPlc has no data for are left empty (names, school, term; the course unless given), so the folder is a roster
    /// and gradebook exchange, not a complete district export.
    /// </summary>
    /// <remarks>
    /// Each file is written all or nothing (<see cref="OutputFile"/>), the manifest last. Standard demographics columns
    /// come back in their specification spelling (an attribute <c>Sex</c> reads back as <c>sex</c>).
    /// </remarks>
    /// <param name="folder">An existing folder; files of the same names are replaced.</param>
    /// <param name="data">The roster and gradebook.</param>
    /// <param name="course">The <c>courseSourcedId</c> written for every class (so a reader can pick the team's course), or null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space, or an attribute cannot be written (a name that is a column of its own, such as <c>birthDate</c>, or a race flag that is not true or false).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void Write(string folder, OneRosterData data, string? course = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(data);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"There is no folder {folder}.");
        OneRosterFolderWriter.Write(folder, data, string.IsNullOrWhiteSpace(course) ? null : course.Trim());
    }

    /// <summary>
    /// Writes the data as a complete OneRoster 1.2 CSV export: besides the files of <see cref="Write(string, OneRosterData, string?)"/>,
    /// <c>orgs.csv</c> (the school, and its district), <c>academicSessions.csv</c> (the term), <c>courses.csv</c>,
    /// <c>categories.csv</c> and <c>roles.csv</c> (each user's primary role at the school); classes carry their course,
    /// school and term, users their names and primary org, enrollments their school, line items their category, term
    /// and school, and every column the 1.2 CSV binding marks required is filled (a line item without dates is given
    /// the term's first and last day, a result without a score date its line item's due date).
    /// </summary>
    /// <remarks>Required columns: 1EdTech OneRoster CSV Binding 1.2.1 as summarised in <c>reference/interop.md</c> §2.2–2.3,
    /// cross-checked with the row validators of <c>nicelion/oneroster-mocker</c> (orgs: name, type; academicSessions: title,
    /// type, startDate, endDate, schoolYear; courses: title, orgSourcedId; classes: title, classType, schoolSourcedId,
    /// termSourcedIds; enrollments: classSourcedId, schoolSourcedId, userSourcedId, role). <see cref="Read"/> reads the
    /// roster and gradebook back equal; the district's own files are for the consumer.</remarks>
    /// <param name="folder">An existing folder; files of the same names are replaced.</param>
    /// <param name="data">The roster and gradebook.</param>
    /// <param name="district">The school, term, course, category and names.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space, or an attribute cannot be written.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="district"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void Write(string folder, OneRosterData data, OneRosterDistrict district)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(data);
        Guard.Against.Null(district);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"There is no folder {folder}.");
        OneRosterFolderWriter.Write(folder, data, null, district);
    }
}

using System.Text;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// An Ed-Fi folder: the JSON arrays an Ed-Fi ODS/API (Data Standard v5.x) returns for a team's students, sections,
/// section associations, learning standards and common assessment, one file per resource (<see cref="EdFiFiles"/>), read
/// into <see cref="EdFiData"/> and the team's roster, and written from them.
/// </summary>
/// <remarks>
/// <para>
/// Source: Ed-Fi Data Standard v5.2 (<c>Ed-Fi-Core.xsd</c>) and the ODS/API's JSON binding — camelCase names,
/// collections as plural arrays, references as <c>…Reference</c> objects holding natural-key fields, descriptors as
/// <c>namespace#CodeValue</c> URIs; summarised in <c>reference/interop.md</c> §3. Decision record
/// <c>docs/decisions/0074-ed-fi-folders.md</c>.
/// </para>
/// <para>
/// Reading is tolerant of what MathPlc does not use (<c>id</c>, <c>_etag</c>, <c>link</c> and every other field are
/// ignored) and strict about what it does: a missing required field, a reference to a student, section, assessment, item,
/// objective assessment or learning standard that is not in its file, a section without a teacher of record (or with
/// two), a student in two sections, a student assessment for a student in no section, a raw score above the item's
/// <c>maxRawScore</c>, a second score on one item — each is a <see cref="DataDiagnostic"/> naming the file, the line and
/// the JSON path (<c>$[3].items[1].rawScoreResult</c>). A JSON object with the same property twice is refused.
/// </para>
/// </remarks>
public static class EdFiFolder
{
    /// <summary>Reads an Ed-Fi folder. Never throws for bad data: problems come back as diagnostics.</summary>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null, empty or white space.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such folder.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static EdFiReadResult Read(string folder)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"There is no folder {folder}.");
        return EdFiFolderReader.Read(folder);
    }

    /// <summary>
    /// Writes the resources as an Ed-Fi folder that <see cref="Read"/> reads back to the same resources, all files or none
    /// (<see cref="OutputFolder"/>). Optional files are written when there is something in them.
    /// </summary>
    /// <remarks>
    /// The files carry what MathPlc reads; fields the Data Standard requires for a load into an ODS that MathPlc does not
    /// know (students' birth dates, association begin dates) are not invented. Results go back to an ODS through
    /// <see cref="EdFiResults"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void Write(string folder, EdFiData data)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(data);
        OutputFolder.WriteText(folder, EdFiFolderWriter.Files(data));
    }

    /// <summary>
    /// Writes a unit cycle to an Ed-Fi folder, all files or none: what the cycle read (<see cref="EdFiCycleInputs.ToEdFi"/>
    /// in <paramref name="target"/>'s context, and the unit file as <c>unit.json</c>, so <c>mathplc cycle --edfi</c> reads the
    /// folder back to the same cycle) and what a district stores from it (<see cref="EdFiResults"/>: <c>grades.json</c> with
    /// <c>learningStandardGrades</c>, <c>cohorts.json</c> and <c>studentCohortAssociations.json</c>, membership from the
    /// next cycle's start to the latest reassessment).
    /// </summary>
    /// <param name="folder">The folder; created if missing.</param>
    /// <param name="input">The cycle's input.</param>
    /// <param name="report">The cycle's report for <paramref name="input"/>.</param>
    /// <param name="target">Where the results go; <see cref="EdFiWriteBack.For"/> the input by default.</param>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space, or the report has results for a student not on the roster.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void WriteCycle(string folder, UnitCycleInput input, UnitCycleReport report, EdFiWriteBack? target = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(input);
        Guard.Against.Null(report);
        target ??= EdFiWriteBack.For(input);
        var groups = report.HowWillWeRespond.Groups.ToList();
        NodaTime.LocalDate? ends = groups.Count == 0 ? null : groups.Max(g => g.ReassessOn);
        using var unit = new MemoryStream();
        CycleUnitJson.Write(unit, CycleInputs.ToUnitFile(input));
        OutputFolder.WriteText(folder,
        [
            .. EdFiFolderWriter.Files(EdFiCycleInputs.ToEdFi(input, target.Context)),
            new(UnitFileName, Encoding.UTF8.GetString(unit.ToArray())),
            new(EdFiFiles.Grades, EdFiResults.Grades(target, input.Roster, report.HowWillWeKnow.Proficiency)),
            new(EdFiFiles.Cohorts, EdFiResults.Cohorts(target, groups)),
            new(EdFiFiles.StudentCohortAssociations, EdFiResults.StudentCohortAssociations(target, groups, input.NextCycleStart, ends)),
        ]);
    }

    /// <summary>The unit file's name in a folder <see cref="WriteCycle"/> writes.</summary>
    public const string UnitFileName = "unit.json";
}

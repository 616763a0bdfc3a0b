using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// A unit cycle's results written back to Ed-Fi: each student's proficiency per learning target as a <c>grade</c> with
/// <c>learningStandardGrades</c> (one grade per student section association), and each intervention or extension group as
/// a <c>cohort</c> with <c>studentCohortAssociations</c>.
/// </summary>
/// <remarks>
/// <para>
/// Why grades and not gradebook entries (decision record <c>docs/decisions/0074-ed-fi-folders.md</c>): Data Standard v5's
/// Grade carries a collection LearningStandardGrade — a grade per learning standard for one student in one section and
/// grading period — which is what standards-based reporting stores; a StudentGradebookEntry holds one competency level per
/// assignment, so per-target results would need one invented gradebook entry per target and section.
/// </para>
/// <para>
/// Why cohorts: Data Standard v5 has no tier (<c>reference/interop.md</c> §3.4); a cohort of type <c>Academic
/// Intervention</c> per group, with the tier and target in its description and the membership dates on the student
/// cohort associations, is the least invasive home that needs no extension. Extension groups are cohorts of type
/// <c>Other</c>.
/// </para>
/// <para>
/// No evidence is never written as a zero: a result with insufficient evidence has no <c>numericGradeEarned</c> and its
/// reason in <c>diagnosticStatement</c>.
/// </para>
/// </remarks>
public static class EdFiResults
{
    /// <summary>The code value of the assessment reporting method for raw scores.</summary>
    public const string RawScore = "Raw score";

    /// <summary>The longest cohort identifier Ed-Fi allows.</summary>
    public const int CohortIdentifierLength = 36;

    /// <summary>The <c>grades.json</c> text: one grade per student with results, the results as learning standard grades.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result is for a student not on <paramref name="roster"/>.</exception>
    public static string Grades(EdFiWriteBack target, Roster roster, IEnumerable<ProficiencyResult> results)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(roster);
        Guard.Against.Null(results);
        var byStudent = results.GroupBy(r => r.StudentId).ToList();
        foreach (var group in byStudent)
            Guard.Against.Unmet(roster.Contains(group.Key), nameof(results), $"The student {group.Key} has results but is not on the roster.");
        return EdFiJsonWriter.Array(byStudent, (w, group) =>
        {
            var student = roster.Find(group.Key)!;
            w.WriteString("gradeTypeDescriptor", target.GradeType);
            w.WriteStartObject("gradingPeriodReference");
            w.WriteString("gradingPeriodDescriptor", target.GradingPeriodDescriptor);
            w.WriteString("gradingPeriodName", target.GradingPeriodName);
            EdFiJsonWriter.Key(w, "schoolId", target.Context.SchoolId);
            w.WriteNumber("schoolYear", target.Context.SchoolYear);
            w.WriteEndObject();
            w.WriteStartObject("studentSectionAssociationReference");
            w.WriteString("beginDate", LocalDatePattern.Iso.Format(target.SectionBeginDate));
            EdFiJsonWriter.Key(w, "localCourseCode", target.Context.LocalCourseCode);
            EdFiJsonWriter.Key(w, "schoolId", target.Context.SchoolId);
            w.WriteNumber("schoolYear", target.Context.SchoolYear);
            w.WriteString("sectionIdentifier", student.Section.Value);
            w.WriteString("sessionName", target.Context.SessionName);
            w.WriteString("studentUniqueId", student.Student.Value);
            w.WriteEndObject();
            w.WriteStartArray("learningStandardGrades");
            foreach (var result in group)
            {
                w.WriteStartObject();
                EdFiJsonWriter.Reference(w, "learningStandardReference", "learningStandardId", result.TargetId.Value);
                if (result.Score is { } score) w.WriteNumber("numericGradeEarned", Math.Round(score, 2, MidpointRounding.AwayFromZero));
                if (result.Level is { } level) w.WriteString("letterGradeEarned", Cut(level.Label, 20));
                w.WriteString("diagnosticStatement", Cut(result.Status == ProficiencyStatus.Scored
                    ? result.Description
                    : string.Join("; ", result.Reasons.Select(r => r.Message)), 1024));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary>The <c>cohorts.json</c> text: one cohort per group.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Cohorts(EdFiWriteBack target, IEnumerable<ResponseGroup> groups)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(groups);
        return EdFiJsonWriter.Array(groups, (w, g) =>
        {
            w.WriteString("cohortIdentifier", CohortIdentifier(g.Id));
            w.WriteStartObject("educationOrganizationReference");
            EdFiJsonWriter.Key(w, "educationOrganizationId", target.Context.SchoolId);
            w.WriteEndObject();
            w.WriteString("cohortDescription", Cut(Description(g), 1024));
            w.WriteString("cohortTypeDescriptor", EdFiDescriptor.Of("CohortTypeDescriptor", g.Kind is ResponseKind.Tier2 or ResponseKind.Tier3 ? "Academic Intervention" : "Other"));
            w.WriteString("cohortScopeDescriptor", EdFiDescriptor.Of("CohortScopeDescriptor", "School"));
            w.WriteString("academicSubjectDescriptor", EdFiDescriptor.Of("AcademicSubjectDescriptor", "Mathematics"));
        });
    }

    /// <summary>The <c>studentCohortAssociations.json</c> text: each group's students from <paramref name="begins"/> to <paramref name="ends"/> (the reassessment), when given.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string StudentCohortAssociations(EdFiWriteBack target, IEnumerable<ResponseGroup> groups, LocalDate begins, LocalDate? ends = null)
    {
        Guard.Against.Null(target);
        Guard.Against.Null(groups);
        return EdFiJsonWriter.Array(groups.SelectMany(g => g.Students.Select(s => (Group: g, Student: s))), (w, m) =>
        {
            w.WriteString("beginDate", LocalDatePattern.Iso.Format(begins));
            if (ends is { } end) w.WriteString("endDate", LocalDatePattern.Iso.Format(end));
            w.WriteStartObject("cohortReference");
            w.WriteString("cohortIdentifier", CohortIdentifier(m.Group.Id));
            EdFiJsonWriter.Key(w, "educationOrganizationId", target.Context.SchoolId);
            w.WriteEndObject();
            EdFiJsonWriter.Reference(w, "studentReference", "studentUniqueId", m.Student.Value);
        });
    }

    /// <summary>Writes <c>grades.json</c>, <c>cohorts.json</c> and <c>studentCohortAssociations.json</c> into <paramref name="folder"/>, all or nothing.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result is for a student not on the roster.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void Write(string folder, EdFiWriteBack target, Roster roster, IEnumerable<ProficiencyResult> results,
        IEnumerable<ResponseGroup> groups, LocalDate begins, LocalDate? ends = null)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        var list = groups?.ToList() ?? throw new ArgumentNullException(nameof(groups));
        OutputFolder.WriteText(folder,
        [
            new(EdFiFiles.Grades, Grades(target, roster, results)),
            new(EdFiFiles.Cohorts, Cohorts(target, list)),
            new(EdFiFiles.StudentCohortAssociations, StudentCohortAssociations(target, list, begins, ends)),
        ]);
    }

    /// <summary>A group id as a cohort identifier: itself when it fits in 36 characters, else its start and a hash that keeps it unique.</summary>
    public static string CohortIdentifier(string groupId)
    {
        Guard.Against.Null(groupId);
        if (groupId.Length <= CohortIdentifierLength) return groupId;
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupId)))[..8];
        return groupId[..(CohortIdentifierLength - 9)] + "-" + hash;
    }

    private static string Description(ResponseGroup g)
    {
        string kind = g.Kind switch
        {
            ResponseKind.Tier3 => "Tier 3",
            ResponseKind.Tier2 => "Tier 2",
            _ => "Extension",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{kind} mathematics group{(g.Target is { } t ? $" on {g.TargetCode ?? t.ToString()}" : "")}: {g.Reason.Message}");
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

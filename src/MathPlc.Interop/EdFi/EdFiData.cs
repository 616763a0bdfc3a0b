using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// The Ed-Fi resources MathPlc reads for a team's unit cycle: the roster (students, sections, who is enrolled in and who
/// teaches each section, and the students' status for disaggregation) and the common assessment (its learning standards,
/// items, objective assessments and the students' results).
/// </summary>
/// <remarks>Two values with the same resources in the same order are equal.</remarks>
public sealed record EdFiData
{
    /// <summary>Creates the value.</summary>
    /// <param name="students">Students.</param>
    /// <param name="sections">Sections.</param>
    /// <param name="studentSections">Student section associations.</param>
    /// <param name="staffSections">Staff section associations.</param>
    /// <param name="statuses">Student education organization associations (sex, English-learner status).</param>
    /// <param name="specialEducation">The students with a special education program association; null when the file is absent.</param>
    /// <param name="learningStandards">Learning standards.</param>
    /// <param name="assessments">Assessments.</param>
    /// <param name="items">Assessment items.</param>
    /// <param name="objectives">Objective assessments.</param>
    /// <param name="studentAssessments">Student assessments.</param>
    /// <exception cref="ArgumentNullException">A collection or required text is null.</exception>
    public EdFiData(IEnumerable<EdFiStudent> students, IEnumerable<EdFiSection> sections, IEnumerable<EdFiSectionAssociation> studentSections, IEnumerable<EdFiSectionAssociation> staffSections, IEnumerable<EdFiStudentStatus> statuses, IEnumerable<StudentId>? specialEducation, IEnumerable<EdFiLearningStandard> learningStandards, IEnumerable<EdFiAssessment> assessments, IEnumerable<EdFiAssessmentPart> items, IEnumerable<EdFiAssessmentPart> objectives, IEnumerable<EdFiStudentAssessment> studentAssessments)
    {
        Students = [.. Guard.Against.Null(students)];
        Sections = [.. Guard.Against.Null(sections)];
        StudentSections = [.. Guard.Against.Null(studentSections)];
        StaffSections = [.. Guard.Against.Null(staffSections)];
        Statuses = [.. Guard.Against.Null(statuses)];
        SpecialEducation = specialEducation is null ? null : [.. specialEducation];
        LearningStandards = [.. Guard.Against.Null(learningStandards)];
        Assessments = [.. Guard.Against.Null(assessments)];
        Items = [.. Guard.Against.Null(items)];
        Objectives = [.. Guard.Against.Null(objectives)];
        StudentAssessments = [.. Guard.Against.Null(studentAssessments)];
    }

    /// <summary>Students.</summary>
    public ValueArray<EdFiStudent> Students { get; }

    /// <summary>Sections.</summary>
    public ValueArray<EdFiSection> Sections { get; }

    /// <summary>Student section associations.</summary>
    public ValueArray<EdFiSectionAssociation> StudentSections { get; }

    /// <summary>Staff section associations.</summary>
    public ValueArray<EdFiSectionAssociation> StaffSections { get; }

    /// <summary>Student education organization associations.</summary>
    public ValueArray<EdFiStudentStatus> Statuses { get; }

    /// <summary>The students served by special education, or null when unknown (the file was not given).</summary>
    public ValueArray<StudentId>? SpecialEducation { get; }

    /// <summary>Learning standards.</summary>
    public ValueArray<EdFiLearningStandard> LearningStandards { get; }

    /// <summary>Assessments.</summary>
    public ValueArray<EdFiAssessment> Assessments { get; }

    /// <summary>Assessment items.</summary>
    public ValueArray<EdFiAssessmentPart> Items { get; }

    /// <summary>Objective assessments.</summary>
    public ValueArray<EdFiAssessmentPart> Objectives { get; }

    /// <summary>Student assessments.</summary>
    public ValueArray<EdFiStudentAssessment> StudentAssessments { get; }
}

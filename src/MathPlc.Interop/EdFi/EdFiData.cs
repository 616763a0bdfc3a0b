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
        Students = [.. students ?? throw new ArgumentNullException(nameof(students))];
        Sections = [.. sections ?? throw new ArgumentNullException(nameof(sections))];
        StudentSections = [.. studentSections ?? throw new ArgumentNullException(nameof(studentSections))];
        StaffSections = [.. staffSections ?? throw new ArgumentNullException(nameof(staffSections))];
        Statuses = [.. statuses ?? throw new ArgumentNullException(nameof(statuses))];
        SpecialEducation = specialEducation is null ? default : [.. specialEducation];
        LearningStandards = [.. learningStandards ?? throw new ArgumentNullException(nameof(learningStandards))];
        Assessments = [.. assessments ?? throw new ArgumentNullException(nameof(assessments))];
        Items = [.. items ?? throw new ArgumentNullException(nameof(items))];
        Objectives = [.. objectives ?? throw new ArgumentNullException(nameof(objectives))];
        StudentAssessments = [.. studentAssessments ?? throw new ArgumentNullException(nameof(studentAssessments))];
    }

    /// <summary>Students.</summary>
    public ImmutableArray<EdFiStudent> Students { get; }

    /// <summary>Sections.</summary>
    public ImmutableArray<EdFiSection> Sections { get; }

    /// <summary>Student section associations.</summary>
    public ImmutableArray<EdFiSectionAssociation> StudentSections { get; }

    /// <summary>Staff section associations.</summary>
    public ImmutableArray<EdFiSectionAssociation> StaffSections { get; }

    /// <summary>Student education organization associations.</summary>
    public ImmutableArray<EdFiStudentStatus> Statuses { get; }

    /// <summary>The students served by special education, or default (<see cref="ImmutableArray{T}.IsDefault"/>) when unknown.</summary>
    public ImmutableArray<StudentId> SpecialEducation { get; }

    /// <summary>Learning standards.</summary>
    public ImmutableArray<EdFiLearningStandard> LearningStandards { get; }

    /// <summary>Assessments.</summary>
    public ImmutableArray<EdFiAssessment> Assessments { get; }

    /// <summary>Assessment items.</summary>
    public ImmutableArray<EdFiAssessmentPart> Items { get; }

    /// <summary>Objective assessments.</summary>
    public ImmutableArray<EdFiAssessmentPart> Objectives { get; }

    /// <summary>Student assessments.</summary>
    public ImmutableArray<EdFiStudentAssessment> StudentAssessments { get; }

    /// <inheritdoc/>
    public bool Equals(EdFiData? other) =>
        other is not null && Students.SequenceEqual(other.Students) && Sections.SequenceEqual(other.Sections)
        && StudentSections.SequenceEqual(other.StudentSections) && StaffSections.SequenceEqual(other.StaffSections)
        && Statuses.SequenceEqual(other.Statuses)
        && (SpecialEducation.IsDefault ? other.SpecialEducation.IsDefault : !other.SpecialEducation.IsDefault && SpecialEducation.SequenceEqual(other.SpecialEducation))
        && LearningStandards.SequenceEqual(other.LearningStandards) && Assessments.SequenceEqual(other.Assessments)
        && Items.SequenceEqual(other.Items) && Objectives.SequenceEqual(other.Objectives) && StudentAssessments.SequenceEqual(other.StudentAssessments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Students.Length, Sections.Length, Items.Length, StudentAssessments.Length);
}

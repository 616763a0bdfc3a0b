namespace MathPlc.Interop.EdFi;

/// <summary>
/// The files of an Ed-Fi folder: one JSON array per ODS/API resource, named after the resource as the API's URL names it
/// (<c>/ed-fi/students</c> → <c>students.json</c>), which is what a district gets from paging through <c>GET</c> on each
/// resource (<c>reference/interop.md</c> §3).
/// </summary>
public static class EdFiFiles
{
    /// <summary>Students (<c>/ed-fi/students</c>): <c>studentUniqueId</c>, names.</summary>
    public const string Students = "students.json";

    /// <summary>Sections (<c>/ed-fi/sections</c>): <c>sectionIdentifier</c> and <c>courseOfferingReference</c>.</summary>
    public const string Sections = "sections.json";

    /// <summary>Which students are in which section (<c>/ed-fi/studentSectionAssociations</c>).</summary>
    public const string StudentSectionAssociations = "studentSectionAssociations.json";

    /// <summary>Which staff teach which section, with the classroom position (<c>/ed-fi/staffSectionAssociations</c>).</summary>
    public const string StaffSectionAssociations = "staffSectionAssociations.json";

    /// <summary>Learning standards (<c>/ed-fi/learningStandards</c>); optional.</summary>
    public const string LearningStandards = "learningStandards.json";

    /// <summary>Assessments (<c>/ed-fi/assessments</c>).</summary>
    public const string Assessments = "assessments.json";

    /// <summary>Assessment items with their learning standards and maximum raw scores (<c>/ed-fi/assessmentItems</c>).</summary>
    public const string AssessmentItems = "assessmentItems.json";

    /// <summary>Objective assessments, the per-standard parts of an assessment (<c>/ed-fi/objectiveAssessments</c>); optional.</summary>
    public const string ObjectiveAssessments = "objectiveAssessments.json";

    /// <summary>Students' results (<c>/ed-fi/studentAssessments</c>): item raw scores and objective-assessment scores.</summary>
    public const string StudentAssessments = "studentAssessments.json";

    /// <summary>Students' sex and English-learner status (<c>/ed-fi/studentEducationOrganizationAssociations</c>); optional.</summary>
    public const string StudentEducationOrganizationAssociations = "studentEducationOrganizationAssociations.json";

    /// <summary>Students served by special education (<c>/ed-fi/studentSpecialEducationProgramAssociations</c>); optional.</summary>
    public const string StudentSpecialEducationProgramAssociations = "studentSpecialEducationProgramAssociations.json";

    /// <summary>Standards-based grades written back (<c>/ed-fi/grades</c> with <c>learningStandardGrades</c>).</summary>
    public const string Grades = "grades.json";

    /// <summary>Intervention groups written back as cohorts (<c>/ed-fi/cohorts</c>).</summary>
    public const string Cohorts = "cohorts.json";

    /// <summary>Intervention group membership written back (<c>/ed-fi/studentCohortAssociations</c>).</summary>
    public const string StudentCohortAssociations = "studentCohortAssociations.json";

    /// <summary>The files a folder must have for the unit cycle.</summary>
    public static ImmutableArray<string> Required { get; } =
        [Students, Sections, StudentSectionAssociations, StaffSectionAssociations, Assessments, StudentAssessments];
}

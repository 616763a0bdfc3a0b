namespace MathPlc.Interop.EdFi;

/// <summary>
/// A student section association (a student enrolled in a section) or a staff section association (a staff member
/// teaching it, with the classroom position: the one whose position is <c>Teacher of Record</c> is the section's teacher).
/// </summary>
/// <param name="Person">The <c>studentUniqueId</c> or <c>staffUniqueId</c>.</param>
/// <param name="Section">The section referenced.</param>
/// <param name="ClassroomPosition">For staff, the <c>classroomPositionDescriptor</c>; null for students.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiSectionAssociation(string Person, EdFiSectionKey Section, string? ClassroomPosition = null, EdFiSource? Source = null)
{
    /// <summary>The classroom position of a teacher of record.</summary>
    public const string TeacherOfRecord = "Teacher of Record";

    /// <summary>Whether this staff member is the section's teacher of record.</summary>
    public bool IsTeacherOfRecord => EdFiDescriptor.Is(ClassroomPosition, TeacherOfRecord);
}

namespace MathPlc.Interop.EdFi;

/// <summary>
/// The natural key of an Ed-Fi section: its <c>sectionIdentifier</c> and the course offering it belongs to
/// (<c>localCourseCode</c>, <c>schoolId</c>, <c>schoolYear</c>, <c>sessionName</c>), as a <c>sectionReference</c> carries
/// it. Numbers are kept as written; a field the file leaves out is empty.
/// </summary>
/// <param name="SectionIdentifier">The section's identifier, unique within the course offering.</param>
/// <param name="LocalCourseCode">The course offering's local course code.</param>
/// <param name="SchoolId">The school's education organization id.</param>
/// <param name="SchoolYear">The school year (the year it ends, e.g. <c>2026</c>).</param>
/// <param name="SessionName">The session (term) name.</param>
public readonly record struct EdFiSectionKey(string SectionIdentifier, string LocalCourseCode, string SchoolId, string SchoolYear, string SessionName)
{
    /// <inheritdoc/>
    public override string ToString() => $"{SectionIdentifier} ({LocalCourseCode}, school {SchoolId}, {SessionName} {SchoolYear})";
}

using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// What a complete OneRoster 1.2 export needs beyond a team's roster and gradebook: the school (and its district), the
/// term, the course, the line items' category, and people's names. With it, <see cref="OneRosterFolder.Write(string, OneRosterData, OneRosterDistrict)"/>
/// writes every file and fills every column the 1.2 CSV binding marks required.
/// </summary>
/// <param name="SchoolId">The school org's sourcedId.</param>
/// <param name="SchoolName">The school's name.</param>
/// <param name="TermId">The term's academic session sourcedId.</param>
/// <param name="TermTitle">The term's title.</param>
/// <param name="TermStart">The term's first day.</param>
/// <param name="TermEnd">The term's last day.</param>
/// <param name="SchoolYear">The school year, named by the year it ends in.</param>
/// <param name="CourseId">The course's sourcedId (every class is of this course).</param>
/// <param name="CourseTitle">The course's title.</param>
/// <param name="DistrictId">The district org's sourcedId, or null for none.</param>
/// <param name="DistrictName">The district's name, or null.</param>
/// <param name="CategoryId">The line items' category sourcedId.</param>
/// <param name="CategoryTitle">The category's title.</param>
/// <param name="Names">Given and family names by user sourcedId; a user without one is written with given name
/// <c>Student</c> or <c>Teacher</c> and the sourcedId as family name (both are required by 1.2).</param>
public sealed record OneRosterDistrict(
    string SchoolId, string SchoolName, string TermId, string TermTitle, LocalDate TermStart, LocalDate TermEnd, int SchoolYear,
    string CourseId, string CourseTitle, string? DistrictId = null, string? DistrictName = null,
    string CategoryId = "common-assessment", string CategoryTitle = "Common assessment",
    IReadOnlyDictionary<string, (string Given, string Family)>? Names = null)
{
    /// <summary>The term's last day, on or after its first.</summary>
    public LocalDate TermEnd { get; } = TermEnd >= TermStart ? TermEnd
        : throw new ArgumentOutOfRangeException(nameof(TermEnd), TermEnd, $"The term ends ({TermEnd:yyyy-MM-dd}) before it starts ({TermStart:yyyy-MM-dd}).");
}

using NodaTime;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// What an Ed-Fi ODS needs to place a team's data that MathPlc's own values do not say: the school, the school year and
/// session of the sections, the local course code, and the namespace of the team's assessment.
/// </summary>
/// <param name="SchoolId">The school's education organization id (digits).</param>
/// <param name="SchoolYear">The school year, named by the year it ends in (Ed-Fi's <c>schoolYear</c>).</param>
/// <param name="SessionName">The session (term) of the sections.</param>
/// <param name="LocalCourseCode">The course offering's local course code.</param>
/// <param name="Namespace">The namespace URI of the team's assessment.</param>
public sealed record EdFiContext(string SchoolId, int SchoolYear, string SessionName, string LocalCourseCode, string Namespace)
{
    /// <summary>The namespace MathPlc gives a team's common assessment when none is given.</summary>
    public const string DefaultNamespace = "uri://mathplc.org/Assessment";

    /// <summary>A context for a team assessing on <paramref name="date"/>: school <c>1</c>, the school year that date is in (July starts a year), session <c>Year</c>, course <c>MATH</c>.</summary>
    public static EdFiContext For(LocalDate date) => new("1", date.Month >= 7 ? date.Year + 1 : date.Year, "Year", "MATH", DefaultNamespace);
}

using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Which part of a district's OneRoster export is the team's: the courses whose classes make up the roster. A
/// district export holds every class a student takes (mathematics, English, science, …), while a team's roster has
/// each student in one mathematics class.
/// </summary>
/// <remarks>
/// By default (no courses) every class in <c>classes.csv</c> counts. With courses, only the classes whose
/// <c>courseSourcedId</c> is one of them count; enrollments, line items and results of the other classes are
/// skipped and counted in <see cref="ReadResult{T}.Notes"/>, never dropped silently.
/// </remarks>
public sealed record OneRosterReadOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="courses">The <c>courseSourcedId</c> values whose classes are the team's; none (all classes) by default.</param>
    /// <exception cref="ArgumentException">A course id is null, empty or white space.</exception>
    public OneRosterReadOptions(IEnumerable<string>? courses = null)
    {
        var list = (courses ?? []).ToImmutableArray();
        foreach (var course in list)
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(course), nameof(courses), "A course id must not be null, empty or white space.");
        Courses = [.. list.Select(static c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every class counts.</summary>
    public static OneRosterReadOptions Default { get; } = new();

    /// <summary>The courses whose classes are the team's, distinct and sorted; empty means every class.</summary>
    public ValueArray<string> Courses { get; }

    /// <summary>Whether a class of this course is the team's.</summary>
    public bool Includes(string? course) => Courses.IsEmpty || (course is not null && Courses.Contains(course, StringComparer.Ordinal));
}

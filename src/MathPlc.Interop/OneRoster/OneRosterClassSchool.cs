using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>The school a OneRoster class belongs to (<c>classes.csv</c> <c>schoolSourcedId</c>).</summary>
/// <param name="Class">The class, a section of the roster.</param>
/// <param name="School">The school's <c>sourcedId</c> (an org of type school in <c>orgs.csv</c>).</param>
public sealed record OneRosterClassSchool(SectionId Class, string School);

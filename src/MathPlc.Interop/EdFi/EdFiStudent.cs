using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>A student resource: the district's student id (<c>studentUniqueId</c>) and names when given.</summary>
/// <param name="Id">The student's <c>studentUniqueId</c>.</param>
/// <param name="FirstName">The first name, or null.</param>
/// <param name="LastSurname">The last surname, or null.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiStudent(StudentId Id, string? FirstName = null, string? LastSurname = null, EdFiSource? Source = null);

using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// What the district records about a student that the team disaggregates by: the <c>sexDescriptor</c> and
/// <c>limitedEnglishProficiencyDescriptor</c> of a student education organization association, and whether the student is
/// served by a special education program (a student special education program association).
/// </summary>
/// <param name="Student">The student.</param>
/// <param name="Sex">The sex descriptor, or null.</param>
/// <param name="LimitedEnglishProficiency">The limited English proficiency descriptor (<c>Limited</c>, <c>NotLimited</c>, <c>Limited Monitored 1</c>, …), or null.</param>
/// <param name="Source">Where it was read; null when built in code.</param>
public sealed record EdFiStudentStatus(StudentId Student, string? Sex, string? LimitedEnglishProficiency, EdFiSource? Source = null)
{
    /// <summary>
    /// The roster attribute <c>ell</c>: <c>yes</c> when the descriptor's code value is <c>Limited</c> or a monitored
    /// status, <c>no</c> for <c>NotLimited</c>, null when none is recorded.
    /// </summary>
    public string? EnglishLearner => LimitedEnglishProficiency is null ? null
        : EdFiDescriptor.Is(LimitedEnglishProficiency, "NotLimited") ? "no" : "yes";

    /// <summary>The roster attribute <c>gender</c>: <c>f</c> for <c>Female</c>, <c>m</c> for <c>Male</c>, else the code value in lower case.</summary>
    public string? Gender => Sex is null ? null
        : EdFiDescriptor.Is(Sex, "Female") ? "f" : EdFiDescriptor.Is(Sex, "Male") ? "m" : EdFiDescriptor.CodeValue(Sex).ToLowerInvariant();
}

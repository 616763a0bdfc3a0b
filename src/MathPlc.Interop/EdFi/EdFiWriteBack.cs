using NodaTime;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// Where standards-based results and intervention groups go in an Ed-Fi ODS: the grading period of the grades, the grade
/// type, the begin date of the student section associations the grades hang on, and the sections' course offering.
/// </summary>
/// <param name="Context">The school, school year, session and course of the sections.</param>
/// <param name="GradingPeriodDescriptor">The grading period descriptor, e.g. <c>uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks</c>.</param>
/// <param name="GradingPeriodName">The grading period's name (≤ 60 characters).</param>
/// <param name="SectionBeginDate">The <c>beginDate</c> of the student section associations (part of their key).</param>
/// <param name="GradeType">The grade type descriptor; <c>Progress Report</c> by default (a unit check, not a final grade).</param>
public sealed record EdFiWriteBack(EdFiContext Context, string GradingPeriodDescriptor, string GradingPeriodName, LocalDate SectionBeginDate, string? GradeType = null)
{
    /// <summary>The grade type descriptor written.</summary>
    public string GradeType { get; } = GradeType ?? EdFiDescriptor.Of("GradeTypeDescriptor", "Progress Report");
}

using MathPlc.CriticalQuestions;
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

    private static readonly string[] Ordinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"];

    /// <summary>
    /// Where a unit cycle's results go when nothing else is said: <paramref name="context"/> (by default
    /// <see cref="EdFiContext.For"/> the assessment date, as <see cref="EdFiCycleInputs.ToEdFi"/> writes the roster), the
    /// calendar's grading period that holds the assessment date — its name, and the Ed-Fi default descriptor for its
    /// place among the calendar's periods (four: <c>First</c>…<c>Fourth Nine Weeks</c>; six: <c>… Six Weeks</c>; three:
    /// <c>… Trimester</c>; two: <c>… Semester</c>) — else <c>End of Year</c> named <c>Year</c>, and the sections beginning
    /// on the calendar's first day.
    /// </summary>
    /// <remarks>Descriptor values from Ed-Fi Data Standard v5's default GradingPeriodDescriptor set (reference/interop.md §3).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static EdFiWriteBack For(UnitCycleInput input, EdFiContext? context = null)
    {
        Guard.Against.Null(input);
        var calendar = input.Calendar;
        var periods = calendar.GradingPeriods;
        var period = calendar.GradingPeriodOn(input.AssessedOn);
        int index = period is null ? -1 : periods.IndexOf(period);
        string? code = index < 0 ? null : periods.Length switch
        {
            4 => $"{Ordinals[index]} Nine Weeks",
            6 => $"{Ordinals[index]} Six Weeks",
            3 => $"{Ordinals[index]} Trimester",
            2 => $"{Ordinals[index]} Semester",
            _ => null,
        };
        string name = period is null || code is null ? "Year" : period.Name.Length <= 60 ? period.Name : period.Name[..60];
        return new EdFiWriteBack(context ?? EdFiContext.For(input.AssessedOn), EdFiDescriptor.Of("GradingPeriodDescriptor", code ?? "End of Year"), name, calendar.FirstDay);
    }
}

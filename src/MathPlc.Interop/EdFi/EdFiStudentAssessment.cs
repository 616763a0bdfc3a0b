using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.EdFi;

/// <summary>A student assessment resource: one student's results on one assessment, item by item or objective by objective.</summary>
public sealed record EdFiStudentAssessment
{
    /// <summary>Creates the value.</summary>
    /// <param name="identifier">The <c>studentAssessmentIdentifier</c>.</param>
    /// <param name="assessmentIdentifier">The assessment taken.</param>
    /// <param name="student">The student.</param>
    /// <param name="administrationDate">The date of the administration (the date part of <c>administrationDate</c>), or null.</param>
    /// <param name="items">The item scores (<c>items</c>).</param>
    /// <param name="objectives">The objective-assessment raw scores (<c>studentObjectiveAssessments</c>).</param>
    /// <param name="source">Where it was read; null when built in code.</param>
    /// <exception cref="ArgumentNullException">A collection or required text is null.</exception>
    public EdFiStudentAssessment(string identifier, string assessmentIdentifier, StudentId student, LocalDate? administrationDate, IEnumerable<EdFiPartScore> items, IEnumerable<EdFiPartScore> objectives, EdFiSource? source = null)
    {
        Items = [.. Guard.Against.Null(items)];
        Objectives = [.. Guard.Against.Null(objectives)];
        Identifier = Guard.Against.Null(identifier);
        AssessmentIdentifier = Guard.Against.Null(assessmentIdentifier);
        Student = student;
        AdministrationDate = administrationDate;
        Source = source;
    }

    /// <summary>The <c>studentAssessmentIdentifier</c>.</summary>
    public string Identifier { get; }

    /// <summary>The assessment taken.</summary>
    public string AssessmentIdentifier { get; }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>The date of the administration (the date part of <c>administrationDate</c>), or null.</summary>
    public LocalDate? AdministrationDate { get; }

    /// <summary>Where it was read; null when built in code.</summary>
    public EdFiSource? Source { get; }

    /// <summary>The item scores.</summary>
    public ValueArray<EdFiPartScore> Items { get; }

    /// <summary>The objective-assessment raw scores.</summary>
    public ValueArray<EdFiPartScore> Objectives { get; }
}

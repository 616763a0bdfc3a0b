using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// One gradebook column of a class (a row of <c>lineItems.csv</c>), such as a common unit assessment, with the
/// learning objectives it is linked to.
/// </summary>
/// <remarks>
/// Source: 1EdTech OneRoster 1.1 and 1.2 CSV binding, <c>lineItems.csv</c> and
/// <c>lineItemLearningObjectiveIds.csv</c> (see <c>reference/interop.md</c> §2.3). The term (<c>gradingPeriodSourcedId</c>
/// in 1.1, <c>academicSessionSourcedId</c> in 1.2), category and school are not kept. Two line items with the same
/// content are equal.
/// </remarks>
public sealed record OneRosterLineItem
{
    /// <summary>Creates a line item.</summary>
    /// <param name="sourcedId">The line item's id; trimmed, not empty.</param>
    /// <param name="title">The title; trimmed; may be empty.</param>
    /// <param name="section">The class it belongs to.</param>
    /// <param name="assignDate">When it was assigned, when known.</param>
    /// <param name="dueDate">When it is due, when known.</param>
    /// <param name="resultValueMin">The lowest possible score, when known; finite.</param>
    /// <param name="resultValueMax">The highest possible score, when known; finite, not below the lowest.</param>
    /// <param name="learningObjectives">The learning objectives it assesses; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourcedId"/> or <paramref name="title"/> is null, or <paramref name="learningObjectives"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourcedId"/> is empty, or <paramref name="section"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A result value is not finite, or the maximum is below the minimum.</exception>
    public OneRosterLineItem(
        string sourcedId, string title, SectionId section, LocalDate? assignDate = null, LocalDate? dueDate = null,
        double? resultValueMin = null, double? resultValueMax = null, IEnumerable<OneRosterLearningObjective>? learningObjectives = null)
    {
        Guard.Against.NullOrWhiteSpace(sourcedId);
        Guard.Against.Null(title);
        Guard.Against.Unmet(section.Value is not null, nameof(section), "The class must not be the default (empty) value.");
        if (resultValueMin is { } min) Guard.Against.NotFinite(min, nameof(resultValueMin));
        if (resultValueMax is { } max)
        {
            Guard.Against.NotFinite(max, nameof(resultValueMax));
            if (resultValueMin is { } low && max < low)
                throw new ArgumentOutOfRangeException(nameof(resultValueMax), max, $"The highest score must not be below the lowest ({InvariantNumber.Format(low)}).");
        }
        SourcedId = sourcedId.Trim();
        Title = title.Trim();
        Section = section;
        AssignDate = assignDate;
        DueDate = dueDate;
        ResultValueMin = resultValueMin;
        ResultValueMax = resultValueMax;
        LearningObjectives = Guard.Against.NullOrNullElements(learningObjectives ?? [], nameof(learningObjectives));
    }

    /// <summary>The line item's id.</summary>
    public string SourcedId { get; }

    /// <summary>The title, e.g. <c>Unit 2 common assessment</c>.</summary>
    public string Title { get; }

    /// <summary>The class (section) it belongs to.</summary>
    public SectionId Section { get; }

    /// <summary>When it was assigned, or null.</summary>
    public LocalDate? AssignDate { get; }

    /// <summary>When it is due, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>The lowest possible score, or null.</summary>
    public double? ResultValueMin { get; }

    /// <summary>The highest possible score, or null.</summary>
    public double? ResultValueMax { get; }

    /// <summary>The learning objectives it assesses, in file order.</summary>
    public ValueArray<OneRosterLearningObjective> LearningObjectives { get; }

    /// <summary>A copy with these learning objectives instead.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="learningObjectives"/> is or holds null.</exception>
    public OneRosterLineItem WithLearningObjectives(IEnumerable<OneRosterLearningObjective> learningObjectives)
    {
        Guard.Against.Null(learningObjectives);
        return new(SourcedId, Title, Section, AssignDate, DueDate, ResultValueMin, ResultValueMax, learningObjectives);
    }
}

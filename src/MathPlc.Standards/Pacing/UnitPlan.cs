using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// A unit as a team plans it: its essential targets, its teaching days, its common-assessment days and its flex days
/// (re-engagement and intervention after the assessment). On the calendar the unit takes
/// <see cref="TotalDays"/> instructional days in that order: teaching, assessment, flex.
/// </summary>
/// <remarks>
/// Kanold's essential-standards unit plan (high-leverage team action 1) lists the essential standards, the time frame
/// and the time per standard; RTI at Work plans intervention time after the common assessment (Buffum, Mattos and
/// Malone, <i>Taking Action</i>, 2018). A unit usually has three to five essential standards; this is not enforced.
/// </remarks>
public sealed record UnitPlan
{
    /// <summary>Creates a unit plan.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="teachingDays"/> is less than 1, or a day count is negative.</exception>
    /// <exception cref="ArgumentException">The days in all exceed <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="ArgumentNullException">A target is null.</exception>
    public UnitPlan(string name, int teachingDays, IEnumerable<EssentialTarget>? targets = null, int assessmentDays = 1, int flexDays = 0)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Below(teachingDays, 1);
        Guard.Against.Below(assessmentDays, 0);
        Guard.Against.Below(flexDays, 0);
        // The total must be a number of days (issue 14: 2147483647 teaching days overflowed the total into a crash).
        Guard.Against.Unmet((long)teachingDays + assessmentDays + flexDays <= int.MaxValue, nameof(teachingDays),
            $"A unit of {(long)teachingDays + assessmentDays + flexDays} days in all is beyond any calendar.");
        Name = name.Trim();
        TeachingDays = teachingDays;
        AssessmentDays = assessmentDays;
        FlexDays = flexDays;
        Targets = Guard.Against.NullOrNullElements(targets ?? [], nameof(targets));
    }

    /// <summary>The unit's name, e.g. "Unit 2: Ratios and rates".</summary>
    public string Name { get; }

    /// <summary>Instructional days of teaching.</summary>
    public int TeachingDays { get; }

    /// <summary>Instructional days of common assessment (default 1).</summary>
    public int AssessmentDays { get; }

    /// <summary>Flex days for re-engagement and intervention (default 0).</summary>
    public int FlexDays { get; }

    /// <summary>All the instructional days the unit takes.</summary>
    public int TotalDays => TeachingDays + AssessmentDays + FlexDays;

    /// <summary>The essential targets.</summary>
    public ValueArray<EssentialTarget> Targets { get; }

    /// <summary>The same unit with <paramref name="flexDays"/> flex days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flexDays"/> is negative.</exception>
    public UnitPlan WithFlexDays(int flexDays) => new(Name, TeachingDays, Targets, AssessmentDays, flexDays);
}

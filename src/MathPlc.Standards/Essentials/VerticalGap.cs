using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>An essential standard whose prerequisite in an earlier grade was not essential there: a gap in vertical alignment.</summary>
/// <param name="Essential">The essential standard.</param>
/// <param name="Prerequisite">Its prerequisite (it <c>precedes</c> the essential standard) in an earlier grade.</param>
/// <param name="Reason">The gap in words, with both codes and grades.</param>
public sealed record VerticalGap(TargetId Essential, TargetId Prerequisite, Reason Reason);

using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>One step of a learning progression: <see cref="From"/> is learned before <see cref="To"/> (a CASE <c>precedes</c> association between two items of the framework).</summary>
/// <param name="From">The earlier target (the prerequisite).</param>
/// <param name="To">The later target.</param>
/// <param name="AssociationIdentifier">The identifier of the <c>precedes</c> association that says so.</param>
public sealed record Progression(TargetId From, TargetId To, string AssociationIdentifier);

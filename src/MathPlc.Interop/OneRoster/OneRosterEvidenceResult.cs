using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// The evidence a OneRoster gradebook gives, and every result or objective score that gave none with its reason:
/// nothing is dropped silently.
/// </summary>
public sealed record OneRosterEvidenceResult
{
    /// <summary>Collects the evidence and what was skipped.</summary>
    /// <exception cref="ArgumentNullException">A collection is or holds null.</exception>
    public OneRosterEvidenceResult(IEnumerable<Evidence> evidence, IEnumerable<OneRosterSkippedResult> skipped)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(skipped);
        Evidence = Guard.Against.NullOrNullElements(evidence, nameof(evidence));
        Skipped = Guard.Against.NullOrNullElements(skipped, nameof(skipped));
    }

    /// <summary>The evidence, in the order of the results (and of each result's objective scores).</summary>
    public ValueArray<Evidence> Evidence { get; }

    /// <summary>What gave no evidence, and why, in the order of the results.</summary>
    public ValueArray<OneRosterSkippedResult> Skipped { get; }
}

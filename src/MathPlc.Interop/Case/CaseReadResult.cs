using MathPlc.Core;

namespace MathPlc.Interop.Case;

/// <summary>A CASE package as read, with what the reader found: departures from CASE 1.0 (strict), normalisations (tolerant) and dangling associations (both).</summary>
/// <param name="Package">The package, with every item and association of the file.</param>
/// <param name="Diagnostics">Every departure, normalisation or dangling association, in file order, each with its JSON path.</param>
/// <param name="Mode">The mode it was read in.</param>
public sealed record CaseReadResult(CasePackage Package, ValueArray<DataDiagnostic> Diagnostics, CaseReadMode Mode)
{
    /// <summary>Whether the file follows CASE 1.0 with nothing to report.</summary>
    public bool IsClean => Diagnostics.IsEmpty;
}

using MathPlc.Core;

namespace MathPlc.Standards.Case;

/// <summary>
/// A CASE package as read (the <see cref="ReadResult{T}.Value"/>, with every item and association of the file) and what
/// the reader found, each with its JSON path: read <see cref="CaseReadMode.Strict"/>, every departure from CASE 1.0
/// and every dangling association is a problem (<see cref="ReadResult{T}.GetValueOrThrow"/> throws); read
/// <see cref="CaseReadMode.Tolerant"/>, what the reader normalised and the dangling associations are notes.
/// </summary>
public sealed record CaseReadResult : ReadResult<CasePackage>
{
    /// <summary>Collects what was read.</summary>
    /// <param name="package">The package, with every item and association of the file.</param>
    /// <param name="findings">Every departure, normalisation or dangling association, in file order: problems when
    /// <paramref name="mode"/> is strict, notes when tolerant.</param>
    /// <param name="mode">The mode it was read in.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="findings"/> holds null.</exception>
    public CaseReadResult(CasePackage package, IEnumerable<DataDiagnostic> findings, CaseReadMode mode)
        : this(Guard.Against.Null(package), Guard.Against.NullOrNullElements(findings, nameof(findings)), mode)
    {
    }

    private CaseReadResult(CasePackage package, ImmutableArray<DataDiagnostic> findings, CaseReadMode mode)
        : base(package, mode == CaseReadMode.Strict ? findings : [], mode == CaseReadMode.Strict ? [] : findings)
    {
        Mode = mode;
    }

    /// <summary>The mode it was read in.</summary>
    public CaseReadMode Mode { get; }

    /// <summary>Whether the file follows CASE 1.0 with nothing to report (no problem and no note).</summary>
    public bool IsClean => Problems.IsEmpty && Notes.IsEmpty;
}

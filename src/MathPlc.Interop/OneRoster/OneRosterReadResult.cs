using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Everything read from a OneRoster folder: the data that could be read, every problem found (each naming its file
/// and line), and notes counting the rows skipped by rule (deleted rows, other roles, classes outside the team's
/// courses).
/// </summary>
/// <remarks>
/// The <see cref="ReadResult{T}.Value"/> holds what could be read even when there are problems, so a tool can show
/// both; a caller that must not go on with partial data uses <see cref="ReadResult{T}.GetValueOrThrow"/>.
/// </remarks>
public sealed record OneRosterReadResult : ReadResult<OneRosterData>
{
    /// <summary>Collects what was read.</summary>
    /// <param name="version">The OneRoster version the manifest declares (e.g. <c>1.2</c>), or null when it declares none.</param>
    /// <param name="data">The data that could be read.</param>
    /// <param name="problems">Every problem, in the order the files were read.</param>
    /// <param name="notes">The rows skipped by rule, one note per file and reason with the count and first line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null, or a collection holds null.</exception>
    public OneRosterReadResult(string? version, OneRosterData data, IEnumerable<DataDiagnostic> problems, IEnumerable<DataDiagnostic> notes)
        : base(Guard.Against.Null(data), Guard.Against.NullOrNullElements(problems), Guard.Against.NullOrNullElements(notes))
    {
        Version = version;
    }

    /// <summary>The OneRoster version the manifest declares, or null.</summary>
    public string? Version { get; }
}

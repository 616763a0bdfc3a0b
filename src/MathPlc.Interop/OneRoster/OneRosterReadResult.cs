using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Everything read from a OneRoster folder: the data that could be read, every problem found (each naming its file
/// and line), and notes counting the rows skipped by rule (deleted rows, other roles, classes outside the team's
/// courses).
/// </summary>
/// <remarks>
/// The <see cref="Data"/> holds what could be read even when there are problems, so a tool can show both; a caller
/// that must not go on with partial data uses <see cref="DataOrThrow"/>.
/// </remarks>
public sealed record OneRosterReadResult
{
    /// <summary>Collects what was read.</summary>
    /// <param name="version">The OneRoster version the manifest declares (e.g. <c>1.2</c>), or null when it declares none.</param>
    /// <param name="data">The data that could be read.</param>
    /// <param name="diagnostics">Every problem, in the order the files were read.</param>
    /// <param name="notes">The rows skipped by rule, one note per file and reason with the count and first line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null, or a collection holds null.</exception>
    public OneRosterReadResult(string? version, OneRosterData data, IEnumerable<DataDiagnostic> diagnostics, IEnumerable<DataDiagnostic> notes)
    {
        Guard.Against.Null(data);
        Version = version;
        Data = data;
        Diagnostics = Guard.Against.NullOrNullElements(diagnostics, nameof(diagnostics));
        Notes = Guard.Against.NullOrNullElements(notes, nameof(notes));
    }

    /// <summary>The OneRoster version the manifest declares, or null.</summary>
    public string? Version { get; }

    /// <summary>The data that could be read.</summary>
    public OneRosterData Data { get; }

    /// <summary>Every problem found, in the order the files were read.</summary>
    public ValueArray<DataDiagnostic> Diagnostics { get; }

    /// <summary>The rows skipped by rule, counted per file and reason; not problems.</summary>
    public ValueArray<DataDiagnostic> Notes { get; }

    /// <summary>Whether anything could not be read.</summary>
    public bool HasErrors => !Diagnostics.IsEmpty;

    /// <summary>The data, when everything could be read.</summary>
    /// <exception cref="DataFileException">Something could not be read; the exception carries every diagnostic.</exception>
    public OneRosterData DataOrThrow() => HasErrors ? throw new DataFileException(Diagnostics) : Data;
}

using MathPlc.Core;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// An Ed-Fi folder as read: its resources, the team's roster built from them (each student in one section, taught by the
/// section's teacher of record, with <c>ell</c>, <c>gender</c> and <c>iep</c> attributes where the district records them),
/// and every problem found, each naming the file, line and JSON path.
/// </summary>
public sealed record EdFiReadResult
{
    /// <summary>Creates the value.</summary>
    /// <param name="data">The resources that could be read.</param>
    /// <param name="roster">The roster, or null when it could not be built.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <exception cref="ArgumentNullException">A collection or required text is null.</exception>
    public EdFiReadResult(EdFiData data, Roster? roster, IEnumerable<DataDiagnostic> diagnostics)
    {
        Diagnostics = [.. Guard.Against.Null(diagnostics)];
        Data = Guard.Against.Null(data);
        Roster = roster;
    }

    /// <summary>The resources that could be read.</summary>
    public EdFiData Data { get; }

    /// <summary>The roster, or null when it could not be built.</summary>
    public Roster? Roster { get; }

    /// <summary>Every problem found, file by file.</summary>
    public ValueArray<DataDiagnostic> Diagnostics { get; }

    /// <summary>Whether anything could not be read or did not match.</summary>
    public bool HasErrors => !Diagnostics.IsEmpty || Roster is null;

    /// <summary>The resources and roster, when everything read and matched.</summary>
    /// <exception cref="DataFileException">Something could not be read; the exception carries every diagnostic.</exception>
    public (EdFiData Data, Roster Roster) OrThrow() => HasErrors
        ? throw new DataFileException(Diagnostics.IsEmpty ? [new DataDiagnostic("empty-roster", "no student is in a section", EdFiFiles.StudentSectionAssociations)] : Diagnostics)
        : (Data, Roster!);
}

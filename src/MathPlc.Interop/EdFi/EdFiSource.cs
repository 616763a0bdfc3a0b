namespace MathPlc.Interop.EdFi;

/// <summary>Where an Ed-Fi value was read: the file, the JSON path of the resource (<c>$[3]</c>) and its line.</summary>
/// <param name="File">The file as the caller named it.</param>
/// <param name="Path">The JSON path of the resource in the file's array.</param>
/// <param name="Line">The 1-based line the resource starts on, when known.</param>
public sealed record EdFiSource(string File, string Path, int? Line)
{
    /// <summary>A diagnostic about this resource (or a value inside it, at <paramref name="path"/>).</summary>
    public DataDiagnostic Problem(string code, string message, string? path = null, string? value = null) =>
        new(code, message, File, Line, Field: path ?? Path, Value: value is null ? null : Quote(value));

    /// <summary>A value shortened to at most 80 characters for a message.</summary>
    internal static string Quote(string value) => value.Length <= 80 ? value : value[..79] + "…";
}

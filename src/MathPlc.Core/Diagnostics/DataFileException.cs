namespace MathPlc.Core.Diagnostics;

/// <summary>
/// A data file could not be read into values: it carries every <see cref="DataDiagnostic"/> found, the first
/// of which is also the exception's message.
/// </summary>
/// <remarks>The command-line tool turns this exception into exit code 3 and writes the diagnostics to standard error.</remarks>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics.</summary>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty.</exception>
    public DataFileException(IEnumerable<DataDiagnostic> diagnostics, Exception? innerException = null)
        : base(FirstMessage(diagnostics), innerException)
    {
        Diagnostics = [.. diagnostics];
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<DataDiagnostic> Diagnostics { get; }

    private static string FirstMessage(IEnumerable<DataDiagnostic> diagnostics)
    {
        Guard.Against.Null(diagnostics);
        var list = diagnostics as IReadOnlyCollection<DataDiagnostic> ?? [.. diagnostics];
        Guard.Against.Unmet(list.Count > 0, nameof(diagnostics), "A data file exception needs at least one diagnostic.");
        string first = list.First().ToString();
        return list.Count == 1 ? first : $"{first} (and {list.Count - 1} more problem{(list.Count == 2 ? "" : "s")})";
    }
}

namespace MathPlc.Interop.Csv;

/// <summary>Opening a file for the intervention readers, the same way <see cref="EvidenceCsv"/> does.</summary>
internal static class InterventionCsvFile
{
    /// <summary>Opens <paramref name="path"/> for one sequential read and hands it to <paramref name="read"/>.</summary>
    public static CsvReadResult<T> Read<T>(string path, Func<Stream, string, CsvReadResult<T>> read) where T : class
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return read(stream, path);
    }
}

using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Grading;

/// <summary>Reads the <c>--in</c> evidence file through Interop's <see cref="EvidenceCsv"/>; the CLI has no CSV parser of its own.</summary>
internal static class EvidenceFile
{
    /// <summary>The evidence in the CSV file at <paramref name="path"/>, every score on <paramref name="scale"/>.</summary>
    /// <exception cref="DataFileException">The file is missing, or a row is bad or has a score off the scale; every diagnostic names the line and column.</exception>
    public static ImmutableArray<Evidence> Read(string path, ProficiencyScale scale) =>
        InputFile.Read(path, (stream, file) => EvidenceCsv.Read(stream, file, scale).ValuesOrThrow());
}

using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Grading.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// The grading files the command line reads: a proficiency scale (<c>mathplc proficiency --scale scale.json</c>), a
/// grading policy (<c>--policy policy.json</c>) and a report-card rule (<c>mathplc report-card --rules rules.json</c>),
/// each in the library's JSON contract, read with a <see cref="DataDiagnostic"/> (file, line, column, JSON path,
/// value, reason) for every problem of the file (decision 0140).
/// </summary>
/// <remarks>
/// The files are read by the packages' own tables (<see cref="CoreJson.Formats"/> for a scale, <see cref="GradingJson.Formats"/>
/// for a policy and a rule); these methods add opening a file by its path for the command line. Comments and trailing commas are accepted; unknown properties are refused.
/// Malformed JSON and a value of the wrong JSON type stop at the first problem, as the parser does; each diagnostic has the
/// line and column the streaming converters printed. JSON Schemas: docs/schemas/.
/// </remarks>
public static class GradingFilesJson
{
    /// <summary>Reads a scale from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid scale.</exception>
    public static ProficiencyScale ReadScale(Stream utf8Json, string fileName) => CoreJson.Formats.Read<ProficiencyScale>(utf8Json, fileName);

    /// <summary>Reads a policy from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid policy.</exception>
    public static GradingPolicy ReadPolicy(Stream utf8Json, string fileName) => GradingJson.Formats.Read<GradingPolicy>(utf8Json, fileName);

    /// <summary>Reads a report-card rule from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid rule.</exception>
    public static ReportCardRule ReadReportCardRule(Stream utf8Json, string fileName) => GradingJson.Formats.Read<ReportCardRule>(utf8Json, fileName);

    /// <summary>Reads a scale file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid scale.</exception>
    public static ProficiencyScale ReadScale(string path) => ReadFile(path, ReadScale);

    /// <summary>Reads a policy file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid policy.</exception>
    public static GradingPolicy ReadPolicy(string path) => ReadFile(path, ReadPolicy);

    /// <summary>Reads a report-card rule file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid rule.</exception>
    public static ReportCardRule ReadReportCardRule(string path) => ReadFile(path, ReadReportCardRule);

    private static T ReadFile<T>(string path, Func<Stream, string, T> read)
    {
        Guard.Against.Null(path);
        using var stream = InputPath.OpenRead(path);
        return read(stream, path);
    }
}

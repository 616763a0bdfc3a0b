using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// The grading files the command line reads: a proficiency scale (<c>mathplc proficiency --scale scale.json</c>), a
/// grading policy (<c>--policy policy.json</c>) and a report-card rule (<c>mathplc report-card --rules rules.json</c>),
/// each in the library's JSON contract, read with one <see cref="DataDiagnostic"/> (file, line, column, JSON path,
/// value, reason) for anything wrong.
/// </summary>
/// <remarks>
/// The contracts are those of <see cref="MathPlcJson"/>: a scale as <see cref="ProficiencyScaleJsonConverter"/>
/// writes it, a policy as <see cref="GradingPolicyJsonConverter"/>, a rule as <see cref="ReportCardRuleJsonConverter"/>.
/// Comments and trailing commas are accepted; unknown properties are refused. JSON Schemas: docs/schemas/.
/// </remarks>
public static class GradingFilesJson
{
    private static readonly JsonSerializerOptions ReadOptions = new(MathPlcJson.Options)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonTypeInfo<ProficiencyScale> ScaleContract = JsonMetadataServices.CreateValueInfo<ProficiencyScale>(ReadOptions, ProficiencyScaleJsonConverter.Instance);
    private static readonly JsonTypeInfo<GradingPolicy> PolicyContract = JsonMetadataServices.CreateValueInfo<GradingPolicy>(ReadOptions, GradingPolicyJsonConverter.Instance);
    private static readonly JsonTypeInfo<ReportCardRule> RuleContract = JsonMetadataServices.CreateValueInfo<ReportCardRule>(ReadOptions, ReportCardRuleJsonConverter.Instance);

    /// <summary>Reads a scale from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid scale.</exception>
    public static ProficiencyScale ReadScale(Stream utf8Json, string fileName) => Read(utf8Json, fileName, ScaleContract, "a scale");

    /// <summary>Reads a policy from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid policy.</exception>
    public static GradingPolicy ReadPolicy(Stream utf8Json, string fileName) => Read(utf8Json, fileName, PolicyContract, "a grading policy");

    /// <summary>Reads a report-card rule from UTF-8 JSON; the stream is read to its end and left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid rule.</exception>
    public static ReportCardRule ReadReportCardRule(Stream utf8Json, string fileName) => Read(utf8Json, fileName, RuleContract, "a report-card rule");

    /// <summary>Reads a scale file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid scale.</exception>
    public static ProficiencyScale ReadScale(string path) => ReadFile(path, ScaleContract, "a scale");

    /// <summary>Reads a policy file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid policy.</exception>
    public static GradingPolicy ReadPolicy(string path) => ReadFile(path, PolicyContract, "a grading policy");

    /// <summary>Reads a report-card rule file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid rule.</exception>
    public static ReportCardRule ReadReportCardRule(string path) => ReadFile(path, RuleContract, "a report-card rule");

    /// <summary>
    /// Reads one value from JSON text through the shared input gate (strict UTF-8 or UTF-16 with a byte-order mark, no
    /// NUL, no property twice); the stream is read to its end and left open.
    /// </summary>
    /// <exception cref="DataFileException">The JSON is not a valid value; its one diagnostic says where and why.</exception>
    private static T Read<T>(Stream utf8Json, string fileName, JsonTypeInfo<T> contract, string what)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        try
        {
            return JsonSerializer.Deserialize(JsonInput.Read(utf8Json, fileName).Span, contract)
                ?? throw new DataFileException([new DataDiagnostic("wrong-type", $"{what} must be a JSON object, not null.", fileName, Field: JsonPath.Root, Value: "null")]);
        }
        catch (JsonException e)
        {
            throw new DataFileException([CalendarJson.DiagnosticOf(e, fileName)], e);
        }
    }

    private static T ReadFile<T>(string path, JsonTypeInfo<T> contract, string what)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, contract, what);
    }
}

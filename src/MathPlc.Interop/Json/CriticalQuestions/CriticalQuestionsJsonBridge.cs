using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.CriticalQuestions;
using MathPlc.CriticalQuestions.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// Keeps <c>MathPlcJson.Serialize(report)</c> writing a <see cref="UnitCycleReport"/> now that <c>report.json</c> lives
/// in <c>MathPlc.CriticalQuestions.Json</c> (decision 0145): the same bytes as <see cref="UnitCycleReportJson.Write"/>
/// without its final line break. Reading a report through <see cref="MathPlcJson"/> is refused, as it always was: the
/// file is read back as its summary by <see cref="UnitCycleReportJson.Read"/>. Goes with <see cref="MathPlcJson"/>'s
/// per-type support in step 5 of decision 0093.
/// </summary>
internal sealed class CriticalQuestionsJsonBridge : IJsonTypeInfoResolver
{
    private static readonly FileJsonConverter<UnitCycleReport> Report = new(
        (_, _) => throw new NotSupportedException("A unit cycle report is not read through MathPlcJson: UnitCycleReportJson.Read gives its summary back."),
        UnitCycleReportJson.Write);

    private CriticalQuestionsJsonBridge()
    {
    }

    /// <summary>Adds the bridge to MathPlc's options, after the resolvers already there.</summary>
    public static void Register(JsonSerializerOptions options) => options.TypeInfoResolverChain.Add(new CriticalQuestionsJsonBridge());

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(UnitCycleReport) ? JsonMetadataServices.CreateValueInfo<UnitCycleReport>(options, Report) : null;
}

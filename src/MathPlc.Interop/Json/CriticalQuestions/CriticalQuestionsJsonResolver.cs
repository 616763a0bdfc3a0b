using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.CriticalQuestions;

namespace MathPlc.Interop.Json.CriticalQuestions;

/// <summary>
/// The JSON contract of the unit cycle's report (<see cref="UnitCycleReport"/>), written by a hand-written converter
/// and resolved without reflection, so it is as trimming-safe as the source-generated <see cref="MathPlcJsonContext"/>.
/// <see cref="MathPlcJson.Options"/> includes it, so <c>MathPlcJson.Serialize(report)</c> writes a report like any
/// other MathPlc value.
/// </summary>
/// <remarks>
/// A source-generated context would walk every type the report holds (two of them named <c>GroupKind</c>) and
/// generate contracts the converter never uses; the converter writes each part through the contracts MathPlc already
/// has (proficiency results, reasons). Decision record 0072.
/// </remarks>
public sealed class CriticalQuestionsJsonResolver : IJsonTypeInfoResolver
{
    /// <summary>The one instance.</summary>
    public static CriticalQuestionsJsonResolver Default { get; } = new();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(UnitCycleReport) ? JsonMetadataServices.CreateValueInfo<UnitCycleReport>(options, UnitCycleReportJsonConverter.Instance) : null;
}

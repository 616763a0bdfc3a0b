using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;

namespace MathPlc.Cli.Interventions;

/// <summary>Reasons as the intervention commands write them: <c>code: message</c> joined by <c>"; "</c> in CSV, structured in JSON.</summary>
internal static class ReasonText
{
    /// <summary>The reasons for a CSV cell.</summary>
    public static string Csv(IEnumerable<Reason> reasons) => string.Join("; ", reasons.Select(r => $"{r.Code}: {r.Message}"));

    /// <summary>Writes the reasons as the array property <c>reasons</c>, each with code, message and data (Interop's contract for <see cref="Reason"/>).</summary>
    public static void Json(Utf8JsonWriter json, ImmutableArray<Reason> reasons)
    {
        json.WritePropertyName("reasons");
        JsonSerializer.Serialize(json, reasons, MathPlcJsonContext.Default.ImmutableArrayReason);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MathPlc.Cli.Agenda;
using MathPlc.Cli.Assessments;
using MathPlc.Cli.Calendar;
using MathPlc.Cli.Commitments;
using MathPlc.Cli.Goals;
using MathPlc.Cli.Interventions;
using MathPlc.Cli.Standards;
using MathPlc.Cli.Teams;

namespace MathPlc.Cli.Text;

/// <summary>
/// The source-generated serializer for every <c>--format json</c> output contract of the tool (decision 0150): the
/// contracts are internal records next to their commands (<c>Goals/GoalsOutput.cs</c>), each with one <c>From</c> mapper
/// from the domain result, and nothing here is discovered by reflection, so the native-AOT tool stays warning-free.
/// </summary>
/// <remarks>
/// Use it through <see cref="CliJson.Text{T}(T, Func{CliJsonContext, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}})"/>,
/// which picks the contract from <see cref="Output"/>, the instance with the output options; <c>Default</c> lacks the
/// relaxed escaping an attribute cannot name.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(CalendarSummaryOutput))]
[JsonSerializable(typeof(NthInstructionalDayOutput))]
[JsonSerializable(typeof(GoalsOutput))]
[JsonSerializable(typeof(ItemsOutput))]
[JsonSerializable(typeof(SchoolsOutput))]
[JsonSerializable(typeof(AgreementOutput))]
[JsonSerializable(typeof(CommitmentsOutput))]
[JsonSerializable(typeof(AgendaOutput))]
[JsonSerializable(typeof(IReadOnlyList<StageOutput>))]
[JsonSerializable(typeof(StageOverviewOutput))]
[JsonSerializable(typeof(ObservationsOutput))]
[JsonSerializable(typeof(IReadOnlyList<RunChartOutput>))]
[JsonSerializable(typeof(PacingOutput))]
[JsonSerializable(typeof(StandardItemsOutput))]
[JsonSerializable(typeof(ProgressionsOutput))]
[JsonSerializable(typeof(TiersOutput))]
[JsonSerializable(typeof(IReadOnlyList<ProgressOutput>))]
[JsonSerializable(typeof(JsonArray))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The options every JSON output is written with (the bytes the hand-written writer gave): indented by two spaces,
    /// <c>\n</c> line ends on every platform, camelCase names unless a contract spells one otherwise, nulls written, numbers
    /// in shortest round-trip form (<c>3</c>, <c>0.1</c>, <c>-0</c>), and relaxed escaping so a name such as
    /// "Día de la Raza" stays readable — the output is a file, never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions OutputOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The context bound to <see cref="OutputOptions"/>: the one every output is serialized through.</summary>
    public static CliJsonContext Output { get; } = new(OutputOptions);
}

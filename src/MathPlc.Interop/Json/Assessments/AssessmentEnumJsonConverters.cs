using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes <see cref="CognitiveDemand"/> as its camelCase name (<c>"proceduresWithConnections"</c>).</summary>
internal sealed class CognitiveDemandNameJsonConverter() : CamelCaseEnumJsonConverter<CognitiveDemand>("unknown-cognitive-demand", "a level of cognitive demand")
{
    /// <summary>The one instance.</summary>
    public static CognitiveDemandNameJsonConverter Instance { get; } = new();
}

/// <summary>Reads and writes <see cref="ItemFormat"/> as its camelCase name (<c>"constructedResponse"</c>).</summary>
internal sealed class ItemFormatJsonConverter() : CamelCaseEnumJsonConverter<ItemFormat>("unknown-item-format", "an item format")
{
    /// <summary>The one instance.</summary>
    public static ItemFormatJsonConverter Instance { get; } = new();
}

/// <summary>Reads and writes <see cref="MissingResponse"/> as its camelCase name (<c>"countAsZero"</c>).</summary>
internal sealed class MissingResponseJsonConverter() : CamelCaseEnumJsonConverter<MissingResponse>("unknown-missing-response", "a missing-response policy")
{
    /// <summary>The one instance.</summary>
    public static MissingResponseJsonConverter Instance { get; } = new();
}

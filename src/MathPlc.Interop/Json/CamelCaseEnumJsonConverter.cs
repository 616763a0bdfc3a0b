using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"summative"</c>, <c>"professionalDevelopment"</c>);
/// numbers are refused, so a file never depends on the order of the enum's members.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>
/// Like System.Text.Json's <see cref="JsonStringEnumConverter{TEnum}"/> with
/// <see cref="JsonNamingPolicy.CamelCase"/> and <c>allowIntegerValues: false</c>, but an unknown name is
/// reported with the list of names allowed, and names are matched ignoring case (a hand-written
/// <c>"Monday"</c> is read as <c>"monday"</c>). No reflection: the names come from
/// <see cref="Enum.GetValues{TEnum}"/>, which is safe under trimming and AOT.
/// </remarks>
public abstract class CamelCaseEnumJsonConverter<TEnum> : StringJsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly JsonChoice<TEnum> _choice;

    /// <summary>Creates a converter.</summary>
    /// <param name="code">The diagnostic code for an unknown name, e.g. <c>unknown-weekday</c>.</param>
    /// <param name="what">What a value is, for messages, e.g. <c>a day of the week</c>.</param>
    /// <param name="excluded">Members that are not valid values and are neither written nor read (e.g. <c>IsoDayOfWeek.None</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="what"/> is null.</exception>
    private protected CamelCaseEnumJsonConverter(string code, string what, params ReadOnlySpan<TEnum> excluded) =>
        _choice = new JsonChoice<TEnum>(code, what, excluded);

    /// <summary>Creates a converter with the names of a mapper's choice, so the converter and the mapper print the same words.</summary>
    /// <param name="choice">The names, code and description of the enum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="choice"/> is null.</exception>
    private protected CamelCaseEnumJsonConverter(JsonChoice<TEnum> choice) => _choice = Guard.Against.Null(choice);

    /// <summary>The names written and read, in the enum's order.</summary>
    public IEnumerable<string> Names => _choice.Names;

    private protected override TEnum Parse(string text, string? path) =>
        _choice.TryParse(text, out var value) ? value : throw JsonFailure.Create(_choice.Code, path, text, _choice.UnknownReason(text));

    private protected override string Format(TEnum value) => _choice.Name(value);
}

using System.Collections.Frozen;
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
    private readonly FrozenDictionary<TEnum, string> _names;
    private readonly FrozenDictionary<string, TEnum> _values;
    private readonly string _code;
    private readonly string _what;

    /// <summary>Creates a converter.</summary>
    /// <param name="code">The diagnostic code for an unknown name, e.g. <c>unknown-weekday</c>.</param>
    /// <param name="what">What a value is, for messages, e.g. <c>a day of the week</c>.</param>
    /// <param name="excluded">Members that are not valid values and are neither written nor read (e.g. <c>IsoDayOfWeek.None</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="what"/> is null.</exception>
    private protected CamelCaseEnumJsonConverter(string code, string what, params ReadOnlySpan<TEnum> excluded)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(what);
        var names = new Dictionary<TEnum, string>();
        foreach (var value in Enum.GetValues<TEnum>())
            if (!excluded.Contains(value))
                names[value] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        _names = names.ToFrozenDictionary();
        _values = names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
        (_code, _what) = (code, what);
    }

    /// <summary>The names written and read, in the enum's order.</summary>
    public IEnumerable<string> Names => _names.OrderBy(kv => kv.Key).Select(kv => kv.Value);

    private protected override TEnum Parse(string text, string? path) =>
        _values.TryGetValue(text, out var value)
            ? value
            : throw JsonFailure.Create(_code, path, text, $"\"{text}\" is not {_what}; use one of {JsonRead.QuotedList(Names)}.");

    private protected override string Format(TEnum value) =>
        _names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not {_what} that can be written.");
}

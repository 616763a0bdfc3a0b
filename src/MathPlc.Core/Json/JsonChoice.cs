using System.Collections.Frozen;
using System.Text.Json;

namespace MathPlc.Core.Json;

/// <summary>
/// The names an enum is written with in MathPlc's JSON — camelCase (<c>"summative"</c>, <c>"professionalDevelopment"</c>),
/// read ignoring case, never as numbers — for the mappers that keep such a choice as a string in their contract.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>
/// An unknown name is one problem naming the names allowed, with the words MathPlc's converters have always printed:
/// <c>"exam" is not a kind of evidence; use one of "summative", "formative", "behaviour".</c> No reflection: the names
/// come from <see cref="Enum.GetValues{TEnum}"/>, which is safe under trimming and native AOT.
/// </remarks>
public sealed class JsonChoice<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _names;
    private readonly FrozenDictionary<string, TEnum> _values;

    /// <summary>Creates the table of one enum.</summary>
    /// <param name="code">The diagnostic code of an unknown name, e.g. <c>unknown-evidence-kind</c>.</param>
    /// <param name="what">What a value is, for messages, e.g. <c>a kind of evidence</c>.</param>
    /// <param name="excluded">Members that are neither written nor read (e.g. <c>IsoDayOfWeek.None</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="what"/> is null.</exception>
    public JsonChoice(string code, string what, params ReadOnlySpan<TEnum> excluded)
    {
        Code = Guard.Against.Null(code);
        What = Guard.Against.Null(what);
        var names = new Dictionary<TEnum, string>();
        foreach (var value in Enum.GetValues<TEnum>())
            if (!excluded.Contains(value))
                names[value] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        _names = names.ToFrozenDictionary();
        _values = names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
        Names = [.. names.OrderBy(kv => kv.Key).Select(kv => kv.Value)];
    }

    /// <summary>The diagnostic code of an unknown name.</summary>
    public string Code { get; }

    /// <summary>What a value is, for messages.</summary>
    public string What { get; }

    /// <summary>The names written and read, in the enum's order.</summary>
    public ValueArray<string> Names { get; }

    /// <summary>
    /// The value named <paramref name="text"/> (ignoring case), or null — after recording one problem that lists the
    /// names allowed — when it names none. A null <paramref name="text"/> is null with no problem.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="path"/> is null.</exception>
    public TEnum? Parse(JsonProblems problems, string? text, string path)
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(path);
        if (text is null) return null;
        if (TryParse(text, out var value)) return value;
        problems.Add(Code, path, UnknownReason(text), text);
        return null;
    }

    /// <summary>The value named <paramref name="text"/>, ignoring case; false when it names none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>Dashes and underscores are ignored when the name as written is not one, so <c>not-started</c> is <c>notStarted</c>.</remarks>
    public bool TryParse(string text, out TEnum value) =>
        _values.TryGetValue(Guard.Against.Null(text), out value)
        || _values.TryGetValue(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim(), out value);

    /// <summary>The reason given for a name that is not one: <c>"exam" is not a kind of evidence; use one of "summative", ….</c></summary>
    public string UnknownReason(string text) => $"\"{text}\" is not {What}; use one of {JsonProblems.QuotedList(Names)}.";

    /// <summary>The name <paramref name="value"/> is written with.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member that is written.</exception>
    public string Name(TEnum value) =>
        _names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not {What} that can be written.");
}

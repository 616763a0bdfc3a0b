using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>
/// Says in MathPlc's words what System.Text.Json refused while it read a contract: a value of the wrong JSON type (a
/// string where a number goes) or a number too large for its member. The serializer's own message names a .NET type
/// (<c>could not be converted to System.Nullable`1[System.Double]</c>); this gives the message MathPlc's readers have
/// always printed — <c>expected a number, found a string ("3,5").</c> — from the path of the refusal and the contract
/// member's type, so the words do not change when a reader moves onto a contract (decision 0131).
/// </summary>
/// <remarks>
/// Codes: <c>wrong-type</c> for a token of another type, <c>not-a-number</c> for a number that does not fit (too large
/// for a finite <see cref="double"/>, or not a whole number where one goes). The expected type comes from the
/// contract's source-generated metadata (<see cref="JsonTypeInfo.Properties"/>, <see cref="JsonTypeInfo.ElementType"/>),
/// so no reflection is used.
/// </remarks>
public static class JsonWrongType
{
    /// <summary>The diagnostic code of a value of the wrong JSON type.</summary>
    public const string Code = "wrong-type";

    /// <summary>The diagnostic code of a number that does not fit its member.</summary>
    public const string NotANumberCode = "not-a-number";

    /// <summary>The reason given for a token of the wrong type: <c>expected a number, found a string ("3,5").</c></summary>
    /// <param name="expected">What belongs there, e.g. <c>a number</c>.</param>
    /// <param name="found">The token found.</param>
    /// <param name="text">The token as written, without quotes, or null for an object or array.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    public static string Reason(string expected, JsonTokenType found, string? text)
    {
        Guard.Against.Null(expected);
        string? shown = text is null ? null : found == JsonTokenType.String ? $"\"{text}\"" : text;
        return $"expected {expected}, found {Describe(found)}{(shown is null ? "" : $" ({shown})")}.";
    }

    /// <summary>Records a JSON <c>null</c> where <paramref name="expected"/> belongs (an element of a list, a value of a map): <c>expected an object, found null.</c></summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddNull(JsonProblems problems, string path, string expected)
    {
        Guard.Against.Null(problems);
        problems.Add(Code, path, Reason(expected, JsonTokenType.Null, "null"), "null");
    }

    /// <summary>
    /// The token the reader stands on, as written in the file (strings without their quotes, escapes kept), or null for
    /// the start of an object or array.
    /// </summary>
    public static string? TextOf(ref Utf8JsonReader reader) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
            ? Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)
            : null;

    /// <summary>
    /// Records the refusal of the token <paramref name="found"/> at <paramref name="refusedAt"/> (the serializer's
    /// <see cref="JsonException.Path"/>, from the contract's root) as one problem in MathPlc's words, at the full path
    /// below <paramref name="path"/>; false, recording nothing, when the path does not lead to a contract member of a
    /// known JSON type (the refusal was not about a type).
    /// </summary>
    /// <param name="problems">Where the problem is recorded.</param>
    /// <param name="contract">The metadata of the contract being read.</param>
    /// <param name="path">The JSON path of the contract's object in the file.</param>
    /// <param name="refusedAt">The serializer's path of the refused value, from <c>$</c>, the contract's root.</param>
    /// <param name="found">The token found there.</param>
    /// <param name="text">The token as written (<see cref="TextOf"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/>, <paramref name="contract"/>, <paramref name="path"/> or <paramref name="refusedAt"/> is null.</exception>
    public static bool TryAdd(JsonProblems problems, JsonTypeInfo contract, string path, string refusedAt, JsonTokenType found, string? text)
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(refusedAt);
        if (!refusedAt.StartsWith(JsonPath.Root, StringComparison.Ordinal) || Expected(contract, refusedAt) is not { } expected) return false;
        string at = path + refusedAt[JsonPath.Root.Length..];
        if (found == JsonTokenType.Number && expected == "a number")
            problems.Add(NotANumberCode, at, $"{text} is too large for a number of MathPlc (a finite double).", text);
        else if (found == JsonTokenType.Number && expected == "a whole number")
            problems.Add(NotANumberCode, at, string.Create(CultureInfo.InvariantCulture, $"{text} is not a whole number from {int.MinValue} to {int.MaxValue}."), text);
        else
            problems.Add(Code, at, Reason(expected, found, text), text);
        return true;
    }

    /// <summary>What belongs at <paramref name="refusedAt"/> in the contract (<c>a number</c>, <c>an array</c>), or null when the path leads to no member of a known JSON type.</summary>
    private static string? Expected(JsonTypeInfo contract, string refusedAt)
    {
        JsonTypeInfo? info = contract;
        foreach (var (name, isIndex) in Segments(refusedAt))
        {
            if (info is null) return null;
            if (isIndex)
                info = info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element ? info.Options.GetTypeInfo(element) : null;
            else if (info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is { } value)
                info = info.Options.GetTypeInfo(value);
            else
                info = info.Kind == JsonTypeInfoKind.Object && info.Properties.FirstOrDefault(p => p.Name == name) is { } property
                    ? info.Options.GetTypeInfo(property.PropertyType)
                    : null;
        }
        return info?.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.None => ScalarName(Nullable.GetUnderlyingType(info.Type) ?? info.Type),
            _ => null,
        };
    }

    private static string? ScalarName(Type type) =>
        type == typeof(string) ? "a string"
        : type == typeof(double) ? "a number"
        : type == typeof(int) ? "a whole number"
        : type == typeof(bool) ? "true or false"
        : null;

    // The segments of a System.Text.Json path: .name, ['odd name'] and [3], after the leading $.
    private static IEnumerable<(string Name, bool IsIndex)> Segments(string path)
    {
        int i = JsonPath.Root.Length;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                yield return (path[(i + 1)..end], false);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return (path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal), false);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0) yield break;
                yield return (path[(i + 1)..end], true);
                i = end + 1;
            }
            else yield break;
        }
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => type.ToString().ToLowerInvariant(),
    };
}

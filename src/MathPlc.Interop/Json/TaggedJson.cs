using System.Text.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// The reading shared by the converters of closed families of types written as one object tagged by
/// <c>kind</c> (<c>{"kind":"shareAtOrAbove","score":3,"share":0.9}</c>): the kind must be one of those listed,
/// and a property of another kind is refused rather than passed over.
/// </summary>
internal static class TaggedJson
{
    /// <summary>
    /// Checks the kind read from the object at <paramref name="path"/> (required, one of <paramref name="kinds"/>) and
    /// that every property in <paramref name="present"/> is <c>kind</c> or one of <paramref name="allowed"/>, the
    /// properties of that kind; each failure is a <see cref="JsonException"/> with <paramref name="code"/> at the property.
    /// </summary>
    public static void Check(string path, string code, string? kind, ReadOnlySpan<string> kinds, IEnumerable<string> present, params ReadOnlySpan<string> allowed)
    {
        JsonRead.Required(path, ("kind", kind is not null));
        if (!kinds.Contains(kind!))
            throw JsonFailure.Create(code, JsonPath.Property(path, "kind"), kind, $"\"{kind}\" is not a kind here; use one of {JsonRead.QuotedList(kinds.ToArray())}.");
        foreach (string property in present)
            if (property != "kind" && !allowed.Contains(property))
                throw JsonFailure.Create(code, JsonPath.Property(path, property), null,
                    $"\"{property}\" is not a property of {kind}, whose properties are {JsonRead.QuotedList(allowed.ToArray())}.");
    }
}

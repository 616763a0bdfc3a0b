namespace MathPlc.Core.Json;

/// <summary>How MathPlc's JSON files write a choice: the member's name in camelCase (<c>proceduresWithConnections</c>).</summary>
public static class JsonNames
{
    /// <summary>The name of <paramref name="value"/> as a JSON file writes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a named member of <typeparamref name="T"/>.</exception>
    public static string Of<T>(T value)
        where T : struct, Enum =>
        Enum.GetName(value) is { } name ? Camel(name) : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a named {typeof(T).Name}.");

    /// <summary>Every name of <typeparamref name="T"/> as a JSON file writes it, in declaration order.</summary>
    public static IEnumerable<string> All<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(Camel);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

namespace MathPlc.Core.Json;

/// <summary>Builds JSON paths (<c>$.nonInstructional[2].end</c>) for error messages and diagnostics.</summary>
/// <remarks>
/// Paths follow the notation System.Text.Json uses in <see cref="System.Text.Json.JsonException.Path"/>:
/// <c>$</c> is the value being read, <c>.name</c> a property, <c>[i]</c> an array element, <c>['a b']</c> a
/// property whose name is not a plain word.
/// </remarks>
public static class JsonPath
{
    /// <summary>The path of the value a converter was asked to read.</summary>
    public const string Root = "$";

    /// <summary>The path of property <paramref name="name"/> of the object at <paramref name="path"/>.</summary>
    public static string Property(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of element <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Index(string path, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{index}]");
}

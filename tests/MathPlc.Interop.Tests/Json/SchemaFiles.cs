using System.Collections.Concurrent;
using Json.Schema;

namespace MathPlc.Tests.Json;

/// <summary>
/// The JSON Schemas in docs/schemas, each parsed once for every test class: JsonSchema.Net keeps a registry by
/// <c>$id</c> and refuses a second registration, so two classes that parsed the same file would fail in whichever ran second.
/// </summary>
internal static class SchemaFiles
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The schema docs/schemas/<paramref name="name"/>.</summary>
    public static JsonSchema Load(string name) => Loaded.GetOrAdd(name, n => new Lazy<JsonSchema>(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "schemas", n))))).Value;
}

namespace MathPlc.Teams.Json;

/// <summary>What the Teams readers share: the gate, the contract, the problems, and lists of texts.</summary>
internal static class TeamsJsonFile
{
    /// <summary>Reads a file of one object or an array of them and maps each; every problem is listed.</summary>
    public static ImmutableArray<T> ReadOneOrMany<T, TContract>(Stream utf8Json, string fileName,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TContract> one, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<TContract?>> many,
        Func<TContract, string, JsonProblems, T?> map)
        where TContract : class
        where T : class
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var json = JsonInput.Read(utf8Json, fileName);
        var items = JsonContract.ReadOneOrMany(json, one, many, fileName);
        var problems = new JsonProblems(fileName, new JsonLineIndex(json.Span));
        var values = ImmutableArray.CreateBuilder<T>(items.Count);
        foreach (var (item, path) in items)
            if (map(item, path, problems) is { } value) values.Add(value);
        problems.ThrowIfAny();
        return values.ToImmutable();
    }

    /// <summary>A list of texts, each trimmed; a null element is a <c>wrong-type</c> problem.</summary>
    public static ValueArray<string> Texts(List<string?>? texts, string path, JsonProblems problems)
    {
        var list = ImmutableArray.CreateBuilder<string>(texts?.Count ?? 0);
        for (int i = 0; i < (texts?.Count ?? 0); i++)
            if (texts![i] is { } text) list.Add(text);
            else problems.Add(JsonContract.WrongTypeCode, JsonPath.Index(path, i), "expected a string, found null.", "null");
        return list.ToImmutable();
    }

    /// <summary>
    /// The items of a list that map, each at its path; an item that does not (a null, or a problem the map records) is
    /// left out. <c>All</c> says whether every item mapped.
    /// </summary>
    public static (List<T> Values, bool All) Each<TContract, T>(List<TContract?>? items, string path, JsonProblems problems, Func<TContract, string, JsonProblems, T?> map)
        where TContract : class
    {
        var list = new List<T>(items?.Count ?? 0);
        for (int i = 0; i < (items?.Count ?? 0); i++)
        {
            string at = JsonPath.Index(path, i);
            if (Object(items![i], at, problems) is { } item && map(item, at, problems) is { } value) list.Add(value);
        }
        return (list, list.Count == (items?.Count ?? 0));
    }

    /// <summary>Records a <c>wrong-type</c> problem for a null where an object goes; the value, or null.</summary>
    public static T? Object<T>(T? value, string path, JsonProblems problems)
        where T : class
    {
        if (value is null) problems.Add(JsonContract.WrongTypeCode, path, "expected an object, found null.", "null");
        return value;
    }
}

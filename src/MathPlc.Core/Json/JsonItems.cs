namespace MathPlc.Core.Json;

/// <summary>Maps the elements of a contract's list one by one, each at its own path (<c>$.levels[2]</c>), so every element's problems are listed.</summary>
public static class JsonItems
{
    /// <summary>Maps one element of a list at its path; null after recording its problems.</summary>
    public delegate TValue? Mapper<in TContract, TValue>(TContract contract, string path, JsonProblems problems);

    /// <summary>
    /// The elements of <paramref name="items"/> mapped in order, or null when the list is null or any element had a
    /// problem (a JSON <c>null</c> element is one: <c>expected an object, found null.</c>). Every element is mapped, so
    /// the problems of all of them are recorded.
    /// </summary>
    /// <param name="items">The list as read, or null when the member was absent.</param>
    /// <param name="path">The list's JSON path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <param name="map">The element's mapper.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="problems"/> or <paramref name="map"/> is null.</exception>
    public static ImmutableArray<TValue>? Map<TContract, TValue>(IReadOnlyList<TContract?>? items, string path, JsonProblems problems, Mapper<TContract, TValue> map)
        where TContract : class
    {
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        Guard.Against.Null(map);
        if (items is null) return null;
        var values = ImmutableArray.CreateBuilder<TValue>(items.Count);
        bool failed = false;
        for (int i = 0; i < items.Count; i++)
        {
            string at = JsonPath.Index(path, i);
            if (items[i] is not { } item) JsonWrongType.AddNull(problems, at, "an object");
            else if (map(item, at, problems) is { } value) { values.Add(value); continue; }
            failed = true;
        }
        return failed ? null : values.MoveToImmutable();
    }
}

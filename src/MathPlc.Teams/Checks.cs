namespace MathPlc.Teams;

/// <summary>Guards Teams adds to the shared <see cref="Preconditions"/>.</summary>
internal static class Checks
{
    /// <summary>The items as an array; throws <see cref="ArgumentNullException"/> when the sequence is null and <see cref="ArgumentException"/> when an item is.</summary>
    public static ImmutableArray<T> NoNulls<T>(IEnumerable<T>? items, string paramName) where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        return Preconditions.CheckNoNulls(items, paramName);
    }
}

using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Distinct ids (a roster's students, a unit's targets, a blueprint's items) and each one's index, for rows that name
/// them mostly in order, each id on a run of rows: an id is first compared with the last one found and the one after it,
/// and looked up in the dictionary only when it is neither (issue 18: a dictionary lookup per row was several per cent
/// of a district's cycle). The index is the dictionary's answer every time.
/// </summary>
/// <typeparam name="T">The id.</typeparam>
internal sealed class SequentialIds<T> where T : IEquatable<T>
{
    private readonly T[] _ids;
    private readonly Dictionary<T, int> _index;
    private int _last = -1;

    /// <summary>Numbers <paramref name="ids"/> in order.</summary>
    /// <exception cref="ArgumentException">An id is listed twice.</exception>
    public SequentialIds(IEnumerable<T> ids)
    {
        _ids = [.. ids];
        _index = new Dictionary<T, int>(_ids.Length);
        for (int i = 0; i < _ids.Length; i++)
            Guard.Against.Unmet(_index.TryAdd(_ids[i], i), nameof(ids), $"The id {_ids[i]} is listed twice (at {_index[_ids[i]]} and {i}).");
    }

    /// <summary>The index of <paramref name="id"/> among the ids, or -1 when it is not one of them.</summary>
    public int IndexOf(T id)
    {
        if (_last >= 0 && _ids[_last].Equals(id)) return _last;
        if (_last + 1 < _ids.Length && _ids[_last + 1].Equals(id)) return ++_last;
        return _index.TryGetValue(id, out int at) ? _last = at : -1;
    }
}

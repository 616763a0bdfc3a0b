using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace MathPlc.Core;

/// <summary>
/// An immutable array that is equal to another when it holds equal elements in the same order: the one
/// collection type MathPlc's records use, so that the compiler-generated record equality compares lists by
/// content (an <see cref="ImmutableArray{T}"/> compares by reference, so two records read from the same file
/// would look unequal).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>Invariants:</para>
/// <list type="bullet">
/// <item><description>Two arrays are equal exactly when they have the same length and the elements at each
/// position are equal by <see cref="EqualityComparer{T}.Default"/>; order matters. Equal arrays have equal hash
/// codes. Equality is reflexive, symmetric and transitive whenever the elements' equality is.</description></item>
/// <item><description>The <see langword="default"/> value is the empty array: it equals <see cref="Empty"/>,
/// has length 0, enumerates nothing and converts to an empty <see cref="ImmutableArray{T}"/>; no member throws
/// on it (unlike a default <see cref="ImmutableArray{T}"/>). Likewise a default <see cref="ImmutableArray{T}"/>
/// converts to the empty array.</description></item>
/// <item><description>Doubles follow <see cref="double.Equals(double)"/>: <see cref="double.NaN"/> equals
/// <see cref="double.NaN"/> (so an array holding NaN equals itself), and <c>0.0</c> equals <c>-0.0</c>, with
/// equal hash codes. This is the equality of <see cref="EqualityComparer{T}.Default"/>, not of
/// <c>==</c> on doubles.</description></item>
/// </list>
/// <para>Immutable and thread-safe when the elements are. Wrapping an <see cref="ImmutableArray{T}"/> and
/// unwrapping it copies nothing; <c>foreach</c> over a <see cref="ValueArray{T}"/> allocates nothing. Computing
/// the hash code visits every element. No member uses reflection (native-AOT and trimming safe).</para>
/// <para>Declare a record's list as <c>ValueArray&lt;T&gt;</c> and let the compiler write its equality:</para>
/// <code>
/// public sealed record Unit(string Name, ValueArray&lt;TargetId&gt; Targets);
/// new Unit("Ratios", [new("6.RP.1")]) == new Unit("Ratios", [new("6.RP.1")]) // true
/// </code>
/// </remarks>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array without copying it; a default array becomes the empty array.</summary>
    /// <param name="items">The elements.</param>
    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The empty array (equal to <see langword="default"/>).</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The number of elements.</summary>
    public int Length => _items.IsDefault ? 0 : _items.Length;

    /// <summary>The number of elements (the same as <see cref="Length"/>).</summary>
    public int Count => Length;

    /// <summary>Whether there are no elements.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Length"/>.</exception>
    public T this[int index] => _items.IsDefault ? throw new IndexOutOfRangeException() : _items[index];

    /// <summary>Whether an element equals <paramref name="item"/> (by <see cref="EqualityComparer{T}.Default"/>).</summary>
    /// <param name="item">The element to look for.</param>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>The position of the first element equal to <paramref name="item"/> (by <see cref="EqualityComparer{T}.Default"/>), or -1.</summary>
    /// <param name="item">The element to look for.</param>
    public int IndexOf(T item) => IsEmpty ? -1 : _items.IndexOf(item);

    /// <summary>The elements from <paramref name="start"/>, <paramref name="length"/> of them (also what <c>array[a..b]</c> calls).</summary>
    /// <param name="start">The position of the first element.</param>
    /// <param name="length">How many elements.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the array.</exception>
    public ValueArray<T> Slice(int start, int length) => AsImmutableArray().Slice(start, length);

    /// <summary>The elements as a read-only span (empty for the default value).</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan();

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/>, without copying; never a default array.</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <summary>An enumerator over the elements, first to last, that allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items.IsDefault ? [] : _items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    // The list interfaces are read-only views, as ImmutableArray's are: they let LINQ copy and count without
    // enumerating (ToArray, Count()), and every mutator throws.
    T IList<T>.this[int index] { get => this[index]; set => throw new NotSupportedException("A ValueArray is immutable."); }

    bool ICollection<T>.IsReadOnly => true;

    void ICollection<T>.CopyTo(T[] array, int arrayIndex) => AsImmutableArray().CopyTo(array, arrayIndex);

    void IList<T>.Insert(int index, T item) => throw new NotSupportedException("A ValueArray is immutable.");

    void IList<T>.RemoveAt(int index) => throw new NotSupportedException("A ValueArray is immutable.");

    void ICollection<T>.Add(T item) => throw new NotSupportedException("A ValueArray is immutable.");

    void ICollection<T>.Clear() => throw new NotSupportedException("A ValueArray is immutable.");

    bool ICollection<T>.Remove(T item) => throw new NotSupportedException("A ValueArray is immutable.");

    /// <summary>Whether <paramref name="other"/> holds equal elements (by <see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
    /// <param name="other">The array to compare with.</param>
    public bool Equals(ValueArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <summary>A hash code combined from every element's hash code, in order; equal arrays have equal hash codes.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in AsSpan())
            hash.Add(item is null ? 0 : comparer.GetHashCode(item));
        return hash.ToHashCode();
    }

    /// <summary>The elements in brackets, separated by commas, e.g. <c>[1, 2, 3]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        var first = true;
        foreach (var item in AsSpan())
        {
            if (!first) text.Append(", ");
            text.Append(item);
            first = false;
        }
        return text.Append(']').ToString();
    }

    /// <summary>Whether the two arrays hold equal elements in the same order.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether the two arrays differ in length or in an element.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array without copying it; a default array becomes the empty array.</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/>, without copying; never a default array.</summary>
    public static implicit operator ImmutableArray<T>(ValueArray<T> items) => items.AsImmutableArray();

    /// <summary>Wraps an immutable array (the named alternative to the implicit conversion).</summary>
    public static ValueArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>The same as <see cref="AsImmutableArray"/> (the named alternative to the implicit conversion).</summary>
    public ImmutableArray<T> ToImmutableArray() => AsImmutableArray();

    /// <summary>Enumerates a <see cref="ValueArray{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly ImmutableArray<T> _items;
        private int _index;

        internal Enumerator(ImmutableArray<T> items) => (_items, _index) = (items, -1);

        /// <summary>The element at the current position.</summary>
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <summary>Moves to the next element; false after the last.</summary>
        public bool MoveNext() => ++_index < _items.Length;

        /// <summary>Moves back to before the first element.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing: there is nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>Creates <see cref="ValueArray{T}"/> values; the builder behind collection expressions such as <c>[a, b]</c>.</summary>
public static class ValueArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Wraps the array without copying (an extension for fluent code: <c>list.ToImmutableArray().ToValueArray()</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; a default array becomes the empty array.</param>
    public static ValueArray<T> ToValueArray<T>(this ImmutableArray<T> items) => new(items);

    /// <summary>An array holding <paramref name="items"/>, in order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new([.. Guard.Against.Null(items)]);
}

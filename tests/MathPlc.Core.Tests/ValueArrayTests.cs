using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests;

/// <summary>ValueArray is equal by content, in order, and its default value is the empty array everywhere.</summary>
public class ValueArrayTests
{
    // Small values in short arrays, so equal contents arise often enough to test the "equal ⇒" direction.
    private static readonly Arbitrary<int[]> Small = Gen.Choose(0, 3).ArrayOf().Select(a => a.Take(4).ToArray()).ToArbitrary();

    private sealed record Unit(string Name, ValueArray<TargetId> Targets);

    [Fact]
    public void Equal_contents_are_exactly_equal_arrays_with_equal_hashes() =>
        Prop.ForAll(Small, Small, (a, b) =>
        {
            ValueArray<int> x = [.. a], y = [.. b];
            var same = a.SequenceEqual(b);
            Assert.Equal(same, x.Equals(y));
            Assert.Equal(same, x == y);
            Assert.Equal(!same, x != y);
            Assert.Equal(same, x.Equals((object)y));
            if (same) Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }).Check();

    [Fact]
    public void Equality_is_reflexive_and_symmetric() =>
        Prop.ForAll(Small, Small, (a, b) =>
        {
            ValueArray<int> x = [.. a], y = [.. b];
            Assert.True(x.Equals(x));
            Assert.Equal(x.Equals(y), y.Equals(x));
        }).Check();

    [Fact]
    public void Order_matters() =>
        Prop.ForAll(Small, a =>
        {
            var reversed = a.Reverse().ToArray();
            Assert.Equal(a.SequenceEqual(reversed), ((ValueArray<int>)[.. a]).Equals([.. reversed]));
        }).Check();

    [Fact]
    public void Conversions_round_trip_without_losing_elements() =>
        Prop.ForAll(Small, a =>
        {
            var immutable = a.ToImmutableArray();
            ValueArray<int> wrapped = immutable;
            ImmutableArray<int> back = wrapped;
            Assert.Equal(a, back);
            Assert.Equal(a, wrapped.AsSpan().ToArray());
            Assert.Equal(a, wrapped.ToArray());
            Assert.Equal(wrapped, a.ToValueArray());
            Assert.Equal(a.Length, wrapped.Length);
            Assert.Equal(a.Length, wrapped.Count);
            for (var i = 0; i < a.Length; i++) Assert.Equal(a[i], wrapped[i]);
        }).Check();

    [Fact]
    public void The_default_value_is_the_empty_array_everywhere()
    {
        ValueArray<string> none = default;
        Assert.Equal(ValueArray<string>.Empty, none);
        Assert.Equal(((ValueArray<string>)[]).GetHashCode(), none.GetHashCode());
        Assert.True(none == []);
        Assert.True(none.IsEmpty);
        Assert.Equal(0, none.Length);
        Assert.True(none.Count == 0, "Count of the default array");
        Assert.True(none.AsSpan().IsEmpty);
        Assert.False(none.AsImmutableArray().IsDefault);
        Assert.False(((ImmutableArray<string>)none).IsDefault);
        Assert.Empty(none);
        foreach (var _ in none) Assert.Fail("The default array enumerated an element.");
        Assert.Equal("[]", none.ToString());
        Assert.Throws<IndexOutOfRangeException>(() => none[0]);
    }

    [Fact]
    public void A_default_immutable_array_converts_to_the_empty_array()
    {
        ValueArray<int> fromDefault = default(ImmutableArray<int>);
        Assert.Equal(ValueArray<int>.Empty, fromDefault);
        Assert.Equal(0, fromDefault.Length);
    }

    [Fact]
    public void Doubles_follow_double_Equals_so_NaN_equals_NaN_and_zero_equals_negative_zero()
    {
        ValueArray<double> nan = [double.NaN], otherNan = [BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0001UL))];
        Assert.Equal(nan, otherNan);
        Assert.Equal(nan.GetHashCode(), otherNan.GetHashCode());
        ValueArray<double> zero = [0.0], negativeZero = [-0.0];
        Assert.Equal(zero, negativeZero);
        Assert.Equal(zero.GetHashCode(), negativeZero.GetHashCode());
        Assert.NotEqual<ValueArray<double>>([1.0], [1.0 + 1e-15]);
    }

    [Fact]
    public void Null_elements_compare_and_hash_without_throwing()
    {
        ValueArray<string?> a = [null, "x"], b = [null, "x"];
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual<ValueArray<string?>>(a, ["x", null]);
    }

    [Fact]
    public void A_record_with_a_value_array_gets_equality_by_content_from_the_compiler()
    {
        var first = new Unit("Ratios", [new TargetId("6.RP.1"), new TargetId("6.RP.2")]);
        var second = new Unit("Ratios", [.. new[] { "6.RP.1", "6.RP.2" }.Select(t => new TargetId(t))]);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Targets = [new TargetId("6.RP.2"), new TargetId("6.RP.1")] });
        Assert.Equal("Unit { Name = Ratios, Targets = [6.RP.1, 6.RP.2] }", first.ToString());
    }

    [Fact]
    public void Foreach_visits_the_elements_in_order()
    {
        ValueArray<int> numbers = [3, 1, 2];
        var seen = new List<int>();
        foreach (var n in numbers) seen.Add(n);
        Assert.Equal([3, 1, 2], seen);
        Assert.Equal([3, 1, 2], numbers.Select(n => n));
    }

    [Fact]
    public void The_indexer_refuses_a_position_outside_the_array()
    {
        ValueArray<int> numbers = [1];
        Assert.Throws<IndexOutOfRangeException>(() => numbers[1]);
        Assert.Throws<IndexOutOfRangeException>(() => numbers[-1]);
    }

    [Fact]
    public void Search_and_slices_follow_the_elements()
    {
        ValueArray<string> letters = ["a", "b", "c", "b"];
        bool hasC = letters.Contains("c"), hasZ = letters.Contains("z"); // the struct's own Contains, not LINQ's
        Assert.True(hasC);
        Assert.False(hasZ);
        Assert.Equal(1, letters.IndexOf("b"));
        Assert.Equal(-1, letters.IndexOf("z"));
        Assert.Equal(-1, default(ValueArray<string>).IndexOf("a"));
        Assert.Equal<ValueArray<string>>(["b", "c"], letters[1..3]);
        Assert.Equal("b", letters[^1]);
        Assert.Equal<ValueArray<string>>([], default(ValueArray<string>).Slice(0, 0));
    }

    [Fact]
    public void A_slice_outside_the_array_is_refused()
    {
        ValueArray<int> numbers = [1, 2];
        Assert.Throws<ArgumentOutOfRangeException>(() => numbers.Slice(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => numbers.Slice(-1, 1));
    }

    [Fact]
    public void The_list_interfaces_are_read_only_views()
    {
        IList<int> list = (ValueArray<int>)[1, 2];
        Assert.True(list.IsReadOnly);
        Assert.Equal([1, 2], list.ToArray());
        Assert.Throws<NotSupportedException>(() => list.Add(3));
        Assert.Throws<NotSupportedException>(() => list.Insert(0, 3));
        Assert.Throws<NotSupportedException>(() => list.Remove(1));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.Throws<NotSupportedException>(() => list[0] = 3);
    }

    [Fact]
    public void Converting_a_null_sequence_is_refused_naming_it()
    {
        IEnumerable<int> items = null!;
        Assert.Throws<ArgumentNullException>("items", () => items.ToValueArray());
    }
}

using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests;

public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(Reason))
{
    [Fact]
    public void The_check_finds_an_immutable_array_on_a_record_class_or_struct_and_ignores_other_types() =>
        Assert.Equal(
            [$"{typeof(ListByReference).FullName}.Items", $"{typeof(ListByReference).FullName}.Rows", $"{typeof(StructListByReference).FullName}.Items"],
            RecordEquality.ListsComparedByReference(typeof(RecordEqualityTests).Assembly));

    /// <summary>What the check must find: a record class whose equality compares its list by reference.</summary>
    public sealed record ListByReference(ImmutableArray<int> Items, ValueArray<int> Fine, ValueArray<ImmutableArray<int>> Rows, ValueArray<ValueArray<int>> FineRows);

    /// <summary>The same on a record struct.</summary>
    public readonly record struct StructListByReference(ImmutableArray<int> Items);

    /// <summary>Not a record: the check leaves it alone.</summary>
    public sealed class NotARecord
    {
        /// <summary>A list.</summary>
        public ImmutableArray<int> Items { get; init; }
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;

namespace MathPlc.Tests;

/// <summary>
/// Finds public record types whose compiler-generated equality would compare a list by reference: a property of type
/// <see cref="ImmutableArray{T}"/> on a record. Records hold lists as <c>ValueArray&lt;T&gt;</c> (decision 0110).
/// </summary>
internal static class RecordEquality
{
    /// <summary>
    /// "Type.Member" for every instance field of type ImmutableArray on a public record type of the assembly, sorted:
    /// the fields the compiler-generated equality would compare by reference (a property's backing field is named
    /// after the property; computed properties have no field and take no part in equality).
    /// </summary>
    public static string[] ListsComparedByReference(Assembly assembly) =>
    [
        .. from type in assembly.GetExportedTypes()
           where IsRecord(type)
           from field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
           where HoldsImmutableArray(field.FieldType)
           select $"{type.FullName}.{MemberName(field)}" into name
           orderby name
           select name,
    ];

    // An ImmutableArray, a nullable one, or a ValueArray of them (whose elements would compare by reference).
    private static bool HoldsImmutableArray(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsGenericType) return false;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(ImmutableArray<>)
            || (definition == typeof(MathPlc.Core.ValueArray<>) && HoldsImmutableArray(type.GetGenericArguments()[0]));
    }

    private static string MemberName(FieldInfo field) =>
        field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;

    /// <summary>Whether the type is a record class (it has the compiler's clone method) or a record struct (its PrintMembers is compiler-generated).</summary>
    public static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print
            && print.GetCustomAttribute<CompilerGeneratedAttribute>() is not null);
}

/// <summary>
/// The check for one package: each test project derives a one-line class naming a type of its package, e.g.
/// <c>public sealed class RecordEqualityTests() : RecordEqualityContract(typeof(GradingPolicy));</c>
/// </summary>
/// <param name="typeInPackage">Any type of the package whose records are checked.</param>
/// <param name="allowed">"Type.Member" names that may stay ImmutableArray, each with its reason at the call.</param>
public abstract class RecordEqualityContract(Type typeInPackage, params string[] allowed)
{
    [Fact] // Decision 0110: a record's list is a ValueArray, so the compiler's equality compares it by content.
    public void No_record_compares_a_list_by_reference()
    {
        var found = RecordEquality.ListsComparedByReference(typeInPackage.Assembly).Except(allowed).ToArray();
        Assert.True(found.Length == 0, $"Records that hold an ImmutableArray, which their equality compares by reference (make it a ValueArray): {string.Join(", ", found)}");
    }
}

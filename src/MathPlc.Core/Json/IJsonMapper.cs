using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>
/// The one mapper of an aggregate between its domain type and its JSON contract (decision 0093): the contract is the
/// file's shape (every member nullable, unknown members collected), the mapper turns it into the domain value listing
/// every problem, and back. Static members, so one generic converter or reader serves every aggregate without
/// reflection (decision 0130).
/// </summary>
/// <typeparam name="TValue">The domain type, e.g. <see cref="Evidence"/>.</typeparam>
/// <typeparam name="TContract">Its contract, e.g. <see cref="EvidenceContract"/>.</typeparam>
/// <remarks>
/// <code>
/// var problems = new JsonProblems("evidence.json", new JsonLineIndex(utf8));
/// var contract = JsonSerializer.Deserialize(utf8, EvidenceJsonMapper.Contract)!;
/// Evidence? evidence = EvidenceJsonMapper.ToValue(contract, JsonPath.Root, problems);
/// problems.ThrowIfAny();
/// string json = JsonSerializer.Serialize(EvidenceJsonMapper.ToContract(evidence!), EvidenceJsonMapper.Contract);
/// </code>
/// </remarks>
public interface IJsonMapper<TValue, TContract>
    where TValue : class
    where TContract : class
{
    /// <summary>The source-generated metadata of the contract, from its package's context (camelCase, nulls left out on writing).</summary>
    static abstract JsonTypeInfo<TContract> Contract { get; }

    /// <summary>
    /// The domain value the contract describes, or null after recording in <paramref name="problems"/> every problem
    /// found (each with its JSON path below <paramref name="path"/>).
    /// </summary>
    /// <param name="contract">The contract as read.</param>
    /// <param name="path">The JSON path of the contract's object (<c>$</c>, <c>$[3]</c>, <c>$.scale</c>).</param>
    /// <param name="problems">Where problems are recorded.</param>
    static abstract TValue? ToValue(TContract contract, string path, JsonProblems problems);

    /// <summary>The contract of a value, for writing; mapping it back with <see cref="ToValue"/> gives an equal value.</summary>
    static abstract TContract ToContract(TValue value);
}

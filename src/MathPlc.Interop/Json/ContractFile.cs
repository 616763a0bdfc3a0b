namespace MathPlc.Interop.Json;

/// <summary>
/// Reads a whole JSON file through an aggregate's contract and mapper, listing every problem (decision 0140): the input
/// gate (<see cref="JsonInput"/>), the contract (<see cref="JsonContract.Read{T}(ReadOnlyMemory{byte}, System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}, string)"/>:
/// malformed JSON and a value of the wrong JSON type stop at the first, as the parser does), then the mapper. Each
/// problem gets the line and column the streaming converters printed (<see cref="JsonCursor.PositionOf"/>).
/// </summary>
internal static class ContractFile
{
    /// <summary>Reads the value of a file.</summary>
    /// <typeparam name="TValue">The domain type.</typeparam>
    /// <typeparam name="TContract">Its contract.</typeparam>
    /// <typeparam name="TMapper">Its mapper.</typeparam>
    /// <param name="utf8Json">The JSON; read to its end, left open.</param>
    /// <param name="fileName">The file's name for the diagnostics.</param>
    /// <param name="invariantsAtMember">
    /// Where a broken invariant stands: at the member it names (the calendar, which checked its year as it read), or,
    /// when false, at the end of the object being built (every other converter).
    /// </param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">
    /// The file is not a valid value: one diagnostic per problem, in the mapper's order; the inner exception is the first
    /// problem as the <see cref="System.Text.Json.JsonException"/> <see cref="MathPlcJson"/> throws, with the broken invariant inside.
    /// </exception>
    public static TValue Read<TValue, TContract, TMapper>(Stream utf8Json, string fileName, bool invariantsAtMember)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var json = JsonInput.Read(utf8Json, fileName);
        TContract contract;
        try
        {
            contract = JsonContract.Read(json, TMapper.Contract, fileName);
        }
        catch (DataFileException e) when (e.Diagnostics.All(d => d.Code != "bad-json"))
        {
            // The serializer's refusal, placed on the end of the refused token as the converters' readers were.
            throw new DataFileException(Placed(json.Span, e.Diagnostics, invariantsAtMember), e.InnerException);
        }
        var problems = new JsonProblems(fileName);
        if (TMapper.ToValue(contract, JsonPath.Root, problems) is { } value && !problems.Any) return value;
        var found = Placed(json.Span, problems.Found, invariantsAtMember);
        var first = found[0];
        throw new DataFileException(found, JsonFailure.Create(first.Code, first.Field, first.Value, first.Message, problems.CauseOf(0)));
    }

    private static DataDiagnostic[] Placed(ReadOnlySpan<byte> json, IReadOnlyList<DataDiagnostic> found, bool invariantsAtMember)
    {
        var placed = new DataDiagnostic[found.Count];
        for (int i = 0; i < found.Count; i++)
            placed[i] = JsonCursor.PositionOf(json, found[i], invariantsAtMember) is { } at ? found[i] with { Line = at.Line, Column = at.Column } : found[i];
        return placed;
    }
}

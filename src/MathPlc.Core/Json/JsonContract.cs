using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>
/// Reads a file's contract (decision 0093: a plain record of JSON-shaped, nullable members) with a source-generated
/// context, after the <see cref="JsonInput"/> gate, and turns the serializer's one failure — a value of the wrong JSON
/// type, such as a string where a number goes — into a <c>wrong-type</c> <see cref="DataDiagnostic"/> in MathPlc's words.
/// </summary>
/// <remarks>
/// Everything else a file can get wrong (a missing member, an unknown one, a bad date, a broken rule) is the mapper's to
/// find with <see cref="JsonProblems"/>, which lists them all; a wrong token type stops the read at the first, as the
/// parser does (decision 0093). The message says what was expected (from the member's type) and what was found, as
/// written: <c>$.units[0].teachingDays: expected a number, found a string ("ten").</c>
/// </remarks>
public static class JsonContract
{
    /// <summary>The diagnostic code of a value whose JSON type is not the one its member takes.</summary>
    public const string WrongTypeCode = "wrong-type";

    /// <summary>Reads the UTF-8 JSON of a whole file into its contract.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="utf8Json">The file, read through <see cref="JsonInput.Read"/> (well-formed, no repeated member).</param>
    /// <param name="contract">The contract's source-generated type information.</param>
    /// <param name="fileName">The file's name, for the diagnostic.</param>
    /// <returns>The contract; a file holding only <c>null</c> is a <c>wrong-type</c> problem, never a null result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="DataFileException">A value has the wrong JSON type; the diagnostic names its path, line and column.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> contract, string fileName)
        where T : class
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(fileName);
        try
        {
            return JsonSerializer.Deserialize(utf8Json.Span, contract)
                ?? throw new DataFileException([new DataDiagnostic(WrongTypeCode, "expected an object, found null.", fileName, 1, 1, JsonPath.Root, "null")]);
        }
        catch (JsonException e)
        {
            throw new DataFileException([WrongType(e, contract, utf8Json.Span, fileName)], e);
        }
    }

    /// <summary>
    /// The whole read of a file of one object, as every MathPlc reader does it: the <see cref="JsonInput"/> gate, the
    /// contract (<see cref="Read{T}(ReadOnlyMemory{byte}, JsonTypeInfo{T}, string)"/>), then <paramref name="map"/>, which
    /// records every problem it finds with <see cref="JsonProblems"/> (lines and columns from the file); the value when
    /// there was none.
    /// </summary>
    /// <typeparam name="TContract">The file's contract.</typeparam>
    /// <typeparam name="T">The value the file describes.</typeparam>
    /// <param name="utf8Json">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <param name="contract">The contract's source-generated type information.</param>
    /// <param name="map">The mapper: contract to value, problems recorded, never thrown.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not valid; every problem found is listed.</exception>
    public static T Read<TContract, T>(Stream utf8Json, string fileName, JsonTypeInfo<TContract> contract, Func<TContract, JsonProblems, T> map)
        where TContract : class
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        Guard.Against.Null(map);
        var json = JsonInput.Read(utf8Json, fileName);
        var file = Read(json, contract, fileName);
        var problems = new JsonProblems(fileName, new JsonLineIndex(json.Span));
        var value = map(file, problems);
        problems.ThrowIfAny();
        return value;
    }

    /// <summary>
    /// Reads a file that holds one object or an array of them (the Teams files: one goal, or several), each with its JSON
    /// path: <c>$</c> for a lone object, <c>$[i]</c> for the items of an array. A null item is a <c>wrong-type</c> problem.
    /// </summary>
    /// <typeparam name="T">The contract of one item.</typeparam>
    /// <param name="utf8Json">The file, read through <see cref="JsonInput.Read"/>.</param>
    /// <param name="one">The item's source-generated type information.</param>
    /// <param name="many">The type information of a list of items, from the same context.</param>
    /// <param name="fileName">The file's name, for diagnostics.</param>
    /// <exception cref="ArgumentNullException">A type information or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="DataFileException">The file is empty, or a value has the wrong JSON type.</exception>
    public static IReadOnlyList<(T Item, string Path)> ReadOneOrMany<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> one, JsonTypeInfo<List<T?>> many, string fileName)
        where T : class
    {
        Guard.Against.Null(one);
        Guard.Against.Null(many);
        Guard.Against.Null(fileName);
        var reader = new Utf8JsonReader(utf8Json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        if (!reader.Read())
            throw new DataFileException([new DataDiagnostic("bad-json", "the file is empty; it needs a JSON object or an array of them.", fileName, 1, 1, JsonPath.Root)]);
        if (reader.TokenType != JsonTokenType.StartArray) return [(Read(utf8Json, one, fileName), JsonPath.Root)];
        var items = Read(utf8Json, many, fileName);
        var result = new List<(T, string)>(items.Count);
        JsonProblems? nulls = null; // the file is indexed for lines only when an item is null
        for (int i = 0; i < items.Count; i++)
            if (items[i] is { } item) result.Add((item, JsonPath.Index(JsonPath.Root, i)));
            else (nulls ??= new JsonProblems(fileName, new JsonLineIndex(utf8Json.Span))).Add(WrongTypeCode, JsonPath.Index(JsonPath.Root, i), "expected an object, found null.", "null");
        nulls?.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// The diagnostic for a serializer failure: where the refused token starts, and in MathPlc's words (decision 0131,
    /// <see cref="JsonWrongType"/>) what the member at its path takes and what the file holds there.
    /// </summary>
    private static DataDiagnostic WrongType(JsonException e, JsonTypeInfo contract, ReadOnlySpan<byte> json, string fileName)
    {
        var (found, text, start) = TokenAt(json, e.LineNumber, e.BytePositionInLine);
        var (line, column) = start >= 0 ? TextInput.BytePosition(json, start)
            : ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        var problems = new JsonProblems(fileName);
        var diagnostic = found is { } token && JsonWrongType.TryAdd(problems, contract, JsonPath.Root, e.Path ?? JsonPath.Root, token, text)
            ? problems.Found[0]
            : new DataDiagnostic(WrongTypeCode, JsonInput.WithoutPosition(e.Message), fileName, Field: e.Path ?? JsonPath.Root);
        return diagnostic with { Line = line, Column = column };
    }

    // The token the serializer stopped on: the last one that starts before (line, byte position) — both 0-based, as
    // System.Text.Json counts — with its text as written and where it starts.
    private static (JsonTokenType? Found, string? Text, int Start) TokenAt(ReadOnlySpan<byte> json, long? line, long? bytePosition)
    {
        if (line is null || bytePosition is null) return (null, null, -1);
        int offset = 0;
        for (long l = 0; l < line && offset < json.Length; offset++)
            if (json[offset] == (byte)'\n') l++;
        offset += (int)bytePosition;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        (JsonTokenType?, string?, int) last = (null, null, -1);
        try
        {
            while (reader.Read() && reader.TokenStartIndex < offset)
                if (reader.TokenType != JsonTokenType.PropertyName)
                    last = (reader.TokenType, JsonWrongType.TextOf(ref reader), (int)reader.TokenStartIndex);
        }
        catch (JsonException)
        {
            // The gate has already refused malformed JSON; keep what was found.
        }
        return last;
    }
}

using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>
/// A table from a domain type to the one way it is read and written as JSON (decision 0160): for a type with a contract,
/// its mapper (read = the contract read by its package's source-generated context, then the mapper, every problem
/// listed; write = the mapper's contract serialized); for a type whose package keeps its contract internal, the package's
/// public reader and writer. No <see cref="System.Text.Json.Serialization.JsonConverter"/> is involved, nothing is
/// reflected: the table holds delegates, keyed by <see cref="Type"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each package that has JSON publishes its table (<see cref="CoreJson.Formats"/>, <c>GradingJson.Formats</c>);
/// <c>MathPlcJson</c> (Interop) joins them for a vendor who wants one entry point.
/// </para>
/// <code>
/// var policy = GradingJson.Formats.Read&lt;GradingPolicy&gt;(File.OpenRead("policy.json"), "policy.json"); // DataFileException: every problem, line and column
/// string json = CoreJson.Formats.Serialize(evidence);                  // compact, camelCase, nulls left out
/// var back = CoreJson.Formats.Deserialize&lt;Evidence&gt;(json);          // JsonException: the first problem, its path and line
/// CoreJson.Formats.Write(writer, evidence);                            // into a Utf8JsonWriter: its layout (indent, encoder)
/// </code>
/// </remarks>
public sealed class JsonFormats
{
    private readonly Dictionary<Type, object> formats;

    /// <summary>An empty table; fill it with <see cref="Add{TValue, TContract, TMapper}"/> and the other <c>Add</c> methods.</summary>
    public JsonFormats() => formats = [];

    private JsonFormats(Dictionary<Type, object> formats) => this.formats = formats;

    /// <summary>The types this table reads and writes.</summary>
    public IReadOnlyCollection<Type> Types => formats.Keys;

    /// <summary>A table of every type of <paramref name="tables"/>.</summary>
    /// <param name="tables">The tables; no type may be in two.</param>
    /// <returns>The joined table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A type is in two tables.</exception>
    public static JsonFormats Join(params IEnumerable<JsonFormats> tables)
    {
        Guard.Against.NullOrNullElements(tables);
        var all = new Dictionary<Type, object>();
        foreach (var table in tables)
        {
            foreach (var (type, format) in table.formats)
                Guard.Against.Unmet(all.TryAdd(type, format), nameof(tables), $"{NameOf(type)} is in two tables.");
        }
        return new JsonFormats(all);
    }

    /// <summary>Adds an aggregate read and written through its mapper.</summary>
    /// <typeparam name="TValue">The domain type.</typeparam>
    /// <typeparam name="TContract">Its contract.</typeparam>
    /// <typeparam name="TMapper">Its mapper.</typeparam>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TValue"/> is in the table already.</exception>
    public JsonFormats Add<TValue, TContract, TMapper>()
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
        => Add(new Format<TValue>(
            (json, file) => ReadFile<TContract, TValue>(json, file, TMapper.Contract, (c, p) => TMapper.ToValue(c, JsonPath.Root, p)!, invariantsAtMember: false),
            (writer, value) => JsonSerializer.Serialize(writer, TMapper.ToContract(value), TMapper.Contract)));

    /// <summary>Adds a list of an aggregate (<c>ImmutableArray&lt;TValue&gt;</c>, a JSON array), each item through the mapper at <c>$[i]</c>.</summary>
    /// <typeparam name="TValue">The domain type of an item.</typeparam>
    /// <typeparam name="TContract">Its contract.</typeparam>
    /// <typeparam name="TMapper">Its mapper.</typeparam>
    /// <param name="list">The source-generated information of the contract's list, from the same context as the contract.</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    /// <exception cref="ArgumentException">The list type is in the table already.</exception>
    public JsonFormats AddList<TValue, TContract, TMapper>(JsonTypeInfo<List<TContract?>> list)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
    {
        Guard.Against.Null(list);
        return Add(new Format<ImmutableArray<TValue>>(
            (json, file) => ReadFile(json, file, list, (c, p) => JsonItems.Map(c, JsonPath.Root, p, TMapper.ToValue) ?? [], invariantsAtMember: false),
            (writer, values) => JsonSerializer.Serialize(writer, [.. values.Select(v => (TContract?)TMapper.ToContract(v))], list)));
    }

    /// <summary>
    /// Adds one kind of a <c>kind</c>-tagged family (<c>ShareAtOrAbove</c> of <c>TargetCondition</c>), read and written
    /// as the family is; an object of another kind is the problem <paramref name="code"/> at <c>$.kind</c>.
    /// </summary>
    /// <typeparam name="TFamily">The family, already in the table.</typeparam>
    /// <typeparam name="TKind">The kind.</typeparam>
    /// <param name="kind">The kind's name in JSON, for the message.</param>
    /// <param name="code">The diagnostic code of an object of another kind.</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TFamily"/> is not in the table, or <typeparamref name="TKind"/> is already.</exception>
    public JsonFormats AddKind<TFamily, TKind>(string kind, string code)
        where TKind : TFamily
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(code);
        Guard.Against.Unmet(formats.ContainsKey(typeof(TFamily)), nameof(TFamily), $"{typeof(TFamily).Name} is not in the table.");
        var family = FormatOf<TFamily>();
        return Add(new Format<TKind>(
            (json, file) => family.Read(json, file) is TKind value ? value
                : throw new DataFileException([new DataDiagnostic(code, $"expected an object of kind \"{kind}\".", file, null, null, JsonPath.Property(JsonPath.Root, "kind"))]),
            (writer, value) => family.Write(writer, value)));
    }

    /// <summary>
    /// Adds a type through a package's public reader and writer of a whole file (a package whose contracts are internal).
    /// What <paramref name="write"/> ends the file with (a line break) is left out when the value is written into a larger document.
    /// </summary>
    /// <typeparam name="T">The domain type.</typeparam>
    /// <param name="read">Reads a file (stream, file name), throwing <see cref="DataFileException"/> for every problem.</param>
    /// <param name="write">Writes a file.</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is in the table already.</exception>
    public JsonFormats AddFile<T>(Func<Stream, string, T> read, Action<Stream, T> write)
    {
        Guard.Against.Null(read);
        Guard.Against.Null(write);
        return Add(new Format<T>(
            (json, file) => read(new MemoryStream(json.ToArray(), writable: false), file),
            (writer, value) =>
            {
                using var bytes = new MemoryStream();
                write(bytes, value);
                writer.WriteRawValue(bytes.GetBuffer().AsSpan(0, (int)bytes.Length).TrimEnd((byte)'\n'), skipInputValidation: true);
            }));
    }

    /// <summary>Whether the table reads and writes <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>True when it is in the table.</returns>
    public bool Supports<T>() => formats.ContainsKey(typeof(T));

    /// <summary>Reads a whole file of a <typeparamref name="T"/>, listing every problem.</summary>
    /// <typeparam name="T">A type of the table.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON (a byte-order mark is allowed); read to its end, left open.</param>
    /// <param name="fileName">The file's name as the user gave it, for the diagnostics.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in the table.</exception>
    /// <exception cref="DataFileException">
    /// The file is not a valid <typeparamref name="T"/>: one diagnostic per problem (file, line, column, JSON path, value,
    /// reason); malformed JSON and a value of the wrong JSON type stop at the first, as the parser does.
    /// </exception>
    public T Read<T>(Stream utf8Json, string fileName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var format = FormatOf<T>();
        return format.Read(JsonInput.Read(utf8Json, fileName), fileName);
    }

    /// <summary>Reads a <typeparamref name="T"/> from JSON text, stopping at its first problem.</summary>
    /// <typeparam name="T">A type of the table.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in the table.</exception>
    /// <exception cref="JsonException">
    /// The text is not a valid <typeparamref name="T"/>. The message names the full JSON path and the value;
    /// <see cref="JsonFailure.DetailsOf"/> gives the code, path, value and reason; <see cref="JsonException.LineNumber"/>
    /// and <see cref="JsonException.BytePositionInLine"/> say where (from 0). A broken invariant of the domain type is the
    /// <see cref="Exception.InnerException"/>.
    /// </exception>
    public T Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        var format = FormatOf<T>();
        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            return format.Read(JsonInput.Read(new MemoryStream(bytes, writable: false), ""), "");
        }
        catch (DataFileException e)
        {
            // The cause of the first problem: the broken invariant inside a problem of the mapper, or what the parser said.
            var cause = e.InnerException is JsonException inner && JsonFailure.DetailsOf(inner).Code is not null ? inner.InnerException : e.InnerException;
            throw JsonFailure.Of(e.Diagnostics[0], cause);
        }
    }

    /// <summary>Writes a <typeparamref name="T"/> as compact JSON (camelCase, nulls left out).</summary>
    /// <typeparam name="T">A type of the table.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in the table.</exception>
    public string Serialize<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a <typeparamref name="T"/> as compact UTF-8 JSON to a stream, the bytes <see cref="Serialize{T}(T)"/> gives.</summary>
    /// <typeparam name="T">A type of the table.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in the table.</exception>
    public void Serialize<T>(Stream utf8Json, T value)
    {
        Guard.Against.Null(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json);
        Write(writer, value);
    }

    /// <summary>Writes a <typeparamref name="T"/> into <paramref name="writer"/>, in the writer's layout (indentation, new line, escaping).</summary>
    /// <typeparam name="T">A type of the table.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not in the table.</exception>
    public void Write<T>(Utf8JsonWriter writer, T value)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        FormatOf<T>().Write(writer, value);
    }

    /// <summary>
    /// Reads a whole file through a contract and a map, listing every problem (decision 0140): the contract
    /// (<see cref="JsonContract.Read{T}(ReadOnlyMemory{byte}, JsonTypeInfo{T}, string)"/>: malformed JSON and a value of
    /// the wrong JSON type stop at the first), then the map. Each problem gets the line and column a reader that checks as
    /// it goes stood at (<see cref="JsonCursor.PositionOf"/>).
    /// </summary>
    /// <typeparam name="TContract">The file's contract.</typeparam>
    /// <typeparam name="T">The value.</typeparam>
    /// <param name="utf8Json">The file's bytes, through <see cref="JsonInput.Read"/>.</param>
    /// <param name="fileName">The file's name for the diagnostics.</param>
    /// <param name="contract">The contract's source-generated information.</param>
    /// <param name="map">The mapper at <c>$</c>: problems recorded, never thrown.</param>
    /// <param name="invariantsAtMember">
    /// Where a broken invariant stands: at the member it names (the calendar, whose year was checked as it was read), or,
    /// when false, at the end of the object being built.
    /// </param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">
    /// The file is not valid: one diagnostic per problem, in the mapper's order; the inner exception is the first problem
    /// as a <see cref="JsonException"/> (<see cref="JsonFailure"/>), with the broken invariant inside.
    /// </exception>
    public static T ReadFile<TContract, T>(ReadOnlyMemory<byte> utf8Json, string fileName, JsonTypeInfo<TContract> contract, Func<TContract, JsonProblems, T> map, bool invariantsAtMember)
        where TContract : class
    {
        Guard.Against.Null(fileName);
        Guard.Against.Null(contract);
        Guard.Against.Null(map);
        TContract file;
        try
        {
            file = JsonContract.Read(utf8Json, contract, fileName);
        }
        catch (DataFileException e) when (e.Diagnostics.All(d => d.Code != "bad-json"))
        {
            // The serializer's refusal, placed on the refused token as a reader that checks as it goes stood.
            throw new DataFileException(Placed(utf8Json.Span, e.Diagnostics, invariantsAtMember), e.InnerException);
        }
        var problems = new JsonProblems(fileName);
        var value = map(file, problems);
        if (!problems.Any) return value;
        var found = Placed(utf8Json.Span, problems.Found, invariantsAtMember);
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

    private JsonFormats Add<T>(Format<T> format)
    {
        Guard.Against.Unmet(formats.TryAdd(typeof(T), format), nameof(T), $"{NameOf(typeof(T))} is in the table already.");
        return this;
    }

    private Format<T> FormatOf<T>() =>
        formats.TryGetValue(typeof(T), out var format) ? (Format<T>)format
        : throw new NotSupportedException($"{NameOf(typeof(T))} has no JSON form in this table; the types it has: {string.Join(", ", formats.Keys.Select(NameOf).Order(StringComparer.Ordinal))}.");

    // ImmutableArray<Evidence>, not ImmutableArray`1.
    private static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>" : type.Name;

    private sealed record Format<T>(Func<ReadOnlyMemory<byte>, string, T> Read, Action<Utf8JsonWriter, T> Write);
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Core.Json;

/// <summary>
/// Collects every problem a mapper finds while it turns a JSON contract (the file's shape, every member nullable) into
/// domain values: a missing or unknown member, a bad date, an unknown choice, a broken invariant. Each becomes one
/// <see cref="DataDiagnostic"/> with its JSON path and, from the <see cref="JsonLineIndex"/>, its line; the mapper
/// goes on to the next item, so a file's problems are all listed at once (decision 0093).
/// </summary>
/// <remarks>
/// <para>
/// The messages are the ones MathPlc's readers have always printed (an unknown member names the members allowed and
/// the nearest of them; a missing one names every member missing), so moving a reader onto a contract and a mapper
/// does not change a word a user sees (docs/cli.md: output tokens are never renamed).
/// </para>
/// <code>
/// var problems = new JsonProblems("goals.json", new JsonLineIndex(utf8));
/// problems.Unknown(contract.Unknown, "$.goals[0]", ["name", "target", "date"]);
/// if (problems.Present("$.goals[0]", ("name", contract.Name is not null), ("date", contract.Date is not null))
///     &amp;&amp; problems.Date(contract.Date, "$.goals[0].date") is { } date) { … }
/// problems.ThrowIfAny();   // a DataFileException listing every problem, in the order found
/// </code>
/// <para>An instance belongs to one read; it is not safe to share between threads.</para>
/// </remarks>
public sealed class JsonProblems
{
    /// <summary>The diagnostic code of a required member that is absent (or null).</summary>
    public const string MissingPropertyCode = "missing-property";

    /// <summary>The diagnostic code of a member the format does not have.</summary>
    public const string UnknownPropertyCode = "unknown-property";

    /// <summary>The diagnostic code of a date that is not an ISO calendar date (<c>yyyy-MM-dd</c>).</summary>
    public const string BadDateCode = "bad-date";

    private readonly List<DataDiagnostic> _found = [];
    private readonly JsonLineIndex? _lines;

    /// <summary>Starts an empty collection for one file.</summary>
    /// <param name="file">The file's name or path as the caller gave it; every diagnostic names it.</param>
    /// <param name="lines">The index that gives each JSON path its line, or null when lines are not known (a text passed in memory).</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public JsonProblems(string file, JsonLineIndex? lines = null)
    {
        File = Guard.Against.Null(file);
        _lines = lines;
    }

    /// <summary>The file every diagnostic names.</summary>
    public string File { get; }

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<DataDiagnostic> Found => _found;

    /// <summary>True when at least one problem has been found.</summary>
    public bool Any => _found.Count > 0;

    /// <summary>Records one problem at <paramref name="path"/>, with the line of that path when the index knows it.</summary>
    /// <param name="code">A stable diagnostic code, e.g. <c>bad-date</c>.</param>
    /// <param name="path">The JSON path of the value (<c>$.units[2].teachingDays</c>).</param>
    /// <param name="reason">What is wrong, in plain words.</param>
    /// <param name="value">The offending value as written, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="path"/> or <paramref name="reason"/> is null.</exception>
    public void Add(string code, string path, string reason, string? value = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(path);
        Guard.Against.Null(reason);
        _found.Add(new DataDiagnostic(code, reason, File, _lines?.LineOf(path), null, path, value));
    }

    /// <summary>
    /// Checks that each required member of the object at <paramref name="path"/> is present: true when all are, else
    /// one <c>missing-property</c> problem naming every one missing, and false.
    /// </summary>
    /// <param name="path">The object's JSON path.</param>
    /// <param name="members">Each required member's name and whether the contract holds a value for it.</param>
    public bool Present(string path, params ReadOnlySpan<(string Name, bool Present)> members)
    {
        var missing = new List<string>();
        foreach (var (name, present) in members)
            if (!present) missing.Add(name);
        if (missing.Count == 0) return true;
        Add(MissingPropertyCode, path, MissingReason(missing));
        return false;
    }

    /// <summary>
    /// Records one <c>unknown-property</c> problem for each member of <paramref name="unknown"/> (a contract's
    /// <c>[JsonExtensionData]</c> dictionary), naming the members <paramref name="allowed"/> and the nearest of them.
    /// </summary>
    /// <param name="unknown">The members the contract did not declare, or null when there were none.</param>
    /// <param name="path">The object's JSON path.</param>
    /// <param name="allowed">Every member the object may have.</param>
    public void Unknown(IReadOnlyDictionary<string, JsonElement>? unknown, string path, ReadOnlySpan<string> allowed)
    {
        if (unknown is null) return;
        foreach (string name in unknown.Keys)
            Add(UnknownPropertyCode, JsonPath.Property(path, name), UnknownPropertyReason(name, allowed));
    }

    /// <summary>
    /// The calendar date written at <paramref name="path"/> (ISO <c>yyyy-MM-dd</c>), or null — after recording a
    /// <c>bad-date</c> problem naming the value — when it is not one. A null <paramref name="text"/> is null with no
    /// problem (whether the member is required is <see cref="Present"/>'s to say).
    /// </summary>
    public LocalDate? Date(string? text, string path)
    {
        if (text is null) return null;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success) return parsed.Value;
        Add(BadDateCode, path, $"\"{DiagnosticText.Shorten(text)}\" is not a date written yyyy-MM-dd (such as 2026-09-14).", text);
        return null;
    }

    /// <summary>
    /// The whole number written at <paramref name="path"/> (a contract keeps numbers as <see cref="double"/>, so a
    /// fraction is found here with the file's other problems), or null — after recording a <paramref name="code"/>
    /// problem — when it is a fraction or outside the range of <see cref="int"/>. A null <paramref name="value"/> is null
    /// with no problem.
    /// </summary>
    public int? WholeNumber(double? value, string path, string code = "bad-number")
    {
        if (value is not { } number) return null;
        if (number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue) return (int)number;
        string text = InvariantText.Of(number);
        Add(code, path, $"{text} is not a whole number.", text);
        return null;
    }

    /// <summary>
    /// The member of <typeparamref name="T"/> named at <paramref name="path"/> (ignoring case; a number is not a name), or
    /// null — after recording a <paramref name="code"/> problem that lists the names — when it names none. A null
    /// <paramref name="text"/> is null with no problem.
    /// </summary>
    public T? Choice<T>(string? text, string path, string code = "unknown-name")
        where T : struct, Enum
    {
        if (text is null) return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !text.AsSpan().Trim().ContainsAnyInRange('0', '9'))
            return parsed;
        Add(code, path, $"\"{DiagnosticText.Shorten(text)}\" is not one of {string.Join(", ", JsonNames.All<T>())}.", text);
        return null;
    }

    /// <summary>
    /// Builds a domain value, turning the <see cref="ArgumentException"/> of a broken invariant into one problem with
    /// code <paramref name="code"/>: its path is that of the member the exception names (its parameter name, matched to
    /// one of <paramref name="members"/> ignoring case, so a constructor's <c>teachingDays</c> is <c>$.….teachingDays</c>),
    /// else <paramref name="path"/>; its value is the exception's actual value when it has one. Returns null after a problem.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is null.</exception>
    public T? Build<T>(string path, string code, ReadOnlySpan<string> members, Func<T> create)
        where T : class
    {
        Guard.Against.Null(create);
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            Add(code, MemberPath(path, members, e), ReasonOf(e), ValueOf(e));
            return null;
        }
    }

    /// <summary>Throws a <see cref="DataFileException"/> listing every problem found, when there is one; otherwise does nothing.</summary>
    /// <exception cref="DataFileException">At least one problem was found.</exception>
    public void ThrowIfAny()
    {
        if (_found.Count > 0) throw new DataFileException(_found);
    }

    /// <summary>
    /// The reason given for a member <paramref name="name"/> that an object does not have: the members allowed and, when
    /// one is close (<see cref="NearestName"/>), a "did you mean" hint.
    /// </summary>
    public static string UnknownPropertyReason(string name, ReadOnlySpan<string> allowed)
    {
        Guard.Against.Null(name);
        string? nearest = NearestName.Find(name, allowed);
        string hint = nearest is null ? "."
            : string.Equals(nearest, name, StringComparison.OrdinalIgnoreCase) ? $": did you mean \"{nearest}\"? Property names are case-sensitive."
            : $": did you mean \"{nearest}\"?";
        return $"unknown property \"{name}\"{hint} The properties allowed here are {QuotedList(allowed.ToArray())}.";
    }

    /// <summary>The reason given for required members that are missing: <c>the required property "name" is missing.</c></summary>
    public static string MissingReason(IReadOnlyCollection<string> names)
    {
        Guard.Against.Null(names);
        return names.Count == 1
            ? $"the required property {QuotedList(names)} is missing."
            : $"the required properties {QuotedList(names)} are missing.";
    }

    /// <summary>An exception's message without the " (Parameter 'x')" and "Actual value was" lines the runtime appends.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string ReasonOf(ArgumentException exception)
    {
        Guard.Against.Null(exception);
        string message = exception.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0) message = message[..newline].TrimEnd('\r');
        string suffix = $" (Parameter '{exception.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    /// <summary>The offending value an <see cref="ArgumentOutOfRangeException"/> carries, written as it would appear in a MathPlc JSON file; null for other exceptions.</summary>
    public static string? ValueOf(ArgumentException exception) =>
        exception is ArgumentOutOfRangeException { ActualValue: { } actual } ? InvariantText.Of(actual) : null;

    /// <summary>
    /// The path of the member an exception's parameter names, when it is one of <paramref name="members"/> ignoring case
    /// (an element parameter such as <c>levels[2]</c> keeps its index), else <paramref name="path"/>.
    /// </summary>
    public static string MemberPath(string path, ReadOnlySpan<string> members, ArgumentException exception)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(exception);
        if (exception.ParamName is not { } param) return path;
        string at = path;
        foreach (var member in members)
            if (string.Equals(param, member, StringComparison.OrdinalIgnoreCase) || param.StartsWith(member + "[", StringComparison.OrdinalIgnoreCase))
                at = path + "." + member + param[member.Length..];
        return at;
    }

    /// <summary>Names in quotes, joined by commas, for messages: <c>"name", "start", "end"</c>.</summary>
    public static string QuotedList(IEnumerable<string> names) => string.Join(", ", Guard.Against.Null(names).Select(name => $"\"{name}\""));
}

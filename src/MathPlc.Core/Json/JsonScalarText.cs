using NodaTime;
using NodaTime.Text;

namespace MathPlc.Core.Json;

/// <summary>
/// The scalar values a contract keeps as strings — identifiers and ISO dates — parsed by a mapper with the words
/// MathPlc's JSON converters have always printed (<c>"2026-09-31" is not a date in the form yyyy-MM-dd: …</c>,
/// <c>"  " is not a StudentId: …</c>), each failure one problem with its path and the text as its value.
/// </summary>
/// <remarks>
/// <see cref="JsonProblems.Date"/> words a bad date its own way; these keep the converters' words, which the command
/// line prints (decision 0131).
/// </remarks>
public static class JsonScalarText
{
    /// <summary>The diagnostic code of a blank identifier.</summary>
    public const string EmptyIdCode = "empty-id";

    /// <summary>The identifier written as <paramref name="text"/> (trimmed), or null after recording an <c>empty-id</c> problem when it is blank; null text is null with no problem.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="path"/> is null.</exception>
    public static T? Identifier<T>(this JsonProblems problems, string? text, string path)
        where T : struct, IIdentifier<T>
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(path);
        if (text is null) return null;
        try
        {
            return T.Create(text);
        }
        catch (ArgumentException e)
        {
            problems.Add(EmptyIdCode, path, $"\"{text}\" is not a {typeof(T).Name}: {JsonProblems.ReasonOf(e)}", text, e);
            return null;
        }
    }

    /// <summary>
    /// The identifiers written as <paramref name="texts"/>, each checked at its own index of <paramref name="path"/>
    /// (<c>null</c> is <c>wrong-type</c>, blank is <c>empty-id</c>); null when the list is absent or any element is wrong,
    /// after recording every element's problem.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="path"/> is null.</exception>
    public static ImmutableArray<T>? Identifiers<T>(this JsonProblems problems, List<string?>? texts, string path)
        where T : struct, IIdentifier<T>
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(path);
        if (texts is null) return null;
        var ids = ImmutableArray.CreateBuilder<T>(texts.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            string at = JsonPath.Index(path, i);
            if (texts[i] is null) JsonWrongType.AddNull(problems, at, "a string");
            else if (problems.Identifier<T>(texts[i], at) is { } id) ids.Add(id);
        }
        return ids.Count == texts.Count ? ids.MoveToImmutable() : null;
    }

    /// <summary>
    /// The date written as <paramref name="text"/> in the ISO form <c>yyyy-MM-dd</c>, or null after recording a
    /// <c>bad-date</c> problem with NodaTime's reason; null text is null with no problem.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="path"/> is null.</exception>
    public static LocalDate? IsoDate(this JsonProblems problems, string? text, string path)
    {
        Guard.Against.Null(problems);
        Guard.Against.Null(path);
        if (text is null) return null;
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success) return result.Value;
        problems.Add(JsonProblems.BadDateCode, path, $"\"{text}\" is not a date in the form yyyy-MM-dd: {WithoutEcho(result.Exception.Message)}", text, result.Exception);
        return null;
    }

    /// <summary>A date as written in MathPlc's JSON, <c>2026-09-14</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static string IsoDateText(LocalDate date) => LocalDatePattern.Iso.Format(Guard.Against.NotIsoCalendar(date));

    // NodaTime ends its parse messages with " Value being parsed: '…'." (and a caret line); the text is already quoted.
    private static string WithoutEcho(string message)
    {
        int echo = message.IndexOf(" Value being parsed:", StringComparison.Ordinal);
        return echo > 0 ? message[..echo] : message;
    }
}

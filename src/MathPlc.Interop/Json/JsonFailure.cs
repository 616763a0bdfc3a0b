using System.Text.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// Makes the <see cref="JsonException"/>s MathPlc's converters throw: the message names the JSON path, the
/// value and the reason, and <see cref="Exception.Data"/> keeps the diagnostic code, path and value so
/// <see cref="CalendarJson"/> can turn the exception into a <see cref="DataDiagnostic"/> without parsing text.
/// </summary>
internal static class JsonFailure
{
    private const string CodeKey = "MathPlc.Code";
    private const string PathKey = "MathPlc.Path";
    private const string ValueKey = "MathPlc.Value";
    private const string ReasonKey = "MathPlc.Reason";

    /// <summary>An exception for a bad value.</summary>
    /// <param name="code">A stable diagnostic code, e.g. <c>bad-date</c>.</param>
    /// <param name="path">The JSON path of the value, or null when the caller (System.Text.Json) knows it.</param>
    /// <param name="value">The offending value as written, or null.</param>
    /// <param name="reason">What is wrong, in plain words, naming the value.</param>
    /// <param name="inner">The exception that said so, kept as <see cref="Exception.InnerException"/>.</param>
    public static JsonException Create(string code, string? path, string? value, string reason, Exception? inner = null)
    {
        return Describe(new JsonException(path is null ? reason : $"{path}: {reason}", inner), code, path, value, reason);
    }

    /// <summary>
    /// The failure of a MathPlc value that sits at <paramref name="outerPath"/> in a larger document, with its
    /// path joined to that (<c>$[3]</c> + <c>$.score</c> = <c>$[3].score</c>; a scalar that knew no path gets
    /// <paramref name="outerPath"/> itself), keeping the line and column; null for a failure that did not come
    /// from a MathPlc converter or needs no joining.
    /// </summary>
    public static JsonException? AtFullPath(JsonException exception, string? outerPath)
    {
        var (code, path, value, reason) = DetailsOf(exception);
        if (code is null || reason is null || outerPath is null || (path is not null && outerPath == JsonPath.Root)) return null;
        string full = path is null ? outerPath : outerPath + path[JsonPath.Root.Length..]; // a scalar converter leaves its path to System.Text.Json
        var moved = new JsonException($"{full}: {reason}", full, exception.LineNumber, exception.BytePositionInLine, exception.InnerException);
        return Describe(moved, code, full, value, reason);
    }

    private static JsonException Describe(JsonException exception, string code, string? path, string? value, string reason)
    {
        exception.Data[CodeKey] = code;
        if (path is not null) exception.Data[PathKey] = path;
        if (value is not null) exception.Data[ValueKey] = value;
        exception.Data[ReasonKey] = reason;
        return exception;
    }

    /// <summary>The code, path, value and reason a MathPlc converter attached, or nulls for any other exception.</summary>
    public static (string? Code, string? Path, string? Value, string? Reason) DetailsOf(JsonException exception) =>
        (exception.Data[CodeKey] as string, exception.Data[PathKey] as string, exception.Data[ValueKey] as string, exception.Data[ReasonKey] as string);
}

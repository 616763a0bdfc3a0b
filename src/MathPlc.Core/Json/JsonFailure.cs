using System.Text.Json;

namespace MathPlc.Core.Json;

/// <summary>
/// The <see cref="JsonException"/> a one-value read throws (<see cref="JsonFormats.Deserialize{T}(string)"/>): the
/// message names the JSON path, the value and the reason, and <see cref="Exception.Data"/> keeps the diagnostic code,
/// path, value and reason, which <see cref="DetailsOf"/> gives back without parsing text.
/// </summary>
/// <remarks>
/// <code>
/// catch (JsonException e) when (JsonFailure.DetailsOf(e) is { Code: "invalid-evidence" } details)
///     Console.WriteLine($"{details.Path}: {details.Reason}");   // $[1].weight: weight must be …
/// </code>
/// </remarks>
public static class JsonFailure
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
    /// <returns>The exception, without a line or column.</returns>
    public static JsonException Create(string code, string? path, string? value, string reason, Exception? inner = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(reason);
        return Describe(new JsonException(path is null ? reason : $"{path}: {reason}", inner), code, path, value, reason);
    }

    /// <summary>The exception for one diagnostic, at its line and column (counted from 0, as <see cref="JsonException"/> counts).</summary>
    /// <param name="problem">The problem, with its code, path, value, reason and (1-based) line and column.</param>
    /// <param name="inner">The exception that said so, kept as <see cref="Exception.InnerException"/>.</param>
    /// <returns>The exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static JsonException Of(DataDiagnostic problem, Exception? inner)
    {
        Guard.Against.Null(problem);
        string message = problem.Field is null ? problem.Message : $"{problem.Field}: {problem.Message}";
        var exception = new JsonException(message, problem.Field, problem.Line - 1, problem.Column - 1, inner);
        return Describe(exception, problem.Code, problem.Field, problem.Value, problem.Message);
    }

    private static JsonException Describe(JsonException exception, string code, string? path, string? value, string reason)
    {
        exception.Data[CodeKey] = code;
        if (path is not null) exception.Data[PathKey] = path;
        if (value is not null) exception.Data[ValueKey] = value;
        exception.Data[ReasonKey] = reason;
        return exception;
    }

    /// <summary>The code, path, value and reason MathPlc attached, or nulls for any other exception.</summary>
    /// <param name="exception">The exception caught.</param>
    /// <returns>The four parts; each null when the exception did not come from MathPlc.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static (string? Code, string? Path, string? Value, string? Reason) DetailsOf(JsonException exception) =>
        (Guard.Against.Null(exception).Data[CodeKey] as string, exception.Data[PathKey] as string, exception.Data[ValueKey] as string, exception.Data[ReasonKey] as string);
}

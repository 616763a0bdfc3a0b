using System.Text.Json;
using NodaTime.Text;

namespace MathPlc.Interop.Json;

/// <summary>
/// A System.Text.Json converter that writes a NodaTime value as a JSON string in one fixed, culture-free
/// pattern and reads it back, also as a dictionary key.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
/// <remarks>
/// Modelled on <c>NodaPatternConverter&lt;T&gt;</c> of NodaTime.Serialization.SystemTextJson
/// (nodatime/nodatime.serialization), which is not obtainable here: one <see cref="IPattern{T}"/> for both
/// directions, and a validator run before writing so that only ISO-calendar values are written.
/// </remarks>
public abstract class NodaPatternJsonConverter<T> : StringJsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _code;
    private readonly string _form;

    /// <summary>Creates a converter.</summary>
    /// <param name="pattern">The pattern used for reading and writing; it must use the invariant culture.</param>
    /// <param name="code">The diagnostic code for text that does not parse, e.g. <c>bad-date</c>.</param>
    /// <param name="form">The expected form, for messages, e.g. <c>a date yyyy-MM-dd</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    private protected NodaPatternJsonConverter(IPattern<T> pattern, string code, string form)
    {
        Guard.Against.Null(pattern);
        Guard.Against.Null(code);
        Guard.Against.Null(form);
        (_pattern, _code, _form) = (pattern, code, form);
    }

    /// <summary>Checks a value before it is written; throws <see cref="ArgumentException"/> for one that must not be written.</summary>
    /// <param name="value">The value about to be written.</param>
    private protected virtual void Validate(T value)
    {
    }

    private protected override T Parse(string text, string? path)
    {
        var result = _pattern.Parse(text);
        if (result.Success) return result.Value;
        throw JsonFailure.Create(_code, path, text, $"\"{text}\" is not {_form}: {WithoutEcho(result.Exception.Message)}", result.Exception);
    }

    // NodaTime ends its parse messages with " Value being parsed: '…'." (and a caret line); the text is already quoted.
    private static string WithoutEcho(string message)
    {
        int echo = message.IndexOf(" Value being parsed:", StringComparison.Ordinal);
        return echo > 0 ? message[..echo] : message;
    }

    private protected override string Format(T value)
    {
        Validate(value);
        return _pattern.Format(value);
    }
}

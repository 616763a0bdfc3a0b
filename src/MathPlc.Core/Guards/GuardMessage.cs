using System.Globalization;
using System.Runtime.CompilerServices;

namespace MathPlc.Core.Guards;

/// <summary>
/// The message of a failed <see cref="MathPlcGuardClauses.Unmet(Ardalis.GuardClauses.IGuardClause, bool, string, ref GuardMessage)"/>:
/// an interpolated string that is formatted only when the requirement fails, in the invariant culture.
/// </summary>
/// <remarks>Write it as an interpolated string literal; the compiler builds it.</remarks>
[InterpolatedStringHandler]
public ref struct GuardMessage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message; nothing is appended when <paramref name="requirement"/> holds.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="requirement">The requirement the message explains.</param>
    /// <param name="shouldAppend">Whether the compiler should append the parts (only when the requirement fails).</param>
    public GuardMessage(int literalLength, int formattedCount, bool requirement, out bool shouldAppend)
    {
        shouldAppend = !requirement;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>The message, once; the handler is empty afterwards.</summary>
    /// <returns>The formatted message.</returns>
    public string ToStringAndClear() => _text.ToStringAndClear();
}

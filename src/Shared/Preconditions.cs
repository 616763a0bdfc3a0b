using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace MathPlc;

/// <summary>
/// The checks the BCL throw helpers (<see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>,
/// <see cref="ArgumentOutOfRangeException.ThrowIfNegative{T}(T, string?)"/>, …) do not have. Every
/// message names the parameter and the offending value, in the invariant culture.
/// </summary>
/// <remarks>Modelled on NodaTime's <c>Preconditions</c>: one small class, standard exceptions.</remarks>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition) throw new ArgumentException(message, paramName);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="condition"/> holds. The interpolated
    /// message is built only when the check fails, in the invariant culture, so a check on a hot path
    /// (an identifier read from each of a million CSV rows) costs no allocation.
    /// </summary>
    public static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition) throw new ArgumentException(message.ToStringAndClear(), paramName);
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> unless <paramref name="condition"/> holds.</summary>
    public static void CheckState([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is NaN or infinite.</summary>
    public static void CheckFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number, not {Format(value)}.");
    }

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and zero or more.
    /// (The BCL's <c>ThrowIfNegative</c> formats the value in the current culture: "-0,5" on a German machine.)
    /// </summary>
    public static void CheckNonNegative(double value, string paramName)
    {
        CheckFinite(value, paramName);
        if (value < 0)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be zero or more, not {Format(value)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and more than zero.</summary>
    public static void CheckPositive(double value, string paramName)
    {
        CheckFinite(value, paramName);
        if (value <= 0)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be more than zero, not {Format(value)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is in [min, max].</summary>
    public static void CheckInRange(double value, double min, double max, string paramName)
    {
        CheckFinite(value, paramName);
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be between {Format(min)} and {Format(max)}, not {Format(value)}.");
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="date"/> is in the ISO calendar.</summary>
    public static void CheckIsoCalendar(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
            throw new ArgumentException($"{paramName} must be a date in the ISO calendar, not {date.Calendar.Id}.", paramName);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an element of <paramref name="items"/> is null.</summary>
    public static ImmutableArray<T> CheckNoNulls<T>(IEnumerable<T>? items, string paramName) where T : class
    {
        if (items is null) return [];
        var array = items.ToImmutableArray();
        for (int i = 0; i < array.Length; i++)
            if (array[i] is null) throw new ArgumentException($"{paramName}[{i}] is null.", paramName);
        return array;
    }

    /// <summary>Formats a number for a message: invariant culture, round-trip precision.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// An interpolated failure message that is formatted only when its check fails, in the invariant culture.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        /// <summary>Starts a message; nothing is appended when <paramref name="condition"/> holds.</summary>
        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        /// <summary>Appends literal text.</summary>
        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        /// <summary>Appends a value.</summary>
        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        /// <summary>Appends a value with a format.</summary>
        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        /// <summary>The message.</summary>
        public string ToStringAndClear() => _text.ToStringAndClear();
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace MathPlc.Core.Guards;

/// <summary>
/// The guard clauses MathPlc adds to Ardalis.GuardClauses, the one guard vocabulary of every MathPlc package
/// (<c>Guard.Against.…</c>). Ardalis's own clauses cover null and white-space text; these cover what it lacks:
/// finite numbers, numbers in a range, dates in the ISO calendar, lists without null elements, and a requirement
/// stated in words.
/// </summary>
/// <remarks>
/// <para>Each clause is an extension method on <see cref="IGuardClause"/> (the extension point Ardalis documents),
/// returns the checked value so that validation and assignment are one line, names the parameter through
/// <see cref="CallerArgumentExpressionAttribute"/> unless a name is given, and throws the standard exception a
/// caller catches: <see cref="ArgumentException"/>, <see cref="ArgumentNullException"/> or
/// <see cref="ArgumentOutOfRangeException"/>.</para>
/// <para>Every message names the parameter and the offending value, formatted in the invariant culture with
/// round-trip precision (the BCL's <c>ThrowIfNegative</c> would print <c>-0,5</c> on a German machine).</para>
/// </remarks>
/// <example>
/// <code>
/// Weight = Guard.Against.OutsideRange(weight, 0, 1);
/// Guard.Against.Unmet(cuts.Length &gt; 1, nameof(cuts), $"A scale needs two levels or more, not {cuts.Length}.");
/// </code>
/// </example>
public static class MathPlcGuardClauses
{
    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="requirement"/> holds.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="requirement">What must be true of the argument.</param>
    /// <param name="parameterName">The argument the requirement is about.</param>
    /// <param name="message">What is wrong, naming the value, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="requirement"/> is false.</exception>
    public static void Unmet(this IGuardClause guard, [DoesNotReturnIf(false)] bool requirement, string parameterName, string message)
    {
        if (!requirement) throw new ArgumentException(message, parameterName);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="requirement"/> holds. The interpolated message
    /// is built only when the requirement fails, in the invariant culture, so a guard on a hot path (an identifier
    /// read from each of a million CSV rows) allocates nothing.
    /// </summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="requirement">What must be true of the argument.</param>
    /// <param name="parameterName">The argument the requirement is about.</param>
    /// <param name="message">What is wrong, naming the value, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="requirement"/> is false.</exception>
    public static void Unmet(
        this IGuardClause guard,
        [DoesNotReturnIf(false)] bool requirement,
        string parameterName,
        [InterpolatedStringHandlerArgument(nameof(requirement))] ref GuardMessage message)
    {
        if (!requirement) throw new ArgumentException(message.ToStringAndClear(), parameterName);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is NaN or infinite; returns it otherwise.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is NaN or infinite.</exception>
    public static double NotFinite(this IGuardClause guard, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null) =>
        double.IsFinite(input) ? input
        : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be a finite number, not {InvariantNumber.Format(input)}.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is finite and zero or more; returns it otherwise.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is negative, NaN or infinite.</exception>
    public static double NegativeOrNotFinite(this IGuardClause guard, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guard.NotFinite(input, parameterName);
        return input >= 0 ? input
            : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be zero or more, not {InvariantNumber.Format(input)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is finite and more than zero; returns it otherwise.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is zero, negative, NaN or infinite.</exception>
    public static double NotPositive(this IGuardClause guard, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guard.NotFinite(input, parameterName);
        return input > 0 ? input
            : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be more than zero, not {InvariantNumber.Format(input)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is finite and in [<paramref name="minimum"/>, <paramref name="maximum"/>]; returns it otherwise.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is outside the range, NaN or infinite.</exception>
    public static double OutsideRange(this IGuardClause guard, double input, double minimum, double maximum,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guard.NotFinite(input, parameterName);
        return input >= minimum && input <= maximum ? input
            : throw new ArgumentOutOfRangeException(parameterName, input,
                $"{parameterName} must be between {InvariantNumber.Format(minimum)} and {InvariantNumber.Format(maximum)}, not {InvariantNumber.Format(input)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is less than <paramref name="minimum"/>; returns it otherwise.</summary>
    /// <typeparam name="T">A number type: a count, a number of days, a score.</typeparam>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is less than <paramref name="minimum"/> (or NaN).</exception>
    public static T Below<T>(this IGuardClause guard, T input, T minimum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : INumber<T> =>
        input >= minimum ? input
        : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be {InvariantNumber.Format(minimum)} or more, not {InvariantNumber.Format(input)}.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is more than <paramref name="bound"/>; returns it otherwise.</summary>
    /// <typeparam name="T">A number type: a count, a number of days, a score.</typeparam>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="bound">The value <paramref name="input"/> must exceed.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is at or below <paramref name="bound"/> (or NaN).</exception>
    public static T AtOrBelow<T>(this IGuardClause guard, T input, T bound, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : INumber<T> =>
        input > bound ? input
        : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be more than {InvariantNumber.Format(bound)}, not {InvariantNumber.Format(input)}.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is more than <paramref name="maximum"/>; returns it otherwise.</summary>
    /// <typeparam name="T">A number type: a count, a number of days, a score.</typeparam>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="maximum">The largest allowed value.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is more than <paramref name="maximum"/> (or NaN).</exception>
    public static T Above<T>(this IGuardClause guard, T input, T maximum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : INumber<T> =>
        input <= maximum ? input
        : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be {InvariantNumber.Format(maximum)} or less, not {InvariantNumber.Format(input)}.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> is less than <paramref name="bound"/>; returns it otherwise.</summary>
    /// <typeparam name="T">A number type: a count, a number of days, a score.</typeparam>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The number.</param>
    /// <param name="bound">The value <paramref name="input"/> must stay under.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is at or above <paramref name="bound"/> (or NaN).</exception>
    public static T AtOrAbove<T>(this IGuardClause guard, T input, T bound, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : INumber<T> =>
        input < bound ? input
        : throw new ArgumentOutOfRangeException(parameterName, input, $"{parameterName} must be less than {InvariantNumber.Format(bound)}, not {InvariantNumber.Format(input)}.");

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="input"/> is a date in the ISO calendar, the one school calendars use; returns it otherwise.</summary>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The date.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentException"><paramref name="input"/> is in another calendar system.</exception>
    public static LocalDate NotIsoCalendar(this IGuardClause guard, LocalDate input, [CallerArgumentExpression(nameof(input))] string? parameterName = null) =>
        input.Calendar == CalendarSystem.Iso ? input
        : throw new ArgumentException($"{parameterName} must be a date in the ISO calendar, not {input.Calendar.Id}.", parameterName);

    /// <summary>
    /// The items as an immutable array; throws <see cref="ArgumentNullException"/> when the list itself is null and
    /// <see cref="ArgumentException"/> (naming the position) when an item is. A list that may be left out is passed
    /// as <c>list ?? []</c> by the caller, so a null list means one thing everywhere: a mistake.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="guard">The <c>Guard.Against</c> entry point.</param>
    /// <param name="input">The items.</param>
    /// <param name="parameterName">The argument's name; the caller's expression when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static ImmutableArray<T> NullOrNullElements<T>(this IGuardClause guard, [NotNull] IEnumerable<T>? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null) where T : class
    {
        if (input is null || input is ImmutableArray<T> { IsDefault: true }) throw new ArgumentNullException(parameterName);
        var array = input.ToImmutableArray();
        for (int i = 0; i < array.Length; i++)
            if (array[i] is null) throw new ArgumentException($"{parameterName}[{i}] is null.", parameterName);
        return array;
    }
}

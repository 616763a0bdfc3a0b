using NodaTime;
using NodaTime.Text;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="LocalDate"/> as <c>"2026-09-14"</c> (<see cref="LocalDatePattern.Iso"/>), also as a dictionary key.</summary>
/// <remarks>Only ISO-calendar dates are written, as NodaTime.Serialization's <c>NodaConverters.LocalDateConverter</c> does.</remarks>
public sealed class LocalDateJsonConverter() : NodaPatternJsonConverter<LocalDate>(LocalDatePattern.Iso, "bad-date", "a date in the form yyyy-MM-dd")
{
    /// <summary>Refuses a date outside the ISO calendar.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not in the ISO calendar.</exception>
    private protected override void Validate(LocalDate value) => Guard.Against.NotIsoCalendar(value, nameof(value));
}

/// <summary>Reads and writes a <see cref="LocalTime"/> as <c>"07:45:00"</c> (<see cref="LocalTimePattern.ExtendedIso"/>: fractional seconds only when present).</summary>
public sealed class LocalTimeJsonConverter() : NodaPatternJsonConverter<LocalTime>(LocalTimePattern.ExtendedIso, "bad-time", "a time in the form HH:mm:ss")
{
}

/// <summary>Reads and writes an <see cref="Instant"/> as <c>"2026-09-14T13:45:30.123Z"</c> (<see cref="InstantPattern.ExtendedIso"/>, UTC).</summary>
public sealed class InstantJsonConverter() : NodaPatternJsonConverter<Instant>(InstantPattern.ExtendedIso, "bad-instant", "an instant in the form yyyy-MM-ddTHH:mm:ssZ")
{
}

/// <summary>Reads and writes a <see cref="Period"/> as <c>"P2W3D"</c> with <see cref="PeriodPattern.Roundtrip"/>.</summary>
/// <remarks>
/// The round-trip pattern keeps every unit as given (weeks stay weeks, <c>P14D</c> stays fourteen days), so a
/// period reads back equal to what was written; <see cref="PeriodPattern.NormalizingIso"/> would normalize
/// first and a round trip could change the value. NodaTime.Serialization uses the same pattern by default
/// (<c>NodaConverters.RoundtripPeriodConverter</c>).
/// </remarks>
public sealed class PeriodJsonConverter() : NodaPatternJsonConverter<Period>(PeriodPattern.Roundtrip, "bad-period", "an ISO period such as P2W3D")
{
    /// <summary>Refuses a null period.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    private protected override void Validate(Period value) => Guard.Against.Null(value);
}

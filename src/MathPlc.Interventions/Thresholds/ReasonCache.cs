using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// Reasons built once per distinct (code, facts) within one batch of decisions (issue 18): across 200,000 students the
/// tiering reasons take a few hundred distinct values, and a <see cref="Reason"/> is immutable and compared by value, so
/// students with the same facts share one instance. The key must hold every fact the message and data are made from.
/// </summary>
internal class ReasonCache
{
    private readonly Dictionary<ReasonKey, Reason> _reasons = [];
    private readonly int _limit;

    /// <summary>A cache that keeps every reason it makes, or, with a <paramref name="limit"/>, is emptied when it holds that many, so its memory stays bounded.</summary>
    public ReasonCache(int limit = int.MaxValue) => _limit = limit;

    [ThreadStatic]
    private static ReasonCache? _perThread;

    /// <summary>
    /// A cache for the calls of one thread, for decisions made one student at a time (<see cref="ProgressMonitoring.Decide(IEnumerable{Probe}, ProgressGoal, ProgressRules?, SchoolCalendar?)"/>):
    /// emptied when it reaches <see cref="PerThreadLimit"/> reasons, so its memory stays bounded. Sharing is invisible to callers, since a reason is a value.
    /// </summary>
    public static ReasonCache PerThread => _perThread ??= new ReasonCache(PerThreadLimit);

    /// <summary>The most reasons <see cref="PerThread"/> keeps.</summary>
    public const int PerThreadLimit = 4096;

    /// <summary>The reason for <paramref name="key"/>, made by <paramref name="make"/> the first time.</summary>
    public Reason Get(ReasonKey key, Func<ReasonKey, Reason> make)
    {
        if (_reasons.TryGetValue(key, out var reason)) return reason;
        if (_reasons.Count >= _limit) _reasons.Clear();
        _reasons.Add(key, reason = make(key));
        return reason;
    }
}

/// <summary>
/// The facts a cached reason is made from: its code, a text (a target id, a list of rules), up to four numbers and a date.
/// The numbers are kept as their bits, so 0 and −0 (written <c>0</c> and <c>-0</c>) are different keys. A date is kept
/// as a date (calendar and all), so a key needs no formatting; the reason's maker formats it once (issue 18).
/// </summary>
internal readonly record struct ReasonKey
{
    private readonly long _xBits, _yBits, _zBits, _wBits;

    /// <summary>A key from a code, a text, up to four numbers and a date.</summary>
    public ReasonKey(string code, string? text = null, double x = 0, double y = 0, double z = 0, double w = 0, LocalDate date = default)
    {
        Code = code;
        Text = text;
        Date = date;
        _xBits = BitConverter.DoubleToInt64Bits(x);
        _yBits = BitConverter.DoubleToInt64Bits(y);
        _zBits = BitConverter.DoubleToInt64Bits(z);
        _wBits = BitConverter.DoubleToInt64Bits(w);
    }

    /// <summary>The reason's code.</summary>
    public string Code { get; }

    /// <summary>The text fact, if any.</summary>
    public string? Text { get; }

    /// <summary>The date fact, if any (the default date otherwise).</summary>
    public LocalDate Date { get; }

    /// <summary>The first number.</summary>
    public double X => BitConverter.Int64BitsToDouble(_xBits);

    /// <summary>The second number.</summary>
    public double Y => BitConverter.Int64BitsToDouble(_yBits);

    /// <summary>The third number.</summary>
    public double Z => BitConverter.Int64BitsToDouble(_zBits);

    /// <summary>The fourth number.</summary>
    public double W => BitConverter.Int64BitsToDouble(_wBits);
}

namespace MathPlc.Grading;

/// <summary>Rounding of a proficiency score to a number of decimal places, by a named rule.</summary>
/// <remarks>
/// Rounding is applied only where a method's preset or the caller says so; the unrounded score is always kept
/// in the result. Invariants: 0 ≤ digits ≤ 10; the mode is defined.
/// </remarks>
public sealed record ScoreRounding
{
    /// <summary>Creates a rounding rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not 0 to 10, or <paramref name="mode"/> is not defined.</exception>
    public ScoreRounding(int digits, RoundingMode mode = RoundingMode.AwayFromZero)
    {
        Guard.Against.Below(digits, 0);
        Guard.Against.Above(digits, 10);
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode {(int)mode} is not a rounding mode.");
        Digits = digits;
        Mode = mode;
    }

    /// <summary>The number of decimal places kept.</summary>
    public int Digits { get; }

    /// <summary>How ties are broken.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Canvas's rounding: two decimals with Ruby's <c>Float#round</c> (<c>PRECISION = 2</c> in <c>rollup_score.rb</c>).</summary>
    public static ScoreRounding Canvas { get; } = new(2, RoundingMode.Ruby);

    /// <summary>Rounds <paramref name="value"/> by this rule.</summary>
    public double Apply(double value) => Mode switch
    {
        RoundingMode.AwayFromZero => Math.Round(value, Digits, MidpointRounding.AwayFromZero),
        RoundingMode.ToEven => Math.Round(value, Digits, MidpointRounding.ToEven),
        _ => RubyRound(value, Digits),
    };

    /// <summary>
    /// Ruby's <c>Float#round(ndigits)</c> for 0 ≤ ndigits ≤ 14: <c>round_half_up(x, s) / s</c> with
    /// <c>s = 10^ndigits</c>, ported literally from <c>numeric.c</c> so the same doubles come out.
    /// </summary>
    internal static double RubyRound(double x, int digits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        double s = Math.Pow(10, digits);
        return RoundHalfUp(x, s) / s;
    }

    private static double RoundHalfUp(double x, double s)
    {
        double xs = x * s;
        double f = Math.Round(xs, MidpointRounding.AwayFromZero);   // C round()
        if (s == 1.0) return f;
        if (x > 0)
        {
            if ((f + 0.5) / s <= x) f += 1;
        }
        else
        {
            if ((f - 0.5) / s >= x) f -= 1;
        }
        return f;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Digits} decimals, {Mode}";
}

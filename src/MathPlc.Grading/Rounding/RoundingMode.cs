namespace MathPlc.Grading;

/// <summary>How a score is rounded to a number of decimal places.</summary>
public enum RoundingMode
{
    /// <summary>Half away from zero (2.345 → 2.35 when the double is at or above the tie): .NET <see cref="MidpointRounding.AwayFromZero"/>.</summary>
    AwayFromZero = 0,

    /// <summary>Half to even (banker's rounding): .NET <see cref="MidpointRounding.ToEven"/>.</summary>
    ToEven = 1,

    /// <summary>
    /// Ruby's <c>Float#round</c>, which Canvas applies to every outcome rollup: half away from zero, then nudged
    /// up when the tie test <c>(f + 0.5) / s ≤ x</c> holds, so decimal ties whose double lies just below the tie
    /// (1.005) still round up (Ruby 1.01, .NET 1.00). Source: Ruby <c>numeric.c</c> <c>round_half_up</c>;
    /// reference/grading.md §8.
    /// </summary>
    Ruby = 2,
}

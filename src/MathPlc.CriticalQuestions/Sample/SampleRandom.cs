namespace MathPlc.CriticalQuestions;

/// <summary>
/// The sample team's random numbers, written out so the same seed gives the same numbers on every machine and every
/// .NET version (<see cref="System.Random"/>'s algorithm is not part of its contract): xoshiro256** seeded through
/// SplitMix64, uniform doubles from the top 53 bits, and normal deviates by the Box–Muller transform.
/// </summary>
/// <remarks>
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators" (ACM TOMS 47(4), 2021), for xoshiro256** and
/// the SplitMix64 seeding they recommend; Box and Muller, "A note on the generation of random normal deviates"
/// (Ann. Math. Stat. 29, 1958). Decision 0061.
/// </remarks>
internal sealed class SampleRandom
{
    private ulong _s0, _s1, _s2, _s3;

    internal SampleRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014), as in Vigna's reference <c>splitmix64.c</c>.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits (xoshiro256**, Vigna's reference <c>xoshiro256starstar.c</c>).</summary>
    internal ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits times 2⁻⁵³.</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Whether an event of probability <paramref name="p"/> happens.</summary>
    internal bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal deviate: Box–Muller's cosine branch, √(−2 ln u₁) cos(2π u₂) with u₁ in (0, 1].</summary>
    internal double NextGaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

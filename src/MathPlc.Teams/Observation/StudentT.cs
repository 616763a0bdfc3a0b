namespace MathPlc.Teams;

/// <summary>Student's t distribution: the CDF through the regularized incomplete beta function, and its quantile by bisection.</summary>
/// <remarks>
/// F(t; ν) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz &amp; Stegun 26.7.1); I by its continued fraction with the
/// modified Lentz method (Press et al., <i>Numerical Recipes</i>, §6.4). Tested against the printed t table.
/// </remarks>
internal static class StudentT
{
    /// <summary>The t value with P(T ≤ t) = <paramref name="p"/> for <paramref name="degreesOfFreedom"/> ≥ 1, p in (0, 1).</summary>
    public static double Quantile(double p, int degreesOfFreedom)
    {
        Guard.Against.Unmet(p > 0 && p < 1, nameof(p), "A probability strictly between 0 and 1 is needed.");
        Guard.Against.Below(degreesOfFreedom, 1);
        if (p < 0.5) return -Quantile(1 - p, degreesOfFreedom);
        double low = 0, high = 1;
        while (Cdf(high, degreesOfFreedom) < p) high *= 2;
        for (int i = 0; i < 200 && high - low > 1e-13 * Math.Max(1, high); i++)
        {
            double mid = (low + high) / 2;
            if (Cdf(mid, degreesOfFreedom) < p) low = mid; else high = mid;
        }
        return (low + high) / 2;
    }

    /// <summary>P(T ≤ t).</summary>
    public static double Cdf(double t, int degreesOfFreedom)
    {
        double v = degreesOfFreedom;
        double tail = 0.5 * RegularizedBeta(v / (v + t * t), v / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    private static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - front * ContinuedFraction(1 - x, b, a) / b;
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 300; m++)
        {
            double m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d; d = Math.Abs(d) < tiny ? tiny : d; c = 1 + aa / c; c = Math.Abs(c) < tiny ? tiny : c; d = 1 / d; h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d; d = Math.Abs(d) < tiny ? tiny : d; c = 1 + aa / c; c = Math.Abs(c) < tiny ? tiny : c; d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15) break;
        }
        return h;
    }

    // Lanczos approximation (g = 7, n = 9), good to about 15 digits for x > 0.
    private static double LogGamma(double x)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < 9; i++) sum += g[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}

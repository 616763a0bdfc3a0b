namespace MathPlc.Interventions;

/// <summary>A universal-screening band by national percentile rank, from least to most in need.</summary>
/// <remarks>The names follow Renaissance Star Math's default benchmark categories (At/Above Benchmark, On Watch, Intervention, Urgent Intervention).</remarks>
public enum ScreeningBand
{
    /// <summary>At or above the benchmark (default: 40th percentile and above): core instruction.</summary>
    Core,
    /// <summary>On watch (default: 25th–39th percentile): core instruction, watched.</summary>
    Watch,
    /// <summary>Targeted intervention (default: 10th–24th percentile): Tier 2.</summary>
    Targeted,
    /// <summary>Intensive or urgent intervention (default: below the 10th percentile): Tier 3.</summary>
    Intensive,
}

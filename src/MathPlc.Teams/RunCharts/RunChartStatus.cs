namespace MathPlc.Teams;

/// <summary>Whether a run chart had enough points for its rules to say anything.</summary>
public enum RunChartStatus
{
    /// <summary>The rules were applied; the signals (possibly none) are meaningful.</summary>
    Analyzed,

    /// <summary>Fewer points (or useful observations) than the rules need; no signal is reported, never a false "no signal".</summary>
    InsufficientData,
}

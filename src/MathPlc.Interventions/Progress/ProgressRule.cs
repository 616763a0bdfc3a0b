namespace MathPlc.Interventions;

/// <summary>The decision rules for progress-monitoring data named by NCII's "Decision Rules for Analyzing Academic Progress Monitoring Data".</summary>
public enum ProgressRule
{
    /// <summary>The k-point (four-point) rule: the last k points all above or all below the goal line.</summary>
    FourPoint,
    /// <summary>The trend-line rule: the least-squares trend steeper or flatter than the goal line.</summary>
    Trend,
    /// <summary>The median of the last three points above or below the goal line.</summary>
    MedianOfThree,
    /// <summary>All three, with the precedence trend, then k-point, then median of three (decision 0033).</summary>
    All,
}

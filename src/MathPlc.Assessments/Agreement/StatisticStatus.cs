namespace MathPlc.Assessments;

/// <summary>Whether a statistic has a value for the data at hand.</summary>
public enum StatisticStatus
{
    /// <summary>The statistic is defined: its value is a finite number.</summary>
    Defined,

    /// <summary>The statistic is 0/0 for these data (one category only, no variance, too few subjects); the reason says which.</summary>
    Undefined,

    /// <summary>The statistic does not apply to this design (Cohen's kappa with three raters).</summary>
    NotApplicable,
}

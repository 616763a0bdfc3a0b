namespace MathPlc.Assessments;

/// <summary>What a comparison of two rates allows a team to say, given its uncertainty.</summary>
public enum ComparisonConclusion
{
    /// <summary>The interval for the difference lies above 0: the group's rate is clearly higher.</summary>
    ClearlyHigher,

    /// <summary>The interval for the difference lies below 0: the group's rate is clearly lower.</summary>
    ClearlyLower,

    /// <summary>The interval includes 0: the data cannot tell the rates apart.</summary>
    NotDistinguishable,

    /// <summary>A group is below the minimum size, so no comparison is shown.</summary>
    NotShown,
}

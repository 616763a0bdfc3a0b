namespace MathPlc.Teams;

/// <summary>
/// What a SMART goal aims at (Conzemius &amp; O'Neill, <i>The Power of SMART Goals</i>, 2006): results for students, or a
/// process the adults carry out, which is not enough on its own.
/// </summary>
public enum GoalType
{
    /// <summary>A change in student results, e.g. the share of students proficient on a common assessment.</summary>
    Results,

    /// <summary>A change in what adults do, e.g. giving a common assessment every unit; needs a results goal beside it.</summary>
    Process,
}

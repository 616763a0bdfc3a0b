namespace MathPlc.Grading;

/// <summary>What <see cref="Mode"/> gives when two or more scores are equally frequent.</summary>
/// <remarks>Source: reference/grading.md §6.</remarks>
public enum ModeTieRule
{
    /// <summary>The highest of the tied scores (Moodle gradebook <c>grade/grade_category.php</c>; MasteryConnect "higher mastery level").</summary>
    Highest = 0,

    /// <summary>The tied score given most recently (Educate/cbk12; the gradeCalcSBAR engine).</summary>
    MostRecent = 1,

    /// <summary>No score: the tie is left to the teacher's judgement (Rediker).</summary>
    None = 2,
}

namespace MathPlc.Assessments;

/// <summary>The format of an assessment item, for the variety-of-formats criterion of a team's assessment evaluation.</summary>
public enum ItemFormat
{
    /// <summary>The student chooses an answer (multiple choice, true/false, matching).</summary>
    SelectedResponse,

    /// <summary>The student writes an answer, a solution or an explanation; scored with a rubric.</summary>
    ConstructedResponse,

    /// <summary>An extended task in which the student applies the targets in context; scored with a rubric.</summary>
    PerformanceTask,
}

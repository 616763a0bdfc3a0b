namespace MathPlc.CriticalQuestions;

/// <summary>The ten high-leverage team actions of a mathematics team in a PLC, before, during and after a unit.</summary>
/// <remarks>
/// Kanold (series ed.), <i>Beyond the Common Core: A Handbook for Mathematics in a PLC at Work</i> (2015), grades 6–8
/// volume; reference/plc-frameworks.md §3.1. The names of actions 3–10 are from secondary sources and await checking
/// against the book (marked [R] there). <see cref="TeamActionText"/> gives each action's phase and wording.
/// </remarks>
public enum HighLeverageTeamAction
{
    /// <summary>1 (before): making sense of the agreed-on essential learning standards and pacing.</summary>
    MakingSenseOfStandards = 1,

    /// <summary>2 (before): identifying higher-level-cognitive-demand mathematical tasks.</summary>
    IdentifyingHigherLevelTasks = 2,

    /// <summary>3 (before): developing common assessment instruments.</summary>
    DevelopingCommonAssessments = 3,

    /// <summary>4 (before): developing scoring rubrics and proficiency expectations for the common assessments.</summary>
    DevelopingScoringRubrics = 4,

    /// <summary>5 (before): planning and using common homework assignments.</summary>
    PlanningCommonHomework = 5,

    /// <summary>6 (during): using higher-level-cognitive-demand mathematical tasks effectively.</summary>
    UsingHigherLevelTasks = 6,

    /// <summary>7 (during): using in-class formative assessment processes effectively.</summary>
    UsingFormativeAssessment = 7,

    /// <summary>8 (during): using a lesson-design process for lesson planning and collective team inquiry.</summary>
    UsingLessonDesign = 8,

    /// <summary>9 (after): ensuring evidence-based student goal setting and action for the next unit.</summary>
    StudentGoalsAndAction = 9,

    /// <summary>10 (after): ensuring evidence-based adult goal setting and action for the next unit.</summary>
    AdultGoalsAndAction = 10,
}

/// <summary>The phase and wording of each high-leverage team action.</summary>
public static class TeamActionText
{
    /// <summary>When in the unit the action is taken.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not one of the ten.</exception>
    public static UnitPhase Phase(this HighLeverageTeamAction action) => (int)action switch
    {
        >= 1 and <= 5 => UnitPhase.BeforeUnit,
        >= 6 and <= 8 => UnitPhase.DuringUnit,
        9 or 10 => UnitPhase.AfterUnit,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"{(int)action} is not one of the ten high-leverage team actions."),
    };

    /// <summary>The action in the handbook's words (paraphrased).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not one of the ten.</exception>
    public static string Wording(this HighLeverageTeamAction action) => action switch
    {
        HighLeverageTeamAction.MakingSenseOfStandards => "Making sense of the agreed-on essential learning standards and pacing",
        HighLeverageTeamAction.IdentifyingHigherLevelTasks => "Identifying higher-level-cognitive-demand mathematical tasks",
        HighLeverageTeamAction.DevelopingCommonAssessments => "Developing common assessment instruments",
        HighLeverageTeamAction.DevelopingScoringRubrics => "Developing scoring rubrics and proficiency expectations for the common assessments",
        HighLeverageTeamAction.PlanningCommonHomework => "Planning and using common homework assignments",
        HighLeverageTeamAction.UsingHigherLevelTasks => "Using higher-level-cognitive-demand mathematical tasks effectively",
        HighLeverageTeamAction.UsingFormativeAssessment => "Using in-class formative assessment processes effectively",
        HighLeverageTeamAction.UsingLessonDesign => "Using a lesson-design process for lesson planning and collective team inquiry",
        HighLeverageTeamAction.StudentGoalsAndAction => "Ensuring evidence-based student goal setting and action for the next unit",
        HighLeverageTeamAction.AdultGoalsAndAction => "Ensuring evidence-based adult goal setting and action for the next unit",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"{(int)action} is not one of the ten high-leverage team actions."),
    };
}

namespace MathPlc.Teams;

/// <summary>
/// The seven stages of collaborative teams (Graham &amp; Ferriter 2008, "One Step at a Time", <i>JSD</i> 29(3), 38–42;
/// the "Seven Stages of Teacher Collaboration" diagnostic in <i>Building a PLC at Work</i>, 2010).
/// </summary>
public enum TeamStage
{
    /// <summary>Stage 1, filling the time: "What exactly are we supposed to do?" Meetings ramble for lack of guidance.</summary>
    FillingTheTime = 1,

    /// <summary>Stage 2, sharing personal practices: "What is everyone doing in their classroom?" Practice becomes transparent but stays shallow.</summary>
    SharingPersonalPractices = 2,

    /// <summary>Stage 3, planning, planning, planning: shared planning and pacing, lessons divided among members.</summary>
    PlanningPlanningPlanning = 3,

    /// <summary>Stage 4, developing common assessments: the team defines what proficiency looks like and the evidence needed.</summary>
    DevelopingCommonAssessments = 4,

    /// <summary>Stage 5, analyzing student learning: the team relies on results to decide its next steps.</summary>
    AnalyzingStudentLearning = 5,

    /// <summary>Stage 6, differentiating follow-up: the team responds with extra time and support, by target.</summary>
    DifferentiatingFollowUp = 6,

    /// <summary>Stage 7, reflecting on instruction: the team compares its teaching against the results and learns together.</summary>
    ReflectingOnInstruction = 7,
}

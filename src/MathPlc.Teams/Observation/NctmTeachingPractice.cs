namespace MathPlc.Teams;

/// <summary>
/// The eight Mathematics Teaching Practices of NCTM's <i>Principles to Actions: Ensuring Mathematical Success for All</i>
/// (National Council of Teachers of Mathematics, 2014), as the dimensions of an observation instrument. The practice
/// names are NCTM's; the descriptions here are MathPlc's own short glosses, not NCTM's text.
/// </summary>
public enum NctmTeachingPractice
{
    /// <summary>The lesson has clear mathematics learning goals, placed in a progression, that shape the teacher's choices.</summary>
    EstablishMathematicsGoalsToFocusLearning,

    /// <summary>Students work on tasks that ask them to reason and solve problems, with more than one way in.</summary>
    ImplementTasksThatPromoteReasoningAndProblemSolving,

    /// <summary>Students use several representations of an idea and connect them to deepen understanding.</summary>
    UseAndConnectMathematicalRepresentations,

    /// <summary>Students share, compare and build on each other's approaches and arguments in whole-class and small-group talk.</summary>
    FacilitateMeaningfulMathematicalDiscourse,

    /// <summary>The teacher asks questions that probe and advance students' reasoning rather than only check answers.</summary>
    PosePurposefulQuestions,

    /// <summary>Fluency with procedures grows from, and stays connected to, the concepts behind them.</summary>
    BuildProceduralFluencyFromConceptualUnderstanding,

    /// <summary>Students are given room and support to grapple with mathematics they cannot yet do easily.</summary>
    SupportProductiveStruggleInLearningMathematics,

    /// <summary>The teacher gathers evidence of students' current thinking and adjusts instruction during the lesson.</summary>
    ElicitAndUseEvidenceOfStudentThinking,
}

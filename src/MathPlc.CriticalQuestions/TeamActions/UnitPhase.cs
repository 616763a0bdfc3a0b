namespace MathPlc.CriticalQuestions;

/// <summary>When in a unit a team takes a high-leverage team action: before, during or after the unit.</summary>
/// <remarks>Kanold (series ed.), <i>Beyond the Common Core</i> (2015): the ten actions are steps taken before, during and after a unit.</remarks>
public enum UnitPhase
{
    /// <summary>Before the unit: planning the standards, tasks, assessment and homework.</summary>
    BeforeUnit = 1,

    /// <summary>During the unit: teaching with the planned tasks and formative assessment.</summary>
    DuringUnit = 2,

    /// <summary>After the unit: goals and action for students and for the adults, from the evidence.</summary>
    AfterUnit = 3,
}

namespace MathPlc.Teams;

/// <summary>
/// The parts of a SMART goal (O'Neill 2000, "SMART Goals, SMART Schools", <i>Educational Leadership</i> 57(5)), plus
/// the action steps of the team SMART-goal worksheet (<i>Learning by Doing</i>).
/// </summary>
public enum SmartCriterion
{
    /// <summary>Strategic and specific: a clear statement for a named group of students.</summary>
    StrategicAndSpecific,

    /// <summary>Measurable: an indicator, a baseline and a target.</summary>
    Measurable,

    /// <summary>Attainable: the change asked for is within reach of the baseline and the historical rate of change.</summary>
    Attainable,

    /// <summary>Results-oriented: aims at student results, not only at adult processes.</summary>
    ResultsOriented,

    /// <summary>Time-bound: a date by which it is met.</summary>
    TimeBound,

    /// <summary>Action steps: strategies with who is responsible and by when.</summary>
    ActionSteps,
}

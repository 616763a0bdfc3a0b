namespace MathPlc.Teams;

/// <summary>Where a SMART goal stands against its measured values.</summary>
public enum AttainmentStatus
{
    /// <summary>A measurement on or before the deadline reached the target.</summary>
    Achieved,

    /// <summary>Not reached yet, and the trend projected to the deadline reaches the target.</summary>
    OnTrack,

    /// <summary>Not reached yet, and the trend projected to the deadline falls short.</summary>
    AtRisk,

    /// <summary>The deadline has passed without a measurement reaching the target.</summary>
    Missed,

    /// <summary>The goal is not measurable yet, or has too few measurements to project; never a guess.</summary>
    InsufficientData,
}

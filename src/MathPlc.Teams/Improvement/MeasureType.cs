namespace MathPlc.Teams;

/// <summary>
/// The kinds of measure in a balanced set (IHI; Langley et al., <i>The Improvement Guide</i>; Bryk et al.,
/// <i>Learning to Improve</i>, 2015, for driver measures).
/// </summary>
public enum MeasureType
{
    /// <summary>The effect on the students served, tied to the aim.</summary>
    Outcome,

    /// <summary>Whether the steps of the change are working as planned.</summary>
    Process,

    /// <summary>An intermediate outcome tied to a primary driver.</summary>
    Driver,

    /// <summary>Whether the change causes problems elsewhere.</summary>
    Balancing,
}

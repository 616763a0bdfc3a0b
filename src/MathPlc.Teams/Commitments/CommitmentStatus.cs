namespace MathPlc.Teams;

/// <summary>How far a level has carried out a commitment, as recorded in a self-assessment.</summary>
public enum CommitmentStatus
{
    /// <summary>Nothing done yet.</summary>
    NotStarted,

    /// <summary>First actions taken.</summary>
    Emerging,

    /// <summary>Regular practice in some places.</summary>
    Developing,

    /// <summary>Established practice everywhere, with evidence.</summary>
    Sustaining,
}

namespace MathPlc.Assessments;

/// <summary>Whether a change between two occasions is larger than measurement error, and in which direction.</summary>
public enum ReliableChangeOutcome
{
    /// <summary>The change is larger than measurement error, in the better direction.</summary>
    ReliablyImproved,

    /// <summary>The change is within measurement error.</summary>
    NoReliableChange,

    /// <summary>The change is larger than measurement error, in the worse direction.</summary>
    ReliablyDeclined,

    /// <summary>There is no measurement error to judge against (SEM = 0), so the index is undefined.</summary>
    Undefined,
}

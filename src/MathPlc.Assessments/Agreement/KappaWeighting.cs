namespace MathPlc.Assessments;

/// <summary>How much partial credit Cohen's weighted kappa gives to near misses (Cohen 1968).</summary>
public enum KappaWeighting
{
    /// <summary>Only exact agreement counts (Cohen 1960).</summary>
    Unweighted,

    /// <summary>w = 1 − |i − j| / (k − 1); SAS "Cicchetti–Allison", irr "equal".</summary>
    Linear,

    /// <summary>w = 1 − (i − j)² / (k − 1)²; SAS "Fleiss–Cohen", irr "squared".</summary>
    Quadratic,
}

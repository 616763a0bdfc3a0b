namespace MathPlc.Assessments;

/// <summary>How missing item scores enter Cronbach's alpha (there is no silent default: psych and pingouin differ from SPSS).</summary>
public enum MissingDataPolicy
{
    /// <summary>Each item variance and covariance from the students who answered both items (psych's and pingouin's default).</summary>
    Pairwise,

    /// <summary>Only students who answered every item (SPSS's default).</summary>
    Listwise,
}

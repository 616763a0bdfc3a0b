namespace MathPlc.Teams;

/// <summary>
/// The five dimensions of Teaching for Robust Understanding (TRU Math; Schoenfeld, Floden et al. 2014,
/// truframework.org), commonly scored 1–3.
/// </summary>
public enum TruDimension
{
    /// <summary>The mathematics (later "the content"): how rich and coherent it is.</summary>
    Mathematics,

    /// <summary>Cognitive demand: room for sense-making and productive struggle.</summary>
    CognitiveDemand,

    /// <summary>Equitable access to the mathematics for every student.</summary>
    EquitableAccess,

    /// <summary>Agency, ownership and identity: students as authors of ideas.</summary>
    AgencyOwnershipIdentity,

    /// <summary>Formative assessment: instruction responds to student thinking.</summary>
    FormativeAssessment,
}

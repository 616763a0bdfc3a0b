namespace MathPlc.Teams;

/// <summary>
/// The continuum from cooperation through coordination to collaboration, as leadership guidance describes a team's growth
/// ("from cooperation, to coordination, to highly effective collaborative teams").
/// </summary>
/// <remarks>
/// Definitions after the Royal Roads University OER glossary: cooperation exchanges information in support of each
/// member's own goals; coordination shares resources so each does a part of a common objective, creating nothing new;
/// collaboration creates something new toward a shared vision. See <see cref="StageModel.LevelOf"/> for how the seven
/// stages map onto it (decision record 0045).
/// </remarks>
public enum CollaborationLevel
{
    /// <summary>Members exchange what they do in support of their own separate goals (stages 1–2).</summary>
    Cooperation,

    /// <summary>Members divide the work of a common objective, each doing a part (stage 3).</summary>
    Coordination,

    /// <summary>Members create common products and decide together from shared evidence (stages 4–7).</summary>
    Collaboration,
}

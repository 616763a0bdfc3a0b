namespace MathPlc.Teams;

/// <summary>The levels at which a leadership commitment is carried out.</summary>
public enum LeadershipLevel
{
    /// <summary>The district office.</summary>
    District,

    /// <summary>The site (school) leader and guiding coalition.</summary>
    Site,

    /// <summary>The collaborative teacher team.</summary>
    Team,
}

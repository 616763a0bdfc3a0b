namespace MathPlc.Teams;

/// <summary>When in a unit a high-leverage team action belongs (Kanold et al., <i>Mathematics in a PLC at Work</i>).</summary>
public enum UnitPhase
{
    /// <summary>Before the unit: the team agrees what students must learn, how it will know, and the pacing.</summary>
    Before,

    /// <summary>During the unit: tasks, formative assessment and common independent practice, lesson by lesson.</summary>
    During,

    /// <summary>After the unit: the team analyses the common assessment, responds, and reflects.</summary>
    After,
}

/// <summary>One high-leverage team action a collaborative team takes in a unit's phase, as data a team can edit.</summary>
public sealed record TeamAction
{
    /// <summary>Creates an action.</summary>
    /// <exception cref="ArgumentException">The id or the action's text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not a phase.</exception>
    public TeamAction(string id, UnitPhase phase, string action)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(action);
        if (!Enum.IsDefined(phase)) throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a unit phase.");
        Id = id.Trim();
        Phase = phase;
        Action = action.Trim();
    }

    /// <summary>A short stable id such as <c>common-assessment</c>.</summary>
    public string Id { get; }

    /// <summary>Before, during or after the unit.</summary>
    public UnitPhase Phase { get; }

    /// <summary>The action in the team's words.</summary>
    public string Action { get; }
}

namespace MathPlc.Core;

/// <summary>
/// Webb's depth of knowledge for a mathematics task or learning target: how much thinking the task asks
/// for, from recall to extended thinking.
/// </summary>
/// <remarks>
/// Levels as described for mathematics by Petit and Hess (2006), "Applying Webb's Depth of Knowledge and NAEP
/// Levels of Complexity in Mathematics" (Center for Assessment), after Webb (2002). The numeric values are the
/// level numbers teams use (1–4).
/// </remarks>
public enum DokLevel
{
    /// <summary>Level 1: recall a fact, definition or property, or carry out a known one-step procedure.</summary>
    Recall = 1,

    /// <summary>Level 2: skills and concepts — more than one step, and the student decides how to approach the problem.</summary>
    SkillsAndConcepts = 2,

    /// <summary>Level 3: strategic thinking — reasoning, planning and evidence; conjectures tested and justified.</summary>
    StrategicThinking = 3,

    /// <summary>Level 4: extended thinking — complex connections within and across content, usually over an extended period.</summary>
    ExtendedThinking = 4,
}

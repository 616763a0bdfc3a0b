namespace MathPlc.Core;

/// <summary>
/// The three aspects of rigor in the Common Core shifts, which teams pursue with equal intensity in the major
/// topics of a grade.
/// </summary>
/// <remarks>Source: Student Achievement Partners, "Key Shifts in Mathematics" (achievethecore.org).</remarks>
public enum RigorAspect
{
    /// <summary>Understanding of the concepts: why a procedure works, how ideas connect.</summary>
    ConceptualUnderstanding = 1,

    /// <summary>Procedural skill and fluency: speed and accuracy in calculation.</summary>
    ProceduralSkillAndFluency = 2,

    /// <summary>Application: using mathematics in situations that call for it, including modelling.</summary>
    Application = 3,
}

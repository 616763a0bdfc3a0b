namespace MathPlc.Core;

/// <summary>What a piece of evidence is for.</summary>
/// <remarks>
/// Standards-based grading policy (O'Connor, Guskey, Marzano) reports achievement from summative
/// evidence only; formative evidence guides instruction, and behaviour is reported apart.
/// </remarks>
public enum EvidenceKind
{
    /// <summary>Evidence that counts toward the proficiency a team reports (a unit assessment, a reassessment).</summary>
    Summative = 0,

    /// <summary>Evidence gathered while learning is under way (an exit ticket, a check for understanding).</summary>
    Formative = 1,

    /// <summary>Evidence of work habits or conduct, reported apart from achievement.</summary>
    Behaviour = 2,
}

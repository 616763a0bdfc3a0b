namespace MathPlc.Core;

/// <summary>
/// Smith and Stein's levels of cognitive demand of a mathematical task (the Mathematical Tasks Framework and its
/// Task Analysis Guide): two lower levels and two higher levels.
/// </summary>
/// <remarks>
/// Source: Stein, Smith, Henningsen and Silver, <i>Implementing Standards-Based Mathematics Instruction</i> (2000),
/// and Smith and Stein, "Selecting and Creating Mathematical Tasks" (1998). <see cref="CognitiveDemandExtensions.IsHigherLevel"/>
/// is true for the last two levels.
/// </remarks>
public enum CognitiveDemand
{
    /// <summary>Lower level: reproduce memorised facts, rules, formulas or definitions, with no link to meaning.</summary>
    Memorization = 1,

    /// <summary>Lower level: an algorithm whose use is evident, aimed at correct answers rather than understanding.</summary>
    ProceduresWithoutConnections = 2,

    /// <summary>Higher level: procedures used to build understanding of concepts, often across representations.</summary>
    ProceduresWithConnections = 3,

    /// <summary>Higher level: complex, non-algorithmic thinking with no rehearsed pathway.</summary>
    DoingMathematics = 4,
}

/// <summary>Questions about a <see cref="CognitiveDemand"/> level.</summary>
public static class CognitiveDemandExtensions
{
    /// <summary>
    /// Whether the level is one of Smith and Stein's higher-level demands: procedures with connections or doing
    /// mathematics.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demand"/> is not a defined level.</exception>
    public static bool IsHigherLevel(this CognitiveDemand demand)
    {
        if (!Enum.IsDefined(demand))
            throw new ArgumentOutOfRangeException(nameof(demand), demand, $"{(int)demand} is not a level of cognitive demand.");
        return demand >= CognitiveDemand.ProceduresWithConnections;
    }
}

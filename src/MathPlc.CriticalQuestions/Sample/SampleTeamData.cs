using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>A generated sample team: the seed and options it came from, the unit cycle's input, and each student's true ability.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="Options">The team's size and effects.</param>
/// <param name="Input">The input to <see cref="UnitCycle.Run"/>, with the default rules.</param>
/// <param name="Students">Each student's true ability, in roster order — for researchers comparing what the cycle infers with the truth.</param>
public sealed record SampleTeamData(ulong Seed, SampleTeamOptions Options, UnitCycleInput Input, ValueArray<SampleStudent> Students);

using NodaTime;

namespace MathPlc.Core;

/// <summary>A calendar week (Monday to Sunday) with at least one instructional day, and how many it has.</summary>
/// <param name="Monday">The Monday that starts the week (it may fall before the range asked about).</param>
/// <param name="InstructionalDays">The instructional days of the week that fall in the range asked about, one or more.</param>
public sealed record InstructionalWeek(LocalDate Monday, int InstructionalDays);

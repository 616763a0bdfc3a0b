using MathPlc.Core;
using NodaTime;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The answers to the four critical questions for one team's unit, with the team's data by teacher, section and
/// student group, the high-leverage team actions the data shows done or missing, and prompts for the team's
/// discussion — every decision with its reasons. One value a team reads in its meeting and a district system stores.
/// </summary>
/// <remarks>Produced by <see cref="UnitCycle.Run"/>. Two reports with the same content are equal.</remarks>
/// <param name="Team">The team's name.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Assessment">The common assessment's name.</param>
/// <param name="AssessedOn">The date of the common assessment.</param>
/// <param name="NextCycleStart">The first day of the next intervention cycle.</param>
/// <param name="WhatToLearn">Question 1.</param>
/// <param name="HowWillWeKnow">Question 2.</param>
/// <param name="HowWillWeRespond">Question 3.</param>
/// <param name="HowWillWeExtend">Question 4.</param>
/// <param name="TeamActions">The ten high-leverage team actions, in order, each done, missing or not in the data.</param>
/// <param name="Prompts">Discussion prompts from the data, by kind then target.</param>
/// <param name="Counts">The headline counts.</param>
public sealed record UnitCycleReport(
    string Team, string Unit, string Assessment, LocalDate AssessedOn, LocalDate NextCycleStart,
    WhatToLearnAnswer WhatToLearn, HowWillWeKnowAnswer HowWillWeKnow, HowWillWeRespondAnswer HowWillWeRespond, HowWillWeExtendAnswer HowWillWeExtend,
    ValueArray<TeamActionStatus> TeamActions, ValueArray<DiscussionPrompt> Prompts, CycleCounts Counts)
{
}

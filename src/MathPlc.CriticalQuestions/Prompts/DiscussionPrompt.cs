using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>A question for the team's data meeting, derived from the unit's data, with the numbers behind it.</summary>
/// <param name="Kind">What in the data it points to.</param>
/// <param name="Question">The question, in teachers' words, with the figures in it.</param>
/// <param name="Evidence">The finding behind the question: its code and the numbers (target, counts, rates, differences) as data.</param>
public sealed record DiscussionPrompt(PromptKind Kind, string Question, Reason Evidence);

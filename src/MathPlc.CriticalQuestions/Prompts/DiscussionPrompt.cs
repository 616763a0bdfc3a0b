using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>A question for the team's data meeting, derived from the unit's data, with the numbers behind it.</summary>
/// <param name="Kind">What in the data it points to.</param>
/// <param name="Question">The question, in teachers' words, with the figures in it.</param>
/// <param name="Evidence">The finding behind the question: its code and the numbers (target, counts, rates, differences) as data.</param>
/// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
/// <exception cref="ArgumentException">The question is blank.</exception>
/// <exception cref="ArgumentNullException">The evidence is null.</exception>
public sealed record DiscussionPrompt(PromptKind Kind, string Question, Reason Evidence)
{
    /// <summary>What in the data it points to.</summary>
    public PromptKind Kind { get; } = Enum.IsDefined(Kind) ? Kind : throw new ArgumentOutOfRangeException(nameof(Kind), Kind, $"{(int)Kind} is not a kind of prompt.");

    /// <summary>The question; never blank.</summary>
    public string Question { get; } = !string.IsNullOrWhiteSpace(Question) ? Question : throw new ArgumentException("A prompt needs a question.", nameof(Question));

    /// <summary>The finding and its numbers; never null.</summary>
    public Reason Evidence { get; } = Guard.Against.Null(Evidence);
}

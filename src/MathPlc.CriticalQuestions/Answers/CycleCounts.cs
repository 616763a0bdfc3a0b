namespace MathPlc.CriticalQuestions;

/// <summary>
/// The headline counts of a unit cycle. Every roster student is counted once in <see cref="Tier3"/>,
/// <see cref="Tier2"/>, <see cref="Core"/> or <see cref="Extension"/>, so they add up to <see cref="Students"/>.
/// </summary>
/// <param name="Students">Students on the roster.</param>
/// <param name="Teachers">Teachers on the roster.</param>
/// <param name="Sections">Sections on the roster.</param>
/// <param name="Targets">Essential targets of the unit.</param>
/// <param name="Tier3">Students in Tier 3.</param>
/// <param name="Tier2">Students in Tier 2.</param>
/// <param name="Core">Students in core instruction, not in extension.</param>
/// <param name="Extension">Students proficient on every target (question 4).</param>
/// <param name="WithoutEvidence">Students with no score on at least one target (counted in their tier as well).</param>
/// <param name="Groups">Intervention and extension groups formed.</param>
/// <param name="Unplaced">Students who need a group but could not be placed.</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
/// <exception cref="ArgumentException">The tiers and extension do not add up to the students, or more students lack evidence than there are.</exception>
public sealed record CycleCounts(int Students, int Teachers, int Sections, int Targets, int Tier3, int Tier2, int Core, int Extension,
    int WithoutEvidence, int Groups, int Unplaced)
{
    /// <summary>Students on the roster; always Tier 3 + Tier 2 + core + extension.</summary>
    public int Students { get; } = Check(Students, Teachers, Sections, Targets, Tier3, Tier2, Core, Extension, WithoutEvidence, Groups, Unplaced);

    private static readonly string[] Names =
        [nameof(Students), nameof(Teachers), nameof(Sections), nameof(Targets), nameof(Tier3), nameof(Tier2), nameof(Core), nameof(Extension),
         nameof(WithoutEvidence), nameof(Groups), nameof(Unplaced)];

    private static int Check(params ReadOnlySpan<int> counts)
    {
        for (int i = 0; i < counts.Length; i++)
            if (counts[i] < 0) throw new ArgumentOutOfRangeException(Names[i], counts[i], $"{Names[i]} cannot be negative.");
        int students = counts[0], sum = counts[4] + counts[5] + counts[6] + counts[7];
        Preconditions.CheckArgument(sum == students, nameof(Students),
            $"Tier 3 ({counts[4]}) + Tier 2 ({counts[5]}) + core ({counts[6]}) + extension ({counts[7]}) = {sum}, not the {students} students.");
        Preconditions.CheckArgument(counts[8] <= students, nameof(WithoutEvidence), $"{counts[8]} students without evidence, more than the {students} students.");
        return students;
    }
}

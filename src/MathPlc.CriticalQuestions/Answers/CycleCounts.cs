namespace MathPlc.CriticalQuestions;

/// <summary>
/// The headline counts of a unit cycle. Each roster student is counted once, by the most intensive of their responses:
/// <see cref="Tier3"/>, then <see cref="Referral"/>, <see cref="Tier2"/>, <see cref="WholeClass"/>,
/// <see cref="NotAssessed"/>, and <see cref="Extension"/> (proficient on every target); they add up to <see cref="Students"/>.
/// </summary>
/// <param name="Students">Students on the roster.</param>
/// <param name="Teachers">Teachers on the roster.</param>
/// <param name="Sections">Sections on the roster.</param>
/// <param name="Targets">Essential targets of the unit.</param>
/// <param name="Tier3">Students in Tier 3 (from screening or documented non-response only).</param>
/// <param name="Referral">Students referred to the intervention team (and not in Tier 3).</param>
/// <param name="Tier2">Students whose most intensive response is Tier 2 (a group this cycle, or a target grouped next cycle).</param>
/// <param name="WholeClass">Students whose most intensive response is a whole-class reteach (Tier 1).</param>
/// <param name="NotAssessed">Students with no score on some target and no other need (absent students among them).</param>
/// <param name="Extension">Students proficient on every target.</param>
/// <param name="Groups">Tier 2 and Tier 3 groups that fit the team's adults and blocks.</param>
/// <param name="DoesNotFit">Groups that did not fit.</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
/// <exception cref="ArgumentException">The categories do not add up to the students.</exception>
public sealed record CycleCounts(int Students, int Teachers, int Sections, int Targets, int Tier3, int Referral, int Tier2, int WholeClass,
    int NotAssessed, int Extension, int Groups, int DoesNotFit)
{
    /// <summary>Students on the roster; always the sum of the six categories.</summary>
    public int Students { get; } = Check(Students, Teachers, Sections, Targets, Tier3, Referral, Tier2, WholeClass, NotAssessed, Extension, Groups, DoesNotFit);

    private static readonly string[] Names =
        [nameof(Students), nameof(Teachers), nameof(Sections), nameof(Targets), nameof(Tier3), nameof(Referral), nameof(Tier2), nameof(WholeClass),
         nameof(NotAssessed), nameof(Extension), nameof(Groups), nameof(DoesNotFit)];

    private static int Check(params ReadOnlySpan<int> counts)
    {
        for (int i = 0; i < counts.Length; i++)
            if (counts[i] < 0) throw new ArgumentOutOfRangeException(Names[i], counts[i], $"{Names[i]} cannot be negative.");
        int students = counts[0], sum = counts[4] + counts[5] + counts[6] + counts[7] + counts[8] + counts[9];
        Guard.Against.Unmet(sum == students, nameof(Students),
            $"Tier 3 ({counts[4]}) + referral ({counts[5]}) + Tier 2 ({counts[6]}) + whole class ({counts[7]}) + not assessed ({counts[8]}) + extension ({counts[9]}) = {sum}, not the {students} students.");
        return students;
    }
}

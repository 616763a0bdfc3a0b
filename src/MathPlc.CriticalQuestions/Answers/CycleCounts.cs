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
    /// <summary>Students on the roster; always the sum of the six categories, each of which is checked here (zero or more).</summary>
    public int Students { get; } = AddsUp(Students, Tier3, Referral, Tier2, WholeClass, NotAssessed, Extension);

    /// <summary>Teachers on the roster.</summary>
    public int Teachers { get; } = Guard.Against.Below(Teachers, 0);

    /// <summary>Sections on the roster.</summary>
    public int Sections { get; } = Guard.Against.Below(Sections, 0);

    /// <summary>Essential targets of the unit.</summary>
    public int Targets { get; } = Guard.Against.Below(Targets, 0);

    /// <summary>Tier 2 and Tier 3 groups that fit the team's adults and blocks.</summary>
    public int Groups { get; } = Guard.Against.Below(Groups, 0);

    /// <summary>Groups that did not fit.</summary>
    public int DoesNotFit { get; } = Guard.Against.Below(DoesNotFit, 0);

    private static int AddsUp(int students, int tier3, int referral, int tier2, int wholeClass, int notAssessed, int extension)
    {
        Guard.Against.Below(students, 0, nameof(Students));
        Guard.Against.Below(tier3, 0, nameof(Tier3));
        Guard.Against.Below(referral, 0, nameof(Referral));
        Guard.Against.Below(tier2, 0, nameof(Tier2));
        Guard.Against.Below(wholeClass, 0, nameof(WholeClass));
        Guard.Against.Below(notAssessed, 0, nameof(NotAssessed));
        Guard.Against.Below(extension, 0, nameof(Extension));
        int sum = tier3 + referral + tier2 + wholeClass + notAssessed + extension;
        Guard.Against.Unmet(sum == students, nameof(Students),
            $"Tier 3 ({tier3}) + referral ({referral}) + Tier 2 ({tier2}) + whole class ({wholeClass}) + not assessed ({notAssessed}) + extension ({extension}) = {sum}, not the {students} students.");
        return students;
    }
}

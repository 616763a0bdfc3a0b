using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// What a team can staff: the adults who lead groups and the weekly intervention blocks. Each adult leads at most one
/// group per block, so a week holds at most adults × blocks group sessions (<see cref="Slots"/>).
/// </summary>
/// <remarks>
/// Without the team's own list, the unit cycle uses the team's teachers and <see cref="DefaultBlocks"/>: four 30-minute
/// blocks, Monday to Thursday — the lower end of the Tier 2 dosage the IES mathematics RtI practice guide recommends
/// ("about 20 to 40 minutes, four to five times a week", Gersten et al. 2009, via the dbrtii wiki; reference/interventions.md §10).
/// Order matters: adults and blocks are offered to groups in the order given.
/// </remarks>
public sealed record ResponseCapacity
{
    /// <summary>Creates the capacity.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No adult or no block, an adult listed twice, or two blocks on one weekday.</exception>
    public ResponseCapacity(IEnumerable<TeacherId> adults, IEnumerable<InterventionBlock> blocks)
    {
        Guard.Against.Null(adults);
        Guard.Against.Null(blocks);
        Adults = [.. adults];
        Blocks = [.. blocks];
        Guard.Against.Unmet(!Adults.IsEmpty, nameof(adults), "A team needs at least one adult to lead groups.");
        Guard.Against.Unmet(!Blocks.IsEmpty, nameof(blocks), "A team needs at least one intervention block a week.");
        var seen = new HashSet<TeacherId>();
        foreach (var adult in Adults)
        {
            Guard.Against.Unmet(adult.Value is not null, nameof(adults), "An adult is empty.");
            Guard.Against.Unmet(seen.Add(adult), nameof(adults), $"The adult {adult} is listed twice.");
        }
        var days = new HashSet<IsoDayOfWeek>();
        foreach (var block in Blocks)
            Guard.Against.Unmet(days.Add(block.Day), nameof(blocks), $"Two blocks fall on {block.DayName}; a team has one block per weekday.");
    }

    /// <summary>The default blocks: Monday, Tuesday, Wednesday and Thursday, 30 minutes each.</summary>
    public static ImmutableArray<InterventionBlock> DefaultBlocks { get; } =
        [new(IsoDayOfWeek.Monday, 30), new(IsoDayOfWeek.Tuesday, 30), new(IsoDayOfWeek.Wednesday, 30), new(IsoDayOfWeek.Thursday, 30)];

    /// <summary>The adults who lead groups, in the order they are offered groups.</summary>
    public ValueArray<TeacherId> Adults { get; }

    /// <summary>The weekly blocks, in the order they are offered to groups.</summary>
    public ValueArray<InterventionBlock> Blocks { get; }

    /// <summary>Group sessions a week can hold: adults × blocks.</summary>
    public int Slots => Adults.Length * Blocks.Length;
}

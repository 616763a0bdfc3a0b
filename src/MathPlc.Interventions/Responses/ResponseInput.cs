using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// Everything the response model needs after one common assessment: the team's roster, the unit's essential targets
/// (prerequisites first, with cuts and scale descriptions), each student's score per target, the school calendar with
/// the first day of the next cycle, what the team can staff, its rules, and the two routes into Tier 3 — universal
/// screening percentiles and documented non-response.
/// </summary>
/// <remarks>The constructor checks each part; <see cref="ResponsePlanning.Plan"/> checks how the parts fit together.</remarks>
public sealed record ResponseInput
{
    private ResponseRules _rules = ResponseRules.Default;
    private ScreeningBands _bands = ScreeningBands.Default;
    private ValueArray<ScreeningScore> _screening = [];
    private ValueArray<NonResponse> _nonResponse = [];

    /// <summary>Creates the input.</summary>
    /// <param name="roster">The team's students with section and teacher.</param>
    /// <param name="targets">The essential targets, prerequisites first.</param>
    /// <param name="scores">At most one score per student and target; a missing pair or a null score is no score.</param>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="start">The first day of the next cycle (moved to the next instructional day when it is not one).</param>
    /// <param name="capacity">The adults and blocks.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No target, or a target listed twice.</exception>
    public ResponseInput(Roster roster, IEnumerable<ResponseTarget> targets, IEnumerable<TargetScore> scores, SchoolCalendar calendar, LocalDate start, ResponseCapacity capacity)
    {
        Guard.Against.Null(roster);
        Guard.Against.Null(scores);
        Guard.Against.Null(calendar);
        Guard.Against.Null(capacity);
        Targets = Guard.Against.NullOrNullElements(targets);
        Guard.Against.Unmet(!Targets.IsEmpty, nameof(targets), "There must be at least one essential target.");
        Guard.Against.Unmet(Targets.Select(t => t.Id).Distinct().Count() == Targets.Length, nameof(targets), "A target is listed twice.");
        Guard.Against.NotIsoCalendar(start, nameof(start));
        Roster = roster;
        Scores = [.. scores];
        Calendar = calendar;
        Start = start;
        Capacity = capacity;
    }

    /// <summary>The roster.</summary>
    public Roster Roster { get; }

    /// <summary>The essential targets, prerequisites first.</summary>
    public ValueArray<ResponseTarget> Targets { get; }

    /// <summary>The scores.</summary>
    public ValueArray<TargetScore> Scores { get; }

    /// <summary>The school calendar.</summary>
    public SchoolCalendar Calendar { get; }

    /// <summary>The first day of the next cycle.</summary>
    public LocalDate Start { get; }

    /// <summary>The adults and blocks.</summary>
    public ResponseCapacity Capacity { get; }

    /// <summary>The team's rules; <see cref="ResponseRules.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ResponseRules Rules { get => _rules; init => _rules = value ?? throw new ArgumentNullException(nameof(Rules)); }

    /// <summary>The screening bands; Star Math's 40 / 25 / 10 by default. Below the targeted cut is the intensive band: Tier 3.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ScreeningBands ScreeningBands { get => _bands; init => _bands = value ?? throw new ArgumentNullException(nameof(ScreeningBands)); }

    /// <summary>Universal-screening percentiles, at most one per student; none by default.</summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public ValueArray<ScreeningScore> Screening { get => _screening; init => _screening = Guard.Against.NullOrNullElements(value, nameof(Screening)); }

    /// <summary>Documented Tier 2 non-response, at most one per student; none by default.</summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public ValueArray<NonResponse> NonResponse { get => _nonResponse; init => _nonResponse = Guard.Against.NullOrNullElements(value, nameof(NonResponse)); }
}

using NodaTime;

namespace MathPlc.Core;

/// <summary>A calendar week (Monday to Sunday) with at least one instructional day, and how many it has.</summary>
/// <remarks>Invariants: <see cref="Monday"/> is an ISO Monday; <see cref="InstructionalDays"/> is 1 to 7.</remarks>
public sealed record InstructionalWeek
{
    /// <summary>Creates an instructional week.</summary>
    /// <param name="monday">The Monday that starts the week (it may fall before the range asked about).</param>
    /// <param name="instructionalDays">The instructional days of the week that fall in the range asked about, 1 to 7.</param>
    /// <exception cref="ArgumentException"><paramref name="monday"/> is not a Monday in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instructionalDays"/> is not 1 to 7.</exception>
    public InstructionalWeek(LocalDate monday, int instructionalDays)
    {
        Guard.Against.NotIsoCalendar(monday, nameof(monday));
        Guard.Against.Unmet(monday.DayOfWeek == IsoDayOfWeek.Monday, nameof(monday), $"A week starts on a Monday; {monday:yyyy-MM-dd} is a {monday.DayOfWeek}.");
        Guard.Against.Below(instructionalDays, 1);
        Guard.Against.Above(instructionalDays, 7);
        Monday = monday;
        InstructionalDays = instructionalDays;
    }

    /// <summary>The Monday that starts the week.</summary>
    public LocalDate Monday { get; }

    /// <summary>The instructional days of the week in the range asked about, 1 to 7.</summary>
    public int InstructionalDays { get; }
}

using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// A way of giving teams collaborative time in the school week, as data. The four kinds are those leadership guidance
/// and PLC handbooks describe (DuFour et al., <i>Learning by Doing</i>, "making time for collaboration"):
/// <see cref="CommonPlanningPeriod"/>, <see cref="LateStart"/>, <see cref="EarlyRelease"/> and
/// <see cref="RotatingReleaseDays"/>.
/// </summary>
public abstract record SchedulingModel
{
    private protected SchedulingModel(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The model's name as the school calls it, e.g. <c>Wednesday late start</c>.</summary>
    public string Name { get; }

    /// <summary>The collaborative minutes this model gives on an instructional day, or 0.</summary>
    /// <param name="date">An instructional day.</param>
    /// <param name="weekIndex">The number of whole weeks from the calendar's first week to the date's week (0 for the first).</param>
    /// <param name="bells">The bell schedule.</param>
    internal abstract int MinutesOn(LocalDate date, int weekIndex, BellSchedule bells);

    private protected static void CheckMinutes(int minutes, string paramName)
    {
        Guard.Against.AtOrBelow(minutes, 0, paramName);
        Guard.Against.Above(minutes, 24 * 60, paramName);
    }

    private protected static void CheckWeekday(IsoDayOfWeek day, string paramName)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday) throw new ArgumentOutOfRangeException(paramName, day, "Not a weekday.");
    }
}

/// <summary>
/// A common planning period: the team's members share a period of the bell schedule free of classes on the given
/// weekdays (every instructional day when none are given).
/// </summary>
public sealed record CommonPlanningPeriod : SchedulingModel
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="ArgumentException">A name is blank or a weekday repeats.</exception>
    public CommonPlanningPeriod(string name, string period, IEnumerable<IsoDayOfWeek>? weekdays = null) : base(name)
    {
        Guard.Against.NullOrWhiteSpace(period);
        var days = (weekdays ?? []).ToImmutableArray();
        foreach (var day in days) CheckWeekday(day, nameof(weekdays));
        Guard.Against.Unmet(days.Distinct().Count() == days.Length, nameof(weekdays), "A weekday is listed twice.");
        Period = period.Trim();
        Weekdays = [.. days.Order()];
    }

    /// <summary>The bell-schedule period the team shares.</summary>
    public string Period { get; }

    /// <summary>The weekdays it is shared on; empty means every instructional day.</summary>
    public ValueArray<IsoDayOfWeek> Weekdays { get; }

    internal override int MinutesOn(LocalDate date, int weekIndex, BellSchedule bells) =>
        Weekdays.IsEmpty || Weekdays.Contains(date.DayOfWeek) ? bells.Period(Period).Minutes : 0;
}

/// <summary>
/// Time that comes back every week, or every Nth week, on one weekday: the shape shared by <see cref="LateStart"/> and
/// <see cref="EarlyRelease"/>. Weeks are counted from the calendar's first week (week 0 always qualifies).
/// </summary>
public abstract record WeeklyCollaboration : SchedulingModel
{
    private protected WeeklyCollaboration(string name, IsoDayOfWeek weekday, int minutes, int everyNthWeek) : base(name)
    {
        CheckWeekday(weekday, nameof(weekday));
        CheckMinutes(minutes, nameof(minutes));
        Guard.Against.Below(everyNthWeek, 1);
        (Weekday, Minutes, EveryNthWeek) = (weekday, minutes, everyNthWeek);
    }

    /// <summary>The weekday the time falls on.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>The collaborative minutes each occurrence gives.</summary>
    public int Minutes { get; }

    /// <summary>1 for every week, 2 for every other week (counted from the calendar's first week), and so on.</summary>
    public int EveryNthWeek { get; }

    internal override int MinutesOn(LocalDate date, int weekIndex, BellSchedule bells) =>
        date.DayOfWeek == Weekday && weekIndex % EveryNthWeek == 0 ? Minutes : 0;
}

/// <summary>A late start: students arrive later on one weekday, every week or every Nth week, and teams meet first.</summary>
public sealed record LateStart : WeeklyCollaboration
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is not 1 to 1440, the weekday is undefined, or <paramref name="everyNthWeek"/> is below 1.</exception>
    public LateStart(string name, IsoDayOfWeek weekday, int minutes, int everyNthWeek = 1) : base(name, weekday, minutes, everyNthWeek)
    {
    }
}

/// <summary>An early release: students leave earlier on one weekday, every week or every Nth week, and teams meet after.</summary>
public sealed record EarlyRelease : WeeklyCollaboration
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is not 1 to 1440, the weekday is undefined, or <paramref name="everyNthWeek"/> is below 1.</exception>
    public EarlyRelease(string name, IsoDayOfWeek weekday, int minutes, int everyNthWeek = 1) : base(name, weekday, minutes, everyNthWeek)
    {
    }
}

/// <summary>
/// Rotating release days: on the given dates substitutes cover the team's classes (for example one day per unit for
/// planning and data analysis), giving the minutes of a whole day. Dates that are not instructional days give nothing.
/// </summary>
public sealed record RotatingReleaseDays : SchedulingModel
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="ArgumentException">A date repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutesPerDay"/> is not 1 to 1440.</exception>
    public RotatingReleaseDays(string name, IEnumerable<LocalDate> dates, int minutesPerDay) : base(name)
    {
        Guard.Against.Null(dates);
        CheckMinutes(minutesPerDay, nameof(minutesPerDay));
        var sorted = dates.Order().ToImmutableArray();
        Guard.Against.Unmet(sorted.Distinct().Count() == sorted.Length, nameof(dates), "A release date is listed twice.");
        Dates = sorted;
        MinutesPerDay = minutesPerDay;
    }

    /// <summary>The release dates, in order.</summary>
    public ValueArray<LocalDate> Dates { get; }

    /// <summary>The collaborative minutes of one release day.</summary>
    public int MinutesPerDay { get; }

    internal override int MinutesOn(LocalDate date, int weekIndex, BellSchedule bells) => Dates.Contains(date) ? MinutesPerDay : 0;
}

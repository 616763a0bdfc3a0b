using NodaTime;

namespace MathPlc.Core;

/// <summary>
/// A school year's calendar: its first and last day, the weekdays a school teaches, the named dates and
/// ranges without instruction (holidays, breaks, testing days) and its grading periods; and the
/// instructional-day arithmetic teams plan with (how many instructional days between two dates, the
/// date N instructional days after a date, instructional weeks).
/// </summary>
/// <remarks>
/// <para>
/// A date is an instructional day when it lies in [<see cref="FirstDay"/>, <see cref="LastDay"/>], its
/// weekday is one of <see cref="InstructionalWeekdays"/>, and no <see cref="NonInstructional"/> period
/// contains it. Every range in this type includes both ends.
/// </para>
/// <para>
/// Invariants: every date is an ISO date in years 1–9999; the first day is not after the last; there is at
/// least one instructional weekday and none is repeated; every non-instructional period and grading period
/// lies inside the year; grading periods do not overlap (they are kept in date order). Non-instructional
/// periods may overlap (a testing day inside a break); a day is then closed once.
/// </para>
/// <para>
/// Counting does not walk day by day: whole weeks are counted by arithmetic, and closed instructional
/// weekdays are found by binary search in a sorted table built once at construction. A count is
/// O(log c) for c closed days; finding the date N instructional days away is O(log c · log d) for a year
/// of d days. The type is immutable and safe to share between threads. Equality is by content.
/// </para>
/// </remarks>
public sealed class SchoolCalendar : IEquatable<SchoolCalendar>
{
    private static readonly ImmutableArray<IsoDayOfWeek> MondayToFriday =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private readonly int _first;            // day numbers (days since 0001-01-01, a Monday)
    private readonly int _last;
    private readonly int _weekdayMask;      // bit (d - 1) set for instructional IsoDayOfWeek d
    private readonly int _weekdaysPerWeek;
    private readonly int[] _closedDays;     // sorted: the instructional weekdays in the year that a period closes
    private readonly string[] _closedNames; // parallel to _closedDays

    /// <summary>Creates a school calendar.</summary>
    /// <param name="firstDay">The first day of the school year.</param>
    /// <param name="lastDay">The last day of the school year (included).</param>
    /// <param name="instructionalWeekdays">The weekdays the school teaches; Monday to Friday when null.</param>
    /// <param name="nonInstructional">Named dates and ranges without instruction, inside the year; none when null.</param>
    /// <param name="gradingPeriods">Grading periods inside the year, not overlapping; none when null.</param>
    /// <exception cref="ArgumentException">
    /// A date is not an ISO date in years 1–9999; a weekday is repeated; the list of weekdays is empty; an element is null;
    /// a period lies outside the year; grading periods overlap.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before <paramref name="firstDay"/>, or a weekday is not defined.</exception>
    public SchoolCalendar(
        LocalDate firstDay,
        LocalDate lastDay,
        IEnumerable<IsoDayOfWeek>? instructionalWeekdays = null,
        IEnumerable<NonInstructionalPeriod>? nonInstructional = null,
        IEnumerable<GradingPeriod>? gradingPeriods = null)
    {
        CheckSchoolDate(firstDay, nameof(firstDay));
        CheckSchoolDate(lastDay, nameof(lastDay));
        if (lastDay < firstDay)
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay,
                $"The last day {lastDay:yyyy-MM-dd} is before the first day {firstDay:yyyy-MM-dd}.");

        var weekdays = instructionalWeekdays?.ToImmutableArray() ?? MondayToFriday;
        int mask = 0;
        foreach (var day in weekdays)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
                throw new ArgumentOutOfRangeException(nameof(instructionalWeekdays), day, $"{day} is not a day of the week (Monday to Sunday).");
            int bit = 1 << ((int)day - 1);
            Guard.Against.Unmet((mask & bit) == 0, nameof(instructionalWeekdays), $"{day} is listed twice among the instructional weekdays.");
            mask |= bit;
        }
        Guard.Against.Unmet(mask != 0, nameof(instructionalWeekdays), "A school calendar needs at least one instructional weekday.");

        var closures = Guard.Against.NullOrNullElements(nonInstructional ?? [], nameof(nonInstructional));
        for (int i = 0; i < closures.Length; i++)
            CheckInsideYear(closures[i].Name, closures[i].Start, closures[i].End, firstDay, lastDay, $"{nameof(nonInstructional)}[{i}]");

        var given = Guard.Against.NullOrNullElements(gradingPeriods ?? [], nameof(gradingPeriods));
        for (int i = 0; i < given.Length; i++)
            CheckInsideYear(given[i].Name, given[i].Start, given[i].End, firstDay, lastDay, $"{nameof(gradingPeriods)}[{i}]");
        var periods = given.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (int i = 1; i < periods.Length; i++)
        {
            if (periods[i].Start <= periods[i - 1].End)
                throw new ArgumentException(
                    $"The grading periods \"{periods[i - 1].Name}\" ({periods[i - 1].Start:yyyy-MM-dd} to {periods[i - 1].End:yyyy-MM-dd}) and \"{periods[i].Name}\" ({periods[i].Start:yyyy-MM-dd} to {periods[i].End:yyyy-MM-dd}) overlap.",
                    nameof(gradingPeriods));
        }

        FirstDay = firstDay;
        LastDay = lastDay;
        InstructionalWeekdays = [.. weekdays.Order()];
        NonInstructional = closures;
        GradingPeriods = periods;
        _first = DayNumber(firstDay);
        _last = DayNumber(lastDay);
        _weekdayMask = mask;
        _weekdaysPerWeek = System.Numerics.BitOperations.PopCount((uint)mask);
        (_closedDays, _closedNames) = BuildClosedDays(closures, mask);
        InstructionalDays = CountInstructional(_first, _last);
    }

    /// <summary>The first day of the school year.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last day of the school year (included).</summary>
    public LocalDate LastDay { get; }

    /// <summary>The weekdays the school teaches, Monday first.</summary>
    public ValueArray<IsoDayOfWeek> InstructionalWeekdays { get; }

    /// <summary>The named dates and ranges without instruction, in the order given.</summary>
    public ValueArray<NonInstructionalPeriod> NonInstructional { get; }

    /// <summary>The grading periods, in date order.</summary>
    public ValueArray<GradingPeriod> GradingPeriods { get; }

    /// <summary>The number of instructional days in the whole school year.</summary>
    public int InstructionalDays { get; }

    /// <summary>Whether <paramref name="date"/> is an instructional day.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsInstructionalDay(LocalDate date)
    {
        Guard.Against.NotIsoCalendar(date, nameof(date));
        if (date < FirstDay || date > LastDay) return false;
        int day = DayNumber(date);
        return IsTaughtWeekday(day) && Array.BinarySearch(_closedDays, day) < 0;
    }

    /// <summary>The number of instructional days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <remarks>Days outside the school year are not instructional, so a range may reach beyond the year.</remarks>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public int InstructionalDaysBetween(LocalDate from, LocalDate to)
    {
        var (start, end) = Clip(from, to);
        return start > end ? 0 : CountInstructional(start, end);
    }

    /// <summary>
    /// The date <paramref name="days"/> instructional days after <paramref name="date"/> (before it when
    /// <paramref name="days"/> is negative); <paramref name="date"/> itself when <paramref name="days"/> is 0.
    /// </summary>
    /// <remarks>
    /// <paramref name="date"/> itself is not counted: one instructional day after a Friday is the next
    /// Monday the school teaches. For n &gt; 0, <c>InstructionalDaysBetween(date + 1 day, result) == n</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The school year has fewer than |<paramref name="days"/>| instructional days on that side of <paramref name="date"/>.</exception>
    public LocalDate PlusInstructionalDays(LocalDate date, int days)
    {
        if (TryPlusInstructionalDays(date, days, out var result)) return result;
        int available = days > 0
            ? (date >= LastDay ? 0 : InstructionalDaysBetween(date.PlusDays(1), LastDay))
            : (date <= FirstDay ? 0 : InstructionalDaysBetween(FirstDay, date.PlusDays(-1)));
        throw new ArgumentOutOfRangeException(nameof(days), days,
            $"The school year ({FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}) has only {available} instructional days {(days > 0 ? "after" : "before")} {date:yyyy-MM-dd}.");
    }

    /// <summary>Like <see cref="PlusInstructionalDays"/>, but returns false instead of throwing when the year runs out.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool TryPlusInstructionalDays(LocalDate date, int days, out LocalDate result)
    {
        Guard.Against.NotIsoCalendar(date, nameof(date));
        result = date;
        if (days == 0) return true;
        if (days > 0)
        {
            if (date >= LastDay) return false;
            int start = Math.Max(date < FirstDay ? _first : DayNumber(date) + 1, _first);
            if (CountInstructional(start, _last) < days) return false;
            // The smallest end with exactly `days` instructional days in [start, end].
            int lo = start, hi = _last;
            while (lo < hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (CountInstructional(start, mid) >= days) hi = mid; else lo = mid + 1;
            }
            result = FromDayNumber(lo);
            return true;
        }
        else
        {
            if (date <= FirstDay) return false;
            int end = date > LastDay ? _last : DayNumber(date) - 1;
            long wanted = -(long)days;
            if (CountInstructional(_first, end) < wanted) return false;
            // The largest start with exactly `wanted` instructional days in [start, end].
            int lo = _first, hi = end;
            while (lo < hi)
            {
                int mid = lo + (hi - lo + 1) / 2;
                if (CountInstructional(mid, end) >= wanted) lo = mid; else hi = mid - 1;
            }
            result = FromDayNumber(lo);
            return true;
        }
    }

    /// <summary>The date of the <paramref name="n"/>th instructional day of the school year (the first is 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1 or more than <see cref="InstructionalDays"/>.</exception>
    public LocalDate NthInstructionalDay(int n)
    {
        Guard.Against.Below(n, 1);
        Guard.Against.Above(n, InstructionalDays);
        return PlusInstructionalDays(FirstDay.PlusDays(-1), n);
    }

    /// <summary>
    /// The calendar weeks (Monday to Sunday) with at least one instructional day from <paramref name="from"/> to
    /// <paramref name="to"/>, in order, each with its number of instructional days in that range.
    /// </summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<InstructionalWeek> InstructionalWeeks(LocalDate from, LocalDate to)
    {
        var (start, end) = Clip(from, to);
        if (start > end) return [];
        var weeks = ImmutableArray.CreateBuilder<InstructionalWeek>();
        for (int monday = start - start % 7; monday <= end; monday += 7)
        {
            int count = CountInstructional(Math.Max(monday, start), Math.Min(monday + 6, end));
            if (count > 0) weeks.Add(new InstructionalWeek(FromDayNumber(monday), count));
        }
        return weeks.ToImmutable();
    }

    /// <summary>The calendar weeks of the whole school year with at least one instructional day.</summary>
    public ImmutableArray<InstructionalWeek> InstructionalWeeks() => InstructionalWeeks(FirstDay, LastDay);

    /// <summary>
    /// The dates from <paramref name="from"/> to <paramref name="to"/> that fall on an instructional weekday inside the
    /// year but have no instruction, each with the name of its holiday, break or other period.
    /// </summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<NonInstructionalDate> NonInstructionalDates(LocalDate from, LocalDate to)
    {
        var (start, end) = Clip(from, to);
        if (start > end) return [];
        int lo = LowerBound(_closedDays, start), hi = LowerBound(_closedDays, end + 1);
        var dates = ImmutableArray.CreateBuilder<NonInstructionalDate>(hi - lo);
        for (int i = lo; i < hi; i++) dates.Add(new NonInstructionalDate(FromDayNumber(_closedDays[i]), _closedNames[i]));
        return dates.MoveToImmutable();
    }

    /// <summary>The grading period that contains <paramref name="date"/>, or null.</summary>
    public GradingPeriod? GradingPeriodOn(LocalDate date)
    {
        foreach (var period in GradingPeriods)
            if (period.Contains(date)) return period;
        return null;
    }

    // Hand-written equality: a class, not a record, whose lookup tables (_closedDays, _closedNames, the weekday
    // mask) are derived from the public content and so are left out of equality.

    /// <inheritdoc/>
    public bool Equals(SchoolCalendar? other) =>
        other is not null && FirstDay == other.FirstDay && LastDay == other.LastDay
        && InstructionalWeekdays == other.InstructionalWeekdays
        && NonInstructional == other.NonInstructional
        && GradingPeriods == other.GradingPeriods;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SchoolCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FirstDay, LastDay, InstructionalWeekdays, NonInstructional, GradingPeriods);

    /// <summary>Whether two calendars have the same content.</summary>
    public static bool operator ==(SchoolCalendar? left, SchoolCalendar? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two calendars differ in content.</summary>
    public static bool operator !=(SchoolCalendar? left, SchoolCalendar? right) => !(left == right);

    /// <inheritdoc/>
    public override string ToString() =>
        $"School year {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}: {InstructionalDays} instructional days";

    // Instructional days in [start, end] (day numbers inside the year, start <= end + 1).
    private int CountInstructional(int start, int end)
    {
        if (start > end) return 0;
        return CountTaughtWeekdays(start, end) - (LowerBound(_closedDays, end + 1) - LowerBound(_closedDays, start));
    }

    // Days in [start, end] whose weekday is taught: whole weeks by multiplication, the rest by the mask.
    private int CountTaughtWeekdays(int start, int end)
    {
        int length = end - start + 1;
        int count = length / 7 * _weekdaysPerWeek;
        int remainder = length % 7;
        int first = start % 7;                      // 0 = Monday
        for (int i = 0; i < remainder; i++)
            if ((_weekdayMask & (1 << ((first + i) % 7))) != 0) count++;
        return count;
    }

    private bool IsTaughtWeekday(int day) => (_weekdayMask & (1 << (day % 7))) != 0;

    private (int Start, int End) Clip(LocalDate from, LocalDate to)
    {
        Guard.Against.NotIsoCalendar(from, nameof(from));
        Guard.Against.NotIsoCalendar(to, nameof(to));
        if (to < from)
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range ends on {to:yyyy-MM-dd}, before it starts on {from:yyyy-MM-dd}.");
        if (to < FirstDay || from > LastDay) return (1, 0);
        return (from < FirstDay ? _first : DayNumber(from), to > LastDay ? _last : DayNumber(to));
    }

    private static (int[] Days, string[] Names) BuildClosedDays(ImmutableArray<NonInstructionalPeriod> closures, int mask)
    {
        var names = new SortedDictionary<int, string>();
        foreach (var closure in closures)
        {
            int end = DayNumber(closure.End);
            for (int day = DayNumber(closure.Start); day <= end; day++)
            {
                if ((mask & (1 << (day % 7))) == 0) continue;
                names[day] = names.TryGetValue(day, out var earlier) ? $"{earlier}; {closure.Name}" : closure.Name;
            }
        }
        return ([.. names.Keys], [.. names.Values]);
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }

    private static void CheckSchoolDate(LocalDate date, string paramName)
    {
        Guard.Against.NotIsoCalendar(date, paramName);
        Guard.Against.Unmet(date.Year is >= 1 and <= 9999, paramName, $"{paramName} must be in the years 1 to 9999, not {date.Year}.");
    }

    private static void CheckInsideYear(string name, LocalDate start, LocalDate end, LocalDate firstDay, LocalDate lastDay, string paramName)
    {
        if (start < firstDay || end > lastDay)
            throw new ArgumentException(
                $"\"{name}\" ({start:yyyy-MM-dd} to {end:yyyy-MM-dd}) is outside the school year ({firstDay:yyyy-MM-dd} to {lastDay:yyyy-MM-dd}).",
                paramName);
    }

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    private static LocalDate FromDayNumber(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
}

using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace MathPlc.Core.Json;

/// <summary>The JSON of a <see cref="GradingPeriod"/>: <c>{"name":"Quarter 1","start":"2026-08-24","end":"2026-10-23"}</c>, all required.</summary>
public sealed record GradingPeriodContract : JsonContractRecord
{
    /// <summary>The period's name.</summary>
    public string? Name { get; init; }

    /// <summary>Its first day, <c>yyyy-MM-dd</c>.</summary>
    public string? Start { get; init; }

    /// <summary>Its last day (included), <c>yyyy-MM-dd</c>.</summary>
    public string? End { get; init; }
}

/// <summary>
/// The JSON of a <see cref="NonInstructionalPeriod"/>: <c>{"name":"Labor Day","date":"2026-09-07","kind":"holiday"}</c> for
/// one day, <c>{"name":"Winter break","start":"2026-12-21","end":"2027-01-01","kind":"break"}</c> for a range.
/// </summary>
public sealed record NonInstructionalPeriodContract : JsonContractRecord
{
    /// <summary>The period's name; required.</summary>
    public string? Name { get; init; }

    /// <summary>The one day, <c>yyyy-MM-dd</c>; not with <see cref="Start"/> and <see cref="End"/>.</summary>
    public string? Date { get; init; }

    /// <summary>The first day of a range.</summary>
    public string? Start { get; init; }

    /// <summary>The last day of a range (included).</summary>
    public string? End { get; init; }

    /// <summary><c>holiday</c>, <c>break</c>, <c>testing</c>, <c>professionalDevelopment</c>, <c>closure</c> or <c>other</c> (when absent); always written.</summary>
    public string? Kind { get; init; }
}

/// <summary>
/// The JSON of a <see cref="SchoolCalendar"/>, the file districts write by hand:
/// <c>{"firstDay","lastDay","instructionalWeekdays":["monday",…],"nonInstructional":[…],"gradingPeriods":[…]}</c>.
/// See <see cref="SchoolCalendarJsonMapper"/>.
/// </summary>
public sealed record SchoolCalendarContract : JsonContractRecord
{
    /// <summary>The first day of the year; required.</summary>
    public string? FirstDay { get; init; }

    /// <summary>The last day of the year (included); required.</summary>
    public string? LastDay { get; init; }

    /// <summary>The weekdays the school teaches; Monday to Friday when absent, always written.</summary>
    public List<string?>? InstructionalWeekdays { get; init; }

    /// <summary>The days without instruction; none when absent, always written.</summary>
    public List<NonInstructionalPeriodContract?>? NonInstructional { get; init; }

    /// <summary>The grading periods; none when absent, always written.</summary>
    public List<GradingPeriodContract?>? GradingPeriods { get; init; }
}

/// <summary>Maps a <see cref="GradingPeriod"/> to and from its <see cref="GradingPeriodContract"/>; a broken invariant is an <c>invalid-calendar</c> problem.</summary>
public sealed class GradingPeriodJsonMapper : IJsonMapper<GradingPeriod, GradingPeriodContract>
{
    private static readonly string[] Members = ["name", "start", "end"];

    private GradingPeriodJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<GradingPeriodContract> Contract => CoreJsonContext.Default.GradingPeriodContract;

    /// <inheritdoc/>
    public static GradingPeriod? ToValue(GradingPeriodContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var start = problems.IsoDate(contract.Start, JsonPath.Property(path, "start"));
        var end = problems.IsoDate(contract.End, JsonPath.Property(path, "end"));
        return problems.Present(path, ("name", contract.Name is not null), ("start", contract.Start is not null), ("end", contract.End is not null))
            && start is { } first && end is { } last
            ? problems.Build(path, SchoolCalendarJsonMapper.Code, Members, () => new GradingPeriod(contract.Name!, first, last))
            : null;
    }

    /// <inheritdoc/>
    public static GradingPeriodContract ToContract(GradingPeriod value)
    {
        Guard.Against.Null(value);
        return new GradingPeriodContract { Name = value.Name, Start = JsonScalarText.IsoDateText(value.Start), End = JsonScalarText.IsoDateText(value.End) };
    }
}

/// <summary>
/// Maps a <see cref="NonInstructionalPeriod"/> to and from its <see cref="NonInstructionalPeriodContract"/>: <c>date</c>
/// for one day or <c>start</c> and <c>end</c>, never both; one day is written as <c>date</c>. A broken invariant is an
/// <c>invalid-calendar</c> problem.
/// </summary>
public sealed class NonInstructionalPeriodJsonMapper : IJsonMapper<NonInstructionalPeriod, NonInstructionalPeriodContract>
{
    private static readonly string[] Members = ["name", "date", "start", "end", "kind"];

    private NonInstructionalPeriodJsonMapper()
    {
    }

    /// <summary>The names of the kinds of non-instructional day: <c>holiday</c>, <c>break</c>, …, <c>other</c>.</summary>
    public static JsonChoice<NonInstructionalKind> Kinds { get; } = new("unknown-kind", "a kind of non-instructional day");

    /// <inheritdoc/>
    public static JsonTypeInfo<NonInstructionalPeriodContract> Contract => CoreJsonContext.Default.NonInstructionalPeriodContract;

    /// <inheritdoc/>
    public static NonInstructionalPeriod? ToValue(NonInstructionalPeriodContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        var c = contract;
        problems.Unknown(c.Unknown, path, Members);
        var date = problems.IsoDate(c.Date, JsonPath.Property(path, "date"));
        var start = problems.IsoDate(c.Start, JsonPath.Property(path, "start"));
        var end = problems.IsoDate(c.End, JsonPath.Property(path, "end"));
        var kind = c.Kind is null ? NonInstructionalKind.Other : Kinds.Parse(problems, c.Kind, JsonPath.Property(path, "kind"));
        if (c.Date is not null && (c.Start is not null || c.End is not null))
        {
            problems.Add(SchoolCalendarJsonMapper.Code, path, "give either \"date\" (one day) or \"start\" and \"end\" (a range), not both.");
            return null;
        }
        bool present = c.Date is not null
            ? problems.Present(path, ("name", c.Name is not null))
            : c.Start is null && c.End is null
                ? problems.Present(path, ("name", c.Name is not null), ("date", false)) // a one-day period is the usual case: ask for "date"
                : problems.Present(path, ("name", c.Name is not null), ("start", c.Start is not null), ("end", c.End is not null));
        if (!present || (date ?? start) is not { } first || (date ?? end) is not { } last || kind is not { } k) return null;
        return problems.Build(path, SchoolCalendarJsonMapper.Code, Members, () => new NonInstructionalPeriod(c.Name!, first, last, k));
    }

    /// <inheritdoc/>
    public static NonInstructionalPeriodContract ToContract(NonInstructionalPeriod value)
    {
        Guard.Against.Null(value);
        bool oneDay = value.Start == value.End;
        return new NonInstructionalPeriodContract
        {
            Name = value.Name,
            Date = oneDay ? JsonScalarText.IsoDateText(value.Start) : null,
            Start = oneDay ? null : JsonScalarText.IsoDateText(value.Start),
            End = oneDay ? null : JsonScalarText.IsoDateText(value.End),
            Kind = Kinds.Name(value.Kind),
        };
    }
}

/// <summary>
/// Maps a <see cref="SchoolCalendar"/> to and from its <see cref="SchoolCalendarContract"/>. The year is checked on its
/// own first (a last day before the first is a problem at <c>lastDay</c>), then each period against the year (a period
/// outside it is a problem at the period, every one listed), then the whole calendar (overlapping grading periods,
/// a weekday twice); each is an <c>invalid-calendar</c> problem.
/// </summary>
public sealed class SchoolCalendarJsonMapper : IJsonMapper<SchoolCalendar, SchoolCalendarContract>
{
    /// <summary>The code of a broken calendar invariant.</summary>
    internal const string Code = "invalid-calendar";

    private static readonly string[] Members = ["firstDay", "lastDay", "instructionalWeekdays", "nonInstructional", "gradingPeriods"];

    private SchoolCalendarJsonMapper()
    {
    }

    /// <summary>The names of the weekdays: <c>monday</c> … <c>sunday</c>.</summary>
    public static JsonChoice<IsoDayOfWeek> Weekdays { get; } = new("unknown-weekday", "a day of the week", IsoDayOfWeek.None);

    /// <inheritdoc/>
    public static JsonTypeInfo<SchoolCalendarContract> Contract => CoreJsonContext.Default.SchoolCalendarContract;

    /// <inheritdoc/>
    public static SchoolCalendar? ToValue(SchoolCalendarContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        var c = contract;
        problems.Unknown(c.Unknown, path, Members);
        var firstDay = problems.IsoDate(c.FirstDay, JsonPath.Property(path, "firstDay"));
        var lastDay = problems.IsoDate(c.LastDay, JsonPath.Property(path, "lastDay"));
        var weekdays = WeekdaysOf(c.InstructionalWeekdays, JsonPath.Property(path, "instructionalWeekdays"), problems);
        var closures = JsonItems.Map(c.NonInstructional ?? [], JsonPath.Property(path, "nonInstructional"), problems, NonInstructionalPeriodJsonMapper.ToValue);
        var periods = JsonItems.Map(c.GradingPeriods ?? [], JsonPath.Property(path, "gradingPeriods"), problems, GradingPeriodJsonMapper.ToValue);
        if (!problems.Present(path, ("firstDay", c.FirstDay is not null), ("lastDay", c.LastDay is not null)) || firstDay is not { } first || lastDay is not { } last
            || problems.Build(path, Code, Members, () => new SchoolCalendar(first, last)) is null)
            return null;
        // Each period against the year, at the period's own path, so every one outside the year is listed.
        int before = problems.Found.Count;
        InYear(closures, JsonPath.Property(path, "nonInstructional"), problems, closure => new SchoolCalendar(first, last, nonInstructional: [closure]));
        InYear(periods, JsonPath.Property(path, "gradingPeriods"), problems, period => new SchoolCalendar(first, last, gradingPeriods: [period]));
        if (problems.Found.Count > before || (c.InstructionalWeekdays is not null && weekdays is null) || closures is not { } closed || periods is not { } graded) return null;
        return problems.Build(path, Code, Members, () => new SchoolCalendar(first, last, weekdays, closed, graded));
    }

    /// <inheritdoc/>
    public static SchoolCalendarContract ToContract(SchoolCalendar value)
    {
        Guard.Against.Null(value);
        return new SchoolCalendarContract
        {
            FirstDay = JsonScalarText.IsoDateText(value.FirstDay),
            LastDay = JsonScalarText.IsoDateText(value.LastDay),
            InstructionalWeekdays = [.. value.InstructionalWeekdays.Select(Weekdays.Name)],
            NonInstructional = [.. value.NonInstructional.Select(NonInstructionalPeriodJsonMapper.ToContract)],
            GradingPeriods = [.. value.GradingPeriods.Select(GradingPeriodJsonMapper.ToContract)],
        };
    }

    // The weekdays, or null when absent (Monday to Friday) or after recording each name that is not a weekday.
    private static ImmutableArray<IsoDayOfWeek>? WeekdaysOf(List<string?>? names, string path, JsonProblems problems)
    {
        if (names is null) return null;
        var days = ImmutableArray.CreateBuilder<IsoDayOfWeek>(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            string at = JsonPath.Index(path, i);
            if (names[i] is null) JsonWrongType.AddNull(problems, at, "a string");
            else if (Weekdays.Parse(problems, names[i], at) is { } day) days.Add(day);
        }
        return days.Count == names.Count ? days.MoveToImmutable() : null;
    }

    private static void InYear<T>(ImmutableArray<T>? items, string path, JsonProblems problems, Func<T, SchoolCalendar> yearWith)
        where T : class
    {
        if (items is not { } read) return;
        for (int i = 0; i < read.Length; i++)
        {
            var item = read[i];
            problems.Build(JsonPath.Index(path, i), Code, [], () => yearWith(item));
        }
    }
}

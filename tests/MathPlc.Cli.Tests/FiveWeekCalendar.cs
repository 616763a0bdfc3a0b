namespace MathPlc.Cli.Tests;

/// <summary>
/// A short school calendar with facts counted by hand from a wall calendar, not with MathPlc.
/// </summary>
/// <remarks>
/// 2026-08-31 is a Monday and 2026-10-02 a Friday: five Monday-to-Friday weeks, 25 weekdays, 33 dates.
/// Closed weekdays: Labor Day (Mon 09-07) and the fall break 09-24 to 09-28, which closes Thu 24, Fri 25 and
/// Mon 28 (the 26th and 27th are a weekend anyway): 4. So 25 − 4 = 21 instructional days, by week
/// 5 (from 08-31), 4 (09-07), 5 (09-14), 3 (09-21: Mon–Wed), 4 (09-28: Tue–Fri).
/// Counting instructional days: 1st 08-31, 5th 09-04, 6th 09-08, 14th 09-18, 17th 09-23, 18th 09-29, 21st 10-02.
/// The name holds a comma and quotes so CSV quoting and JSON escaping are exercised.
/// </remarks>
internal static class FiveWeekCalendar
{
    public const string FallBreak = "Fall break, \"long\" weekend";

    public const string Json = """
        {
          // Grade 7 team test calendar
          "firstDay": "2026-08-31",
          "lastDay": "2026-10-02",
          "nonInstructional": [
            { "name": "Labor Day", "date": "2026-09-07", "kind": "holiday" },
            { "name": "Fall break, \"long\" weekend", "start": "2026-09-24", "end": "2026-09-28", "kind": "break" }
          ]
        }
        """;

    public static readonly (string Monday, int Days)[] Weeks =
        [("2026-08-31", 5), ("2026-09-07", 4), ("2026-09-14", 5), ("2026-09-21", 3), ("2026-09-28", 4)];

    public static readonly (string Date, string Weekday, string Name)[] Closed =
    [
        ("2026-09-07", "Monday", "Labor Day"),
        ("2026-09-24", "Thursday", FallBreak),
        ("2026-09-25", "Friday", FallBreak),
        ("2026-09-28", "Monday", FallBreak),
    ];
}

namespace MathPlc.Interop.Tests.Json;

/// <summary>A realistic US school year, 2026–27, as a district would write it by hand.</summary>
internal static class SampleCalendar
{
    /// <summary>
    /// Facts counted by hand from a wall calendar (not with MathPlc): 2026-08-24 is a Monday and
    /// 2027-06-04 a Friday, 285 days apart inclusive = 40 weeks + 5 days = 205 weekdays. Closed weekdays:
    /// Labor Day 1, PD day 1, Veterans Day 1, Thanksgiving break 3 (Wed–Fri), winter break 10
    /// (two full weeks), MLK Day 1, Presidents' Day 1, spring break 5, testing day 1, Memorial Day 1 = 25.
    /// So 205 − 25 = 180 instructional days, the usual US state minimum.
    /// </summary>
    public const string Json = """
        {
          // Lincoln Middle School, 2026-27
          "firstDay": "2026-08-24",
          "lastDay": "2027-06-04",
          "instructionalWeekdays": ["monday", "tuesday", "wednesday", "thursday", "friday"],
          "nonInstructional": [
            { "name": "Labor Day", "date": "2026-09-07", "kind": "holiday" },
            { "name": "Teacher work day", "date": "2026-10-09", "kind": "professionalDevelopment" },
            { "name": "Veterans Day", "date": "2026-11-11", "kind": "holiday" },
            { "name": "Thanksgiving break", "start": "2026-11-25", "end": "2026-11-27", "kind": "break" },
            { "name": "Winter break", "start": "2026-12-21", "end": "2027-01-01", "kind": "break" },
            { "name": "Martin Luther King Jr. Day", "date": "2027-01-18", "kind": "holiday" },
            { "name": "Presidents' Day", "date": "2027-02-15", "kind": "holiday" },
            { "name": "Spring break", "start": "2027-03-22", "end": "2027-03-26", "kind": "break" },
            { "name": "State testing", "date": "2027-04-20", "kind": "testing" },
            { "name": "Memorial Day", "date": "2027-05-31" }
          ],
          "gradingPeriods": [
            { "name": "Quarter 1", "start": "2026-08-24", "end": "2026-10-23" },
            { "name": "Quarter 2", "start": "2026-10-26", "end": "2027-01-15" },
            { "name": "Quarter 3", "start": "2027-01-19", "end": "2027-03-19" },
            { "name": "Quarter 4", "start": "2027-03-29", "end": "2027-06-04" },
          ]
        }
        """;
}

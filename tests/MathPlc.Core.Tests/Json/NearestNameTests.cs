namespace MathPlc.Core.Tests.Json;

/// <summary>The "did you mean" hint: which allowed name is near enough to a mistyped one to suggest.</summary>
public class NearestNameTests
{
    private static readonly string[] CalendarProperties = ["firstDay", "lastDay", "instructionalWeekdays", "nonInstructional", "gradingPeriods"];

    [Theory]
    [InlineData("gradingPeriod", "gradingPeriods")] // singular for plural
    [InlineData("nonInstructionalDays", "nonInstructional")] // the allowed name begins it
    [InlineData("FirstDay", "firstDay")] // case
    [InlineData("lastday", "lastDay")]
    [InlineData("frist_day", "firstDay")] // a swap and a deletion (case aside)
    [InlineData("weekdays", "instructionalWeekdays")] // the allowed name ends with it
    [InlineData("lstDy", "lastDay")] // 2 edits in a name of 5 to 8 letters
    [InlineData("gradngPerod", "gradingPeriods")] // 3 edits in a longer name
    public void The_nearest_calendar_property_is_suggested(string given, string expected) =>
        Assert.Equal(expected, NearestName.Find(given, CalendarProperties));

    [Theory]
    [InlineData("holidays")]
    [InlineData("x")]
    [InlineData("dt")] // 2 edits from "date" is too many for a name of 2 letters, and too short to begin it
    [InlineData("ends")]
    [InlineData("semester")]
    public void No_suggestion_when_nothing_is_close(string given) =>
        Assert.Null(NearestName.Find(given, ["name", "date", "kind"]));

    [Fact]
    public void The_fewest_edits_win_over_the_order_listed() =>
        Assert.Equal("gradingPeriods", NearestName.Find("gradingPeriod", ["grading", "gradingPeriods"]));

    [Fact]
    public void Ties_go_to_the_name_listed_first() =>
        Assert.Equal("cat", NearestName.Find("cot", ["cat", "cut"]));
}

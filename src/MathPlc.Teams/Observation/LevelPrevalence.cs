using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>How we group classroom visits to see how prevalent each level is.</summary>
public enum VisitGrouping
{
    /// <summary>By teacher.</summary>
    Teacher,

    /// <summary>By school.</summary>
    School,

    /// <summary>By calendar month (<c>yyyy-MM</c>).</summary>
    Month,
}

/// <summary>
/// For one group (a teacher, a school or a month) and one dimension, how many scored visits were at each level and the
/// share of each.
/// </summary>
/// <param name="Group">The group's key: the teacher or school id, or the month as <c>yyyy-MM</c>.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Counts">The number of visits at each level, lowest level first.</param>
public sealed record LevelPrevalence(string Group, string Dimension, ValueArray<int> Counts)
{
    /// <summary>The number of visits that scored the dimension.</summary>
    public int Visits => Counts.Sum();

    /// <summary>The share of the visits at each level (all 0 when none scored it).</summary>
    public ImmutableArray<double> Shares => [.. Counts.Select(c => Visits == 0 ? 0.0 : (double)c / Visits)];
}

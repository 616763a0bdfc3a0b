namespace MathPlc.Core;

/// <summary>How a score that falls between two cut points is given a level.</summary>
public enum LevelRule
{
    /// <summary>
    /// The highest level whose cut is at or below the score: 2.5 on a 0–4 scale is level 2.
    /// Canvas's rating lookup works this way (<c>rating_percents</c>: the first rating, from the top, with points ≤ score).
    /// </summary>
    Floor = 0,

    /// <summary>
    /// The level whose cut is nearest the score; a score exactly half-way between two cuts takes the
    /// higher level (2.5 on a 0–4 scale is level 3).
    /// </summary>
    Nearest = 1,
}

namespace MathPlc.Teams;

/// <summary>
/// The span a SMART goal is written for. Conzemius &amp; O'Neill (2006) set team goals on a quarter, semester or year
/// (school goals 1–3 years, district goals about 5); mathematics teams in a PLC also write goals for one unit
/// (Kanold's after-unit team actions 9 and 10: evidence-based goals for the next unit). A goal is judged against
/// history over the same span, never annualised.
/// </summary>
public enum GoalHorizon
{
    /// <summary>One unit of instruction, typically 2 to 12 weeks.</summary>
    Unit,

    /// <summary>A quarter (about 9 weeks of school).</summary>
    Quarter,

    /// <summary>A semester (about 18 weeks of school).</summary>
    Semester,

    /// <summary>A school year.</summary>
    Year,
}

namespace MathPlc.Assessments;

/// <summary>
/// How a team's results are broken down for a proficiency rate — the whole team, each teacher, each section, each student
/// group — the disaggregation a team's data analysis reads (decision 0142: named <c>GroupKind</c> before, a name it shared
/// with Interventions' <c>GroupKind</c>, which says what a support group is for).
/// </summary>
public enum Breakdown
{
    /// <summary>The whole team's students.</summary>
    Team,

    /// <summary>One teacher's students.</summary>
    Teacher,

    /// <summary>One section (class period).</summary>
    Section,

    /// <summary>Students sharing a roster attribute value (e.g. <c>ell = yes</c>).</summary>
    StudentGroup,
}

namespace MathPlc.Assessments;

/// <summary>How students are grouped for a proficiency rate.</summary>
public enum GroupKind
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

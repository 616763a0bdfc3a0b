namespace MathPlc.Assessments;

/// <summary>
/// What "the raters agree on a subject" means when there are more than two raters. The two definitions differ
/// greatly with three or more raters (all-raters ≤ pairwise), so every agreement figure names its definition.
/// </summary>
public enum AgreementDefinition
{
    /// <summary>
    /// All raters agree: the subject's highest and lowest score differ by at most the tolerance (R irr's
    /// <c>agree</c>). Only subjects every rater scored are used (irr drops the others).
    /// </summary>
    AllRaters,

    /// <summary>
    /// Pairs of raters agree: per subject, the share of rater pairs within the tolerance, averaged over subjects
    /// (consistent with Fleiss' P̄). Subjects with two or more ratings are used, over the pairs available.
    /// </summary>
    Pairwise,
}

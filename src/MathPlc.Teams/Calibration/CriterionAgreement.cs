using MathPlc.Assessments;

namespace MathPlc.Teams;

/// <summary>How well the raters agree on one criterion (every statistic from <see cref="RaterAgreement"/>).</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Agreement">Exact and adjacent agreement, kappas, Krippendorff's alpha and the ICCs over the criterion's subjects.</param>
public sealed record CriterionAgreement(string Criterion, AgreementSummary Agreement);

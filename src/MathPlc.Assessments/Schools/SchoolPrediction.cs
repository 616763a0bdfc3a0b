using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One school read against its prediction.</summary>
/// <param name="School">The school.</param>
/// <param name="District">Its district, when known.</param>
/// <param name="Predictor">The predictor.</param>
/// <param name="Actual">This year's result.</param>
/// <param name="Predicted">b₀ + b₁x.</param>
/// <param name="Residual">Actual − predicted: positive is above expectation.</param>
/// <param name="StandardizedResidual">eᵢ/(s√(1 − hᵢ)) (internally studentized, R's <c>rstandard</c>), or why undefined.</param>
/// <param name="Band">Above, near or below the prediction by the standardized residual against the cut.</param>
/// <param name="ShareMeetingStandard">Share of tested students meeting standard, when counts are given.</param>
/// <param name="Reason">The band in words, with the figures.</param>
public sealed record SchoolPrediction(SchoolId School, string? District, double Predictor, double Actual, double Predicted, double Residual,
    StatisticValue StandardizedResidual, PredictionBand Band, StatisticValue? ShareMeetingStandard, Reason Reason);

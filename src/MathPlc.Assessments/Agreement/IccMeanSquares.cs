namespace MathPlc.Assessments;

/// <summary>The two-way ANOVA mean squares behind the intraclass correlations (Shrout &amp; Fleiss 1979, Table 1).</summary>
/// <param name="Subjects">n, the number of subjects (targets) used.</param>
/// <param name="Raters">k, the number of raters (judges).</param>
/// <param name="BetweenSubjects">MSR = SSR/(n − 1).</param>
/// <param name="BetweenRaters">MSC = SSC/(k − 1).</param>
/// <param name="Residual">MSE = SSE/((n − 1)(k − 1)).</param>
/// <param name="WithinSubjects">MSW = (SST − SSR)/(n(k − 1)).</param>
public sealed record IccMeanSquares(int Subjects, int Raters, double BetweenSubjects, double BetweenRaters, double Residual, double WithinSubjects);

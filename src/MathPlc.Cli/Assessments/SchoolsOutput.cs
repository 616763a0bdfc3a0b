using System.Text.Json.Serialization;
using MathPlc.Assessments;

namespace MathPlc.Cli.Assessments;

/// <summary>The JSON of <c>mathplc schools</c> (docs/cli.md): the prediction line, each school against it and each district's spread.</summary>
/// <param name="Line">The least-squares line of actual on predictor.</param>
/// <param name="Schools">One entry per school, in the file's order.</param>
/// <param name="Districts">One entry per district named in the file.</param>
internal sealed record SchoolsOutput(PredictionLineOutput Line, IReadOnlyList<SchoolOutput> Schools, IReadOnlyList<DistrictOutput> Districts)
{
    /// <summary>The output of <paramref name="report"/>.</summary>
    public static SchoolsOutput Of(SchoolResultsReport report) => new(
        new PredictionLineOutput(report.Line.Schools, report.Line.Intercept, report.Line.Slope.Value, report.Line.ResidualStandardDeviation.Value, report.Line.RSquared.Value),
        [.. report.Schools.Select(s => new SchoolOutput(s.School.Value, s.District, s.Predictor, s.Actual, s.Predicted, s.Residual,
            s.StandardizedResidual.Value, SchoolsCommand.BandText(s.Band), s.Reason.Message))],
        [.. report.Districts.Select(d => new DistrictOutput(d.District, d.Schools, d.Mean, d.Lowest, d.Highest, d.StandardDeviation.Value, d.ResidualStandardDeviation.Value))]);
}

/// <summary>The prediction line; a statistic without a value is null.</summary>
/// <param name="Schools">Schools it is fitted to.</param>
/// <param name="Intercept">The intercept.</param>
/// <param name="Slope">The slope.</param>
/// <param name="ResidualStandardDeviation">The residuals' standard deviation.</param>
/// <param name="RSquared">The share of variance explained.</param>
internal sealed record PredictionLineOutput(int Schools, double Intercept, double? Slope, double? ResidualStandardDeviation, double? RSquared);

/// <summary>A school against the line.</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="DistrictId">Its district; left out (not null) when the file names none.</param>
/// <param name="Predictor">The predictor, e.g. last year's result.</param>
/// <param name="Actual">This year's result.</param>
/// <param name="Predicted">The line's prediction.</param>
/// <param name="Residual">Actual minus predicted.</param>
/// <param name="StandardizedResidual">R's rstandard; null when undefined.</param>
/// <param name="Band">above, near or below; null when the standardized residual is undefined.</param>
/// <param name="Reason">Why the band is what it is.</param>
internal sealed record SchoolOutput(string SchoolId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DistrictId,
    double Predictor, double Actual, double Predicted, double Residual, double? StandardizedResidual, string? Band, string Reason);

/// <summary>A district's spread.</summary>
/// <param name="DistrictId">The district.</param>
/// <param name="Schools">Its schools.</param>
/// <param name="Mean">Mean actual result.</param>
/// <param name="Lowest">Lowest actual result.</param>
/// <param name="Highest">Highest actual result.</param>
/// <param name="StandardDeviation">Standard deviation of the actual results; null when undefined.</param>
/// <param name="ResidualStandardDeviation">Standard deviation of the residuals; null when undefined.</param>
internal sealed record DistrictOutput(string DistrictId, int Schools, double Mean, double Lowest, double Highest, double? StandardDeviation, double? ResidualStandardDeviation);

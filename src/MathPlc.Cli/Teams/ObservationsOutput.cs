using MathPlc.Core.Json;
using MathPlc.Interop.Csv;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// The JSON of <c>mathplc observations</c> (docs/cli.md): the instrument, the district's name and each comparison of
/// self-ratings with external ratings, per scope and dimension. Reasons carry their data (Core's <see cref="ReasonContract"/>).
/// </summary>
/// <param name="Instrument">The instrument the ratings use.</param>
/// <param name="District">The district's name on the district-wide comparisons.</param>
/// <param name="Comparisons">One entry per scope and dimension (null dimension: every dimension together).</param>
internal sealed record ObservationsOutput(InstrumentOutput Instrument, string District, IReadOnlyList<ComparisonOutput> Comparisons)
{
    /// <summary>The output of the comparisons made with <paramref name="instrument"/>.</summary>
    public static ObservationsOutput Of(ObservationInstrument instrument, string district, IEnumerable<SelfExternalComparison> comparisons) => new(
        new InstrumentOutput(instrument.Name, instrument.LowestLevel, instrument.HighestLevel), district,
        [.. comparisons.Select(c => new ComparisonOutput(ObservationsCommand.Scope(c, district), c.Scope, c.Dimension is { } d ? ObservationsCsv.KebabName(d) : null,
            c.Pairs, c.MeanSelf, c.MeanExternal, c.MeanDifference, c.Interval is { } i ? new IntervalOutput(i.Lower, i.Upper) : null,
            c.ExactAgreement, c.AdjacentAgreement, c.WeightedKappa.Value, [.. ObservationsCommand.Reasons(c).Select(ReasonJsonMapper.ToContract)]))]);
}

/// <summary>The instrument.</summary>
/// <param name="Name">Its name.</param>
/// <param name="LowestLevel">Its lowest level.</param>
/// <param name="HighestLevel">Its highest level.</param>
internal sealed record InstrumentOutput(string Name, int LowestLevel, int HighestLevel);

/// <summary>Self-ratings against external ratings in one scope and dimension.</summary>
/// <param name="Scope">district or school.</param>
/// <param name="Name">The district's or school's name.</param>
/// <param name="Dimension">The dimension, kebab case; null for every dimension together.</param>
/// <param name="Pairs">Pairs of a self-rating and an external rating of the same lesson and dimension.</param>
/// <param name="MeanSelf">Mean self-rating.</param>
/// <param name="MeanExternal">Mean external rating.</param>
/// <param name="MeanDifference">Mean of self minus external.</param>
/// <param name="Interval">Its 95 % paired-t interval; null below two pairs.</param>
/// <param name="ExactAgreement">Share of pairs at the same level.</param>
/// <param name="AdjacentAgreement">Share of pairs within one level.</param>
/// <param name="WeightedKappa">Linearly weighted kappa; null when undefined.</param>
/// <param name="Reasons">The finding first, then what else to note, each with code, message and data.</param>
internal sealed record ComparisonOutput(string Scope, string Name, string? Dimension, int Pairs, double MeanSelf, double MeanExternal, double MeanDifference,
    IntervalOutput? Interval, double ExactAgreement, double AdjacentAgreement, double? WeightedKappa, IReadOnlyList<ReasonContract> Reasons);

/// <summary>A 95 % interval.</summary>
/// <param name="Lower">Its lower end.</param>
/// <param name="Upper">Its upper end.</param>
internal sealed record IntervalOutput(double Lower, double Upper);

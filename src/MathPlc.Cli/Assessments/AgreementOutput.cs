using System.Text.Json.Serialization;
using MathPlc.Assessments;
using MathPlc.Cli.Text;

namespace MathPlc.Cli.Assessments;

/// <summary>The JSON of <c>mathplc agreement</c> (docs/cli.md): every statistic with its status, the subjects used and dropped, and why it has no value.</summary>
/// <param name="Statistics">One entry per statistic, in the CSV's order.</param>
internal sealed record AgreementOutput(IReadOnlyList<AgreementStatisticOutput> Statistics)
{
    /// <summary>The output of the named statistics.</summary>
    public static AgreementOutput Of(IEnumerable<(string Name, StatisticValue Value)> rows) => new(
        [.. rows.Select(r => new AgreementStatisticOutput(r.Name, r.Value.Value, KebabCase.Of(r.Value.Status.ToString()), r.Value.SubjectsUsed, r.Value.SubjectsDropped,
            r.Value.IsDefined ? null : r.Value.Reasons[0].Message))]);
}

/// <summary>A statistic.</summary>
/// <param name="Statistic">Its name, as the CSV's statistic column.</param>
/// <param name="Value">Its value; null when it does not apply or is undefined.</param>
/// <param name="Status">The statistic's status, kebab case.</param>
/// <param name="SubjectsUsed">Subjects it was computed from.</param>
/// <param name="SubjectsDropped">Subjects left out.</param>
/// <param name="Reason">Why it has no value; left out when it has one.</param>
internal sealed record AgreementStatisticOutput(string Statistic, double? Value, string Status, int SubjectsUsed, int SubjectsDropped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);

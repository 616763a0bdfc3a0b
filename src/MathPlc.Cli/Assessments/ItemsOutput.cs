using MathPlc.Assessments;
using MathPlc.Cli.Text;

namespace MathPlc.Cli.Assessments;

/// <summary>
/// The JSON of <c>mathplc items</c> (docs/cli.md): each item's statistics, the test's reliability and each target's share
/// of proficient students. A statistic without a value is null (its reason goes to standard error).
/// </summary>
/// <param name="Items">One entry per item, in the file's order.</param>
/// <param name="Test">The whole test.</param>
/// <param name="Targets">One entry per target.</param>
internal sealed record ItemsOutput(IReadOnlyList<ItemOutput> Items, TestOutput Test, IReadOnlyList<TargetShareOutput> Targets)
{
    /// <summary>The output of an item analysis and the targets' shares.</summary>
    public static ItemsOutput Of(ItemAnalysisResult result, IEnumerable<TargetShare> shares) => new(
        [.. result.Items.Select(i => new ItemOutput(i.Item.Value, i.Responses, i.Difficulty.Value, i.DiscriminationUpperLower.Value, i.PointBiserialCorrected.Value,
            ReasonOutput.Of(i.Flags)))],
        new TestOutput(result.Test.Students, result.Test.StudentsWithoutResponses, result.Test.Items, KebabCase.Of(result.Test.Missing.ToString()),
            result.Test.CronbachAlpha.Value, result.Test.Kr20.Value, result.Test.Sem.Value),
        [.. shares.Select(t => new TargetShareOutput(t.Target.Value, t.Students, t.Proficient, t.Share.Value))]);
}

/// <summary>One item's statistics.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="N">Students who answered it.</param>
/// <param name="Difficulty">Mean score over the maximum.</param>
/// <param name="DiscriminationUpperLower">Upper group's difficulty minus the lower group's.</param>
/// <param name="PointBiserialCorrected">Corrected item-total correlation.</param>
/// <param name="Flags">Why the item is flagged.</param>
internal sealed record ItemOutput(string ItemId, int N, double? Difficulty, double? DiscriminationUpperLower, double? PointBiserialCorrected, IReadOnlyList<ReasonOutput> Flags);

/// <summary>The test's reliability.</summary>
/// <param name="Students">Students in the file.</param>
/// <param name="StudentsWithoutResponses">Students with no response at all.</param>
/// <param name="Items">Items in the file.</param>
/// <param name="Missing">pairwise or listwise.</param>
/// <param name="CronbachAlpha">Cronbach's alpha.</param>
/// <param name="Kr20">KR-20 (0/1 items only).</param>
/// <param name="Sem">Standard error of measurement.</param>
internal sealed record TestOutput(int Students, int StudentsWithoutResponses, int Items, string Missing, double? CronbachAlpha, double? Kr20, double? Sem);

/// <summary>A target's share of proficient students.</summary>
/// <param name="TargetId">The target.</param>
/// <param name="Students">Students with responses on it.</param>
/// <param name="Proficient">Of them, proficient.</param>
/// <param name="ShareProficient">Proficient over students.</param>
internal sealed record TargetShareOutput(string TargetId, int Students, int Proficient, double? ShareProficient);

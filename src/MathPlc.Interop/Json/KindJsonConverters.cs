using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes one kind of a family tagged by <c>kind</c> (a <see cref="ShareAtOrAbove"/> of the
/// <see cref="TargetCondition"/>s) through the family's converter, so the kind has the same contract when it is
/// written on its own; an object of another kind is refused at <c>kind</c>.
/// </summary>
/// <typeparam name="TBase">The family.</typeparam>
/// <typeparam name="TKind">The kind.</typeparam>
/// <param name="family">The family's converter.</param>
/// <param name="kind">The kind's tag, e.g. <c>shareAtOrAbove</c>.</param>
/// <param name="code">The diagnostic code of an object of another kind, the family's code for a broken invariant.</param>
internal abstract class KindJsonConverter<TBase, TKind>(ObjectJsonConverter<TBase> family, string kind, string code) : ObjectJsonConverter<TKind>
    where TKind : TBase
{
    /// <inheritdoc/>
    public sealed override TKind ReadAt(ref Utf8JsonReader reader, string path) =>
        family.ReadAt(ref reader, path) is TKind value
            ? value
            : throw JsonFailure.Create(code, JsonPath.Property(path, "kind"), null, $"expected an object of kind \"{kind}\".");

    /// <inheritdoc/>
    public sealed override void WriteValue(Utf8JsonWriter writer, TKind value) => family.WriteValue(writer, value);
}

/// <summary>Reads and writes a <see cref="ShareAtOrAbove"/> as a <see cref="TargetConditionJsonConverter">condition</see> of kind <c>shareAtOrAbove</c>.</summary>
internal sealed class ShareAtOrAboveJsonConverter() : KindJsonConverter<TargetCondition, ShareAtOrAbove>(TargetConditionJsonConverter.Instance, "shareAtOrAbove", "invalid-condition");

/// <summary>Reads and writes a <see cref="CountBelow"/> as a <see cref="TargetConditionJsonConverter">condition</see> of kind <c>countBelow</c>.</summary>
internal sealed class CountBelowJsonConverter() : KindJsonConverter<TargetCondition, CountBelow>(TargetConditionJsonConverter.Instance, "countBelow", "invalid-condition");

/// <summary>Reads and writes a <see cref="CountAtOrAbove"/> as a <see cref="TargetConditionJsonConverter">condition</see> of kind <c>countAtOrAbove</c>.</summary>
internal sealed class CountAtOrAboveJsonConverter() : KindJsonConverter<TargetCondition, CountAtOrAbove>(TargetConditionJsonConverter.Instance, "countAtOrAbove", "invalid-condition");

/// <summary>Reads and writes a <see cref="MeanAtLeast"/> as a <see cref="TargetConditionJsonConverter">condition</see> of kind <c>meanAtLeast</c>.</summary>
internal sealed class MeanAtLeastJsonConverter() : KindJsonConverter<TargetCondition, MeanAtLeast>(TargetConditionJsonConverter.Instance, "meanAtLeast", "invalid-condition");

/// <summary>Reads and writes a <see cref="MeanOfTargets"/> as a <see cref="ReportCardRuleJsonConverter">report-card rule</see> of kind <c>meanOfTargets</c>.</summary>
internal sealed class MeanOfTargetsJsonConverter() : KindJsonConverter<ReportCardRule, MeanOfTargets>(ReportCardRuleJsonConverter.Instance, "meanOfTargets", "invalid-report-card-rule");

/// <summary>Reads and writes a <see cref="LowestTarget"/> as a <see cref="ReportCardRuleJsonConverter">report-card rule</see> of kind <c>lowestTarget</c>.</summary>
internal sealed class LowestTargetJsonConverter() : KindJsonConverter<ReportCardRule, LowestTarget>(ReportCardRuleJsonConverter.Instance, "lowestTarget", "invalid-report-card-rule");

/// <summary>Reads and writes a <see cref="ConjunctiveRules"/> as a <see cref="ReportCardRuleJsonConverter">report-card rule</see> of kind <c>conjunctiveRules</c>.</summary>
internal sealed class ConjunctiveRulesJsonConverter() : KindJsonConverter<ReportCardRule, ConjunctiveRules>(ReportCardRuleJsonConverter.Instance, "conjunctiveRules", "invalid-report-card-rule");

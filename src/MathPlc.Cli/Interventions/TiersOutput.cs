using System.Text.Json.Serialization;
using MathPlc.Cli.Text;
using MathPlc.Core.Json;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>
/// The JSON of <c>mathplc tiers</c> (docs/cli.md): every student's tier decision, the groups formed from them and the
/// students no group could take. Reasons carry their data (Core's <see cref="ReasonContract"/>).
/// </summary>
/// <param name="Students">One decision per student, in the decisions' order.</param>
/// <param name="Groups">The groups, in the grouping's order.</param>
/// <param name="Unplaced">The students a group could not take, with why.</param>
internal sealed record TiersOutput(IReadOnlyList<TierStudentOutput> Students, IReadOnlyList<TierGroupOutput> Groups, IReadOnlyList<UnplacedOutput> Unplaced)
{
    /// <summary>The output of <paramref name="decisions"/> and the <paramref name="groups"/> formed from them.</summary>
    public static TiersOutput Of(IEnumerable<TierDecision> decisions, GroupingResult groups) => new(
        [.. decisions.Select(d => new TierStudentOutput(d.StudentId.Value, TiersTable.TierText(d.Tier), [.. d.UnmetTargets.Select(t => t.Value)], d.Extension,
            d.ScreeningBand is { } band ? KebabCase.Of(band.ToString()) : null, Reasons(d.Reasons)))],
        [.. groups.Groups.Select(g => new TierGroupOutput(g.Id, Grouping.Name(g.Kind), g.Target?.Value, [.. g.Students.Select(s => s.Value)], Reasons([g.Reason])))],
        [.. groups.Unplaced.Select(u => new UnplacedOutput(u.StudentId.Value, Grouping.Name(u.Kind), u.Target?.Value, Reasons([u.Reason])))]);

    /// <summary>Reasons as Interop's contract writes them: code, message and data.</summary>
    public static IReadOnlyList<ReasonContract> Reasons(IEnumerable<Core.Reason> reasons) => [.. reasons.Select(ReasonJsonMapper.ToContract)];
}

/// <summary>One student's tier decision.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="Tier">The tier, as the CSV writes it.</param>
/// <param name="TargetsUnmet">The targets not yet met, in target order.</param>
/// <param name="Extension">Whether the student is ready for extension.</param>
/// <param name="ScreeningBand">The screening band, kebab case; left out when the student was not screened.</param>
/// <param name="Reasons">Why, each with code, message and data.</param>
internal sealed record TierStudentOutput(string StudentId, string Tier, IReadOnlyList<string> TargetsUnmet, bool Extension,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ScreeningBand, IReadOnlyList<ReasonContract> Reasons);

/// <summary>A group formed from the decisions.</summary>
/// <param name="GroupId">The group's id.</param>
/// <param name="Kind">The kind of group.</param>
/// <param name="TargetId">The target it works on; left out for a group without one.</param>
/// <param name="Students">Its students.</param>
/// <param name="Reasons">Why it was formed.</param>
internal sealed record TierGroupOutput(string GroupId, string Kind, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TargetId,
    IReadOnlyList<string> Students, IReadOnlyList<ReasonContract> Reasons);

/// <summary>A student no group could take.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="Kind">The kind of group the student needed.</param>
/// <param name="TargetId">The target; left out when there is none.</param>
/// <param name="Reasons">Why the student was not placed.</param>
internal sealed record UnplacedOutput(string StudentId, string Kind, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TargetId,
    IReadOnlyList<ReasonContract> Reasons);

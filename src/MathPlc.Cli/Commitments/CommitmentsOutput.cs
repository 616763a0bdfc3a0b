using MathPlc.Cli.Text;
using MathPlc.Teams;
using MathPlc.Teams.Json;

namespace MathPlc.Cli.Commitments;

/// <summary>The JSON of <c>mathplc commitments</c> (docs/cli.md): each commitment per leadership level, the gaps and the learning actions.</summary>
/// <param name="Commitments">The commitments in the file's order.</param>
/// <param name="Gaps">What is missing: an owner, a self-assessment, evidence.</param>
/// <param name="LearningActions">The professional-learning actions.</param>
internal sealed record CommitmentsOutput(IReadOnlyList<CommitmentOutput> Commitments, IReadOnlyList<CommitmentGapOutput> Gaps, IReadOnlyList<LearningActionOutput> LearningActions)
{
    /// <summary>The output of <paramref name="file"/> with its rows (one per commitment and level) and gaps.</summary>
    public static CommitmentsOutput Of(CommitmentsFile file, IEnumerable<CommitmentsCommand.Row> rows, IEnumerable<CommitmentGap> gaps) => new(
        [.. file.Commitments.Select(c => new CommitmentOutput(c.Id, c.Title, [.. rows.Where(r => r.Commitment.Id == c.Id).Select(Level)]))],
        [.. gaps.Select(g => new CommitmentGapOutput(KebabCase.Of(g.Kind.ToString()), g.CommitmentId, CommitmentsCommand.Name(g.Level), g.Why.Code, g.Why.Message))],
        [.. file.LearningActions.Select(a => new LearningActionOutput(a.Id, a.Action, a.CurrentActions, a.PossibleNextSteps))]);

    private static CommitmentLevelOutput Level(CommitmentsCommand.Row r) => new(
        CommitmentsCommand.Name(r.Level), r.Owner, r.Entry is { } e ? CommitmentsCommand.Status(e.Status) : null,
        r.Entry?.Evidence ?? [], r.Entry?.NextSteps ?? [],
        r.Change is { } change
            ? new CommitmentChangeOutput(change.From is { } from ? CommitmentsCommand.Status(from) : null, CommitmentsCommand.Status(change.To),
                change.Steps, change.EvidenceAdded, ReasonOutput.Of(change.Caution))
            : null);
}

/// <summary>A commitment.</summary>
/// <param name="Id">The commitment's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Levels">One entry per leadership level: district, site, team.</param>
internal sealed record CommitmentOutput(string Id, string Title, IReadOnlyList<CommitmentLevelOutput> Levels);

/// <summary>A commitment at one leadership level.</summary>
/// <param name="Level">district, site or team.</param>
/// <param name="Owner">Who owns it at this level; null when nobody does.</param>
/// <param name="Status">The latest self-assessed status, kebab case; null when not assessed.</param>
/// <param name="Evidence">The latest entry's evidence (empty when not assessed).</param>
/// <param name="NextSteps">The latest entry's next steps.</param>
/// <param name="Change">The change between the last two self-assessments; null when there is none.</param>
internal sealed record CommitmentLevelOutput(string Level, string? Owner, string? Status, IReadOnlyList<string> Evidence, IReadOnlyList<string> NextSteps, CommitmentChangeOutput? Change);

/// <summary>A self-rated change.</summary>
/// <param name="From">The earlier status; null when it was not assessed.</param>
/// <param name="To">The later status.</param>
/// <param name="Steps">How many steps it moved.</param>
/// <param name="EvidenceAdded">Evidence added between the two.</param>
/// <param name="Caution">The calibration caution; null when none applies.</param>
internal sealed record CommitmentChangeOutput(string? From, string To, int Steps, int EvidenceAdded, ReasonOutput? Caution);

/// <summary>A gap: <c>{kind, commitment, level, code, message}</c>.</summary>
/// <param name="Kind">The kind of gap, kebab case.</param>
/// <param name="Commitment">The commitment's id.</param>
/// <param name="Level">The leadership level.</param>
/// <param name="Code">The reason's code.</param>
/// <param name="Message">The reason's message.</param>
internal sealed record CommitmentGapOutput(string Kind, string Commitment, string Level, string Code, string Message);

/// <summary>A professional-learning action.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="Action">The action.</param>
/// <param name="CurrentActions">What is done now.</param>
/// <param name="PossibleNextSteps">What could come next.</param>
internal sealed record LearningActionOutput(string Id, string Action, IReadOnlyList<string> CurrentActions, IReadOnlyList<string> PossibleNextSteps);

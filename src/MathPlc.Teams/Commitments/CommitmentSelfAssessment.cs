using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One level's self-assessment of one commitment: its current actions, possible next steps, status and evidence.</summary>
/// <remarks>Equality compares the lists by content.</remarks>
public sealed record CommitmentEntry
{
    /// <summary>Creates an entry.</summary>
    /// <exception cref="ArgumentException"><paramref name="commitmentId"/> is blank or a list holds a blank item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level or status is undefined.</exception>
    public CommitmentEntry(string commitmentId, LeadershipLevel level, CommitmentStatus status,
        IEnumerable<string>? currentActions = null, IEnumerable<string>? nextSteps = null, IEnumerable<string>? evidence = null)
    {
        Guard.Against.NullOrWhiteSpace(commitmentId);
        if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(level), level, "Not a leadership level.");
        if (!Enum.IsDefined(status)) throw new ArgumentOutOfRangeException(nameof(status), status, "Not a commitment status.");
        CommitmentId = commitmentId.Trim();
        Level = level;
        Status = status;
        CurrentActions = Texts(currentActions, nameof(currentActions));
        NextSteps = Texts(nextSteps, nameof(nextSteps));
        Evidence = Texts(evidence, nameof(evidence));
    }

    /// <summary>The commitment assessed.</summary>
    public string CommitmentId { get; }

    /// <summary>The level assessing itself.</summary>
    public LeadershipLevel Level { get; }

    /// <summary>How far it has come.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>What it does now.</summary>
    public ValueArray<string> CurrentActions { get; }

    /// <summary>What it could do next.</summary>
    public ValueArray<string> NextSteps { get; }

    /// <summary>What shows it (documents, data, observations).</summary>
    public ValueArray<string> Evidence { get; }

    private static ImmutableArray<string> Texts(IEnumerable<string>? items, string paramName)
    {
        var list = (items ?? []).ToImmutableArray();
        Guard.Against.Unmet(list.All(t => !string.IsNullOrWhiteSpace(t)), paramName, "An item is blank.");
        return [.. list.Select(t => t.Trim())];
    }
}

/// <summary>A self-assessment on one occasion: one entry per commitment and level assessed.</summary>
/// <remarks>Equality compares the entries by content.</remarks>
public sealed record CommitmentSelfAssessment
{
    /// <summary>Creates a self-assessment.</summary>
    /// <exception cref="ArgumentException">An entry is null, or a commitment and level appear twice.</exception>
    public CommitmentSelfAssessment(LocalDate assessedOn, IEnumerable<CommitmentEntry> entries)
    {
        Guard.Against.NotIsoCalendar(assessedOn, nameof(assessedOn));
        var list = Guard.Against.NullOrNullElements(entries, nameof(entries));
        var twice = list.GroupBy(e => (e.CommitmentId, e.Level)).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(entries), $"{twice?.Key.CommitmentId} is assessed twice at the {twice?.Key.Level} level.");
        AssessedOn = assessedOn;
        Entries = list;
    }

    /// <summary>When it was done.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The entries.</summary>
    public ValueArray<CommitmentEntry> Entries { get; }
}

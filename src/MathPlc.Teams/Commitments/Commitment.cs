namespace MathPlc.Teams;

/// <summary>
/// A leadership commitment for collaborative professional learning, as data: what is committed to and the role of the
/// district, the site leader and the team in it. A level with no role is a gap (see <see cref="LeadershipCommitments.Gaps"/>).
/// </summary>
/// <remarks>Equality compares the roles by content.</remarks>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank, or a role is blank.</exception>
    public Commitment(string id, string title, IReadOnlyDictionary<LeadershipLevel, string> roles)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(roles);
        foreach (var (level, role) in roles)
        {
            if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(roles), level, "Not a leadership level.");
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(role), nameof(roles), $"The {level} role of {id} is blank; leave the level out instead.");
        }
        Id = id.Trim();
        Title = title.Trim();
        Roles = roles.ToImmutableSortedDictionary(r => r.Key, r => r.Value.Trim());
    }

    /// <summary>A short stable id, e.g. <c>feedback-on-stages</c>.</summary>
    public string Id { get; }

    /// <summary>The commitment in leaders' words.</summary>
    public string Title { get; }

    /// <summary>What each level does for it; a missing level has no owner.</summary>
    public ImmutableSortedDictionary<LeadershipLevel, string> Roles { get; }

    // Hand-written equality: Roles is an ImmutableSortedDictionary, which compares by reference; equality is
    // by its sorted content.

    /// <inheritdoc/>
    public bool Equals(Commitment? other) => other is not null && Id == other.Id && Title == other.Title && Roles.SequenceEqual(other.Roles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Roles.Count);
}

using System.Globalization;
using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// One condition on a student's profile of learning-target scores, as a conjunctive letter rule states it: "at least
/// 90 % of targets at 3 or above", "no target below 2", "exactly one target below 3". A closed set of values.
/// </summary>
/// <remarks>Source: the conjunctive templates of reference/grading.md §10.2 (sbgrader2, EBR, Yamhill-Carlton).</remarks>
public abstract record TargetCondition
{
    private protected TargetCondition() { }

    /// <summary>The condition in teachers' words, e.g. <c>at least 90 % of targets at 3 or above</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Every target at <paramref name="score"/> or above.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public static TargetCondition AllAtOrAbove(double score) => new ShareAtOrAbove(score, 1);

    /// <summary>No target below <paramref name="score"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite.</exception>
    public static TargetCondition NoneBelow(double score) => new CountBelow(score, 0, 0);

    /// <summary>Whether the profile meets the condition, and the fact that decided (the count, share or mean found).</summary>
    internal abstract bool IsMet(ReadOnlySpan<double> scores, out string observed);

    /// <summary>How many scores are at <paramref name="score"/> or above.</summary>
    private protected static int AtOrAbove(ReadOnlySpan<double> scores, double score)
    {
        int count = 0;
        foreach (double s in scores) if (s >= score) count++;
        return count;
    }

    private protected static string Number(double value) => InvariantNumber.Format(value);

    private protected static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}

/// <summary>At least <see cref="Share"/> of the targets are at <see cref="Score"/> or above (sbgrader2's p(≥3) ≥ 90 %).</summary>
public sealed record ShareAtOrAbove : TargetCondition
{
    /// <summary>Creates the condition.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite, or <paramref name="share"/> is outside [0, 1].</exception>
    public ShareAtOrAbove(double score, double share)
    {
        Guard.Against.NotFinite(score, nameof(score));
        Guard.Against.OutsideRange(share, 0, 1, nameof(share));
        (Score, Share) = (score, share);
    }

    /// <summary>The score a target must reach.</summary>
    public double Score { get; }

    /// <summary>The least share of targets that must reach it, in [0, 1].</summary>
    public double Share { get; }

    /// <inheritdoc/>
    public override string Description => Share == 1 ? $"every target at {Number(Score)} or above" : $"at least {Percent(Share)} of targets at {Number(Score)} or above";

    internal override bool IsMet(ReadOnlySpan<double> scores, out string observed)
    {
        int count = AtOrAbove(scores, Score);
        observed = $"{count} of {scores.Length} targets at {Number(Score)} or above";
        return count >= Share * scores.Length - 1e-9; // counts compared as counts: 0.65 × 20 is 13.000000000000002
    }
}

/// <summary>The number of targets below <see cref="Score"/> is at least <see cref="AtLeast"/> and at most <see cref="AtMost"/> (EBR's "exactly one 2").</summary>
public sealed record CountBelow : TargetCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="score">The score a target is below.</param>
    /// <param name="atLeast">The fewest targets below it; 0 by default.</param>
    /// <param name="atMost">The most targets below it, or null for no limit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite; <paramref name="atLeast"/> is negative; <paramref name="atMost"/> is below <paramref name="atLeast"/>.</exception>
    public CountBelow(double score, int atLeast = 0, int? atMost = null)
    {
        Guard.Against.NotFinite(score, nameof(score));
        Guard.Against.Below(atLeast, 0);
        if (atMost is { } most) Guard.Against.Below(most, atLeast, nameof(atMost));
        (Score, AtLeast, AtMost) = (score, atLeast, atMost);
    }

    /// <summary>The score a target is below.</summary>
    public double Score { get; }

    /// <summary>The fewest targets below <see cref="Score"/>.</summary>
    public int AtLeast { get; }

    /// <summary>The most targets below <see cref="Score"/>, or null for no limit.</summary>
    public int? AtMost { get; }

    /// <inheritdoc/>
    public override string Description => (AtLeast, AtMost) switch
    {
        (0, 0) => $"no target below {Number(Score)}",
        (var l, var m) when l == m => $"exactly {l} target{(l == 1 ? "" : "s")} below {Number(Score)}",
        (var l, null) => $"at least {l} target{(l == 1 ? "" : "s")} below {Number(Score)}",
        (0, var m) => $"at most {m} target{(m == 1 ? "" : "s")} below {Number(Score)}",
        (var l, var m) => $"{l} to {m} targets below {Number(Score)}",
    };

    internal override bool IsMet(ReadOnlySpan<double> scores, out string observed)
    {
        int count = scores.Length - AtOrAbove(scores, Score);
        observed = $"{count} of {scores.Length} targets below {Number(Score)}";
        return count >= AtLeast && (AtMost is not { } most || count <= most);
    }
}

/// <summary>At least <see cref="AtLeast"/> targets are at <see cref="Score"/> or above (EBR's "at least one ≥ 2").</summary>
public sealed record CountAtOrAbove : TargetCondition
{
    /// <summary>Creates the condition.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite, or <paramref name="atLeast"/> is negative.</exception>
    public CountAtOrAbove(double score, int atLeast)
    {
        Guard.Against.NotFinite(score, nameof(score));
        Guard.Against.Below(atLeast, 0);
        (Score, AtLeast) = (score, atLeast);
    }

    /// <summary>The score a target must reach.</summary>
    public double Score { get; }

    /// <summary>The fewest targets that must reach it.</summary>
    public int AtLeast { get; }

    /// <inheritdoc/>
    public override string Description => $"at least {AtLeast} target{(AtLeast == 1 ? "" : "s")} at {Number(Score)} or above";

    internal override bool IsMet(ReadOnlySpan<double> scores, out string observed)
    {
        int count = AtOrAbove(scores, Score);
        observed = $"{count} of {scores.Length} targets at {Number(Score)} or above";
        return count >= AtLeast;
    }
}

/// <summary>The mean of the target scores is at least <see cref="Minimum"/> (Yamhill-Carlton's mean bands).</summary>
public sealed record MeanAtLeast : TargetCondition
{
    /// <summary>Creates the condition.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not finite.</exception>
    public MeanAtLeast(double minimum)
    {
        Guard.Against.NotFinite(minimum, nameof(minimum));
        Minimum = minimum;
    }

    /// <summary>The least mean.</summary>
    public double Minimum { get; }

    /// <inheritdoc/>
    public override string Description => $"a mean of {Number(Minimum)} or more";

    internal override bool IsMet(ReadOnlySpan<double> scores, out string observed)
    {
        double sum = 0;
        foreach (double s in scores) sum += s;
        double mean = sum / scores.Length;
        observed = $"a mean of {Number(mean)}";
        return mean >= Minimum;
    }
}

using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The team's result on one essential target, counted over the whole roster: how many students are proficient, how
/// many are not yet, and how many have no score (too little evidence). The three counts add up to the roster.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Code">The target's label as teachers read it (<see cref="TargetLabel"/>, e.g. <c>6.RP.A.1</c>).</param>
/// <param name="Proficient">Students at or above the cut.</param>
/// <param name="NotYetProficient">Students with a score below the cut.</param>
/// <param name="WithoutScore">Students with no score (insufficient evidence, such as absent from the assessment).</param>
/// <param name="Cut">The proficiency cut on the team's scale.</param>
/// <exception cref="ArgumentException"><paramref name="Target"/> is the default value.</exception>
/// <exception cref="ArgumentOutOfRangeException">A count is negative or the cut is not finite.</exception>
public sealed record TargetSummary(TargetId Target, string? Code, int Proficient, int NotYetProficient, int WithoutScore, double Cut)
{
    /// <summary>The target; never the default.</summary>
    public TargetId Target { get; } = Target.Value is not null ? Target : throw new ArgumentException("A target summary needs its target.", nameof(Target));

    /// <summary>Students at or above the cut; zero or more.</summary>
    public int Proficient { get; } = Proficient >= 0 ? Proficient : throw new ArgumentOutOfRangeException(nameof(Proficient), Proficient, "A count cannot be negative.");

    /// <summary>Students with a score below the cut; zero or more.</summary>
    public int NotYetProficient { get; } = NotYetProficient >= 0 ? NotYetProficient : throw new ArgumentOutOfRangeException(nameof(NotYetProficient), NotYetProficient, "A count cannot be negative.");

    /// <summary>Students with no score; zero or more.</summary>
    public int WithoutScore { get; } = WithoutScore >= 0 ? WithoutScore : throw new ArgumentOutOfRangeException(nameof(WithoutScore), WithoutScore, "A count cannot be negative.");

    /// <summary>The proficiency cut; finite.</summary>
    public double Cut { get; } = double.IsFinite(Cut) ? Cut : throw new ArgumentOutOfRangeException(nameof(Cut), Cut, "The cut must be a finite number.");

    /// <summary>Students with a score.</summary>
    public int Scored => Proficient + NotYetProficient;

    /// <summary>All students on the roster.</summary>
    public int Students => Scored + WithoutScore;

    /// <summary>The share of scored students who are proficient, or null when no student has a score.</summary>
    public double? ProficientShare => Scored == 0 ? null : (double)Proficient / Scored;
}

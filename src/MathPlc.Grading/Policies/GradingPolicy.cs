using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// Which evidence counts before a calculation method runs, each exclusion with its reason: achievement only
/// (behaviour is reported apart, always), summative only or summative plus formative, and a minimum number of
/// pieces of evidence.
/// </summary>
/// <remarks>
/// The default follows the standards-based grading consensus (O'Connor, <i>A Repair Kit for Grading</i>, fixes 1
/// and 13; Guskey and Bailey 2010): achievement only, summative only, at least one piece of evidence.
/// Source: reference/grading.md §9.
/// </remarks>
public sealed record GradingPolicy
{
    private readonly int _minimumEvidence = 1;

    /// <summary>Whether formative evidence counts too; false (summative only) by default.</summary>
    public bool IncludeFormative { get; init; }

    /// <summary>The fewest pieces of evidence that may be scored; fewer is insufficient evidence. At least 1; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MinimumEvidence
    {
        get => _minimumEvidence;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MinimumEvidence));
            _minimumEvidence = value;
        }
    }

    /// <summary>Achievement only, summative only, at least one piece of evidence.</summary>
    public static GradingPolicy Default { get; } = new();

    /// <summary>Splits one series, already in school order, into the evidence that counts and the evidence left out with reasons.</summary>
    internal (List<Evidence> Used, List<ExcludedEvidence> Excluded) Select(IReadOnlyList<Evidence> ordered)
    {
        var used = new List<Evidence>(ordered.Count);
        var excluded = new List<ExcludedEvidence>();
        foreach (var e in ordered)
        {
            if (e.Kind == EvidenceKind.Behaviour)
                excluded.Add(new(e, new Reason("behaviour-reported-apart", "Behaviour evidence is reported apart from achievement.")));
            else if (e.Kind == EvidenceKind.Formative && !IncludeFormative)
                excluded.Add(new(e, new Reason("formative-not-graded", "Formative evidence guides instruction; only summative evidence counts toward proficiency.")));
            else
                used.Add(e);
        }
        return (used, excluded);
    }
}

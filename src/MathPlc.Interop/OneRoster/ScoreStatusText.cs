namespace MathPlc.Interop.OneRoster;

/// <summary>The words OneRoster writes for each <see cref="OneRosterScoreStatus"/>.</summary>
internal static class ScoreStatusText
{
    /// <summary>Each status with its word, in the order of the enumeration.</summary>
    public static ImmutableArray<(string Name, OneRosterScoreStatus Value)> Names { get; } =
    [
        ("exempt", OneRosterScoreStatus.Exempt),
        ("fully graded", OneRosterScoreStatus.FullyGraded),
        ("not submitted", OneRosterScoreStatus.NotSubmitted),
        ("partially graded", OneRosterScoreStatus.PartiallyGraded),
        ("submitted", OneRosterScoreStatus.Submitted),
    ];

    /// <summary>The word for a status.</summary>
    public static string Format(OneRosterScoreStatus status) => Names[(int)status].Name;
}

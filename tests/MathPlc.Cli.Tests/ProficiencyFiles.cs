namespace MathPlc.Cli.Tests;

/// <summary>
/// The evidence files the proficiency tests run on, with the series each holds worked out by hand (oldest first,
/// by assessed_on, then sequence; formative and behaviour rows left out).
/// </summary>
internal static class ProficiencyFiles
{
    /// <summary>
    /// Four series. S-1/6.EE.A.1: 1, 3, 4 (line 7 before line 6 on the same day by sequence; the formative 4 on line 4
    /// excluded). S-1/6.RP.A.3: 2, 3 (line 3 is older than line 2). S-2/6.RP.A.3: nothing that counts (one formative,
    /// one behaviour). S-3/6.NS.B.2: 4, 4, 1, 1 (reference/grading.md §6's mode illustration).
    /// </summary>
    public const string Evidence = """
        student_id,target_id,assessed_on,score,sequence,kind
        S-1,6.RP.A.3,2026-09-08,3,,
        S-1,6.RP.A.3,2026-09-01,2,,
        S-1,6.EE.A.1,2026-09-03,4,,formative
        S-1,6.EE.A.1,2026-09-17,4,,
        S-1,6.EE.A.1,2026-09-10,3,1,
        S-1,6.EE.A.1,2026-09-10,1,0,
        S-2,6.RP.A.3,2026-09-02,4,,formative
        S-2,6.RP.A.3,2026-09-09,2.5,,behaviour
        S-3,6.NS.B.2,2026-09-01,4,,
        S-3,6.NS.B.2,2026-09-08,4,,
        S-3,6.NS.B.2,2026-09-15,1,,
        S-3,6.NS.B.2,2026-09-22,1,,

        """;

    /// <summary>The series in output order (student, then target, ordinal), as (student, target, used, excluded).</summary>
    public static readonly (string Student, string Target, int Used, int Excluded)[] Series =
    [
        ("S-1", "6.EE.A.1", 3, 1),
        ("S-1", "6.RP.A.3", 2, 0),
        ("S-2", "6.RP.A.3", 0, 2),
        ("S-3", "6.NS.B.2", 4, 0),
    ];

    /// <summary>
    /// Two single scores whose rounding to 2 decimals differs by rule: 1.005 (its double lies just below the tie:
    /// Ruby 1.01, .NET 1.00) and 2.125 (an exact binary tie: to even 2.12, away from zero 2.13). reference/grading.md §8.
    /// </summary>
    public const string Ties = """
        student_id,target_id,assessed_on,score
        S-1,T-1,2026-09-01,1.005
        S-1,T-2,2026-09-01,2.125

        """;
}

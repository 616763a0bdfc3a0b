namespace MathPlc.Interop.Csv;

/// <summary>The stable codes of the problems the intervention readers report beyond <see cref="CsvDiagnosticCodes"/>.</summary>
internal static class InterventionCsvCodes
{
    public const string BadPercentile = "bad-percentile";
    public const string DuplicateStudent = "duplicate-student";
    public const string DuplicateDate = "duplicate-date";
    public const string DuplicateRow = "duplicate-row";
    public const string IncompleteBaseline = "incomplete-baseline";
    public const string GoalBeforeBaseline = "goal-before-baseline";
    public const string BadStatus = "bad-status";
    public const string BadCount = "bad-count";
}

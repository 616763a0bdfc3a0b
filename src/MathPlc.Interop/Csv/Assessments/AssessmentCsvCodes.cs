namespace MathPlc.Interop.Csv;

/// <summary>The stable codes of the problems the assessment CSV readers report, beyond <see cref="CsvDiagnosticCodes"/>.</summary>
internal static class AssessmentCsvCodes
{
    public const string DuplicateRating = "duplicate-rating";
    public const string UnknownCategory = "unknown-category";
    public const string DuplicateScore = "duplicate-score";
    public const string AboveMaximum = "above-maximum";
    public const string NegativeScore = "negative-score";
    public const string BadMaximum = "bad-maximum";
    public const string InconsistentMaximum = "inconsistent-maximum";
    public const string InconsistentTarget = "inconsistent-target";
    public const string DuplicateSchool = "duplicate-school";
}

namespace MathPlc.Interop.Csv;

/// <summary>The stable codes of the problems CSV readers report; scripts may match on them.</summary>
internal static class CsvDiagnosticCodes
{
    // The file as a whole.
    public const string EmptyFile = "empty-file";
    public const string NoHeader = "no-header";
    public const string DuplicateHeader = "duplicate-header";
    public const string MissingColumn = "missing-column";

    // The shape of a row.
    public const string WrongFieldCount = "wrong-field-count";
    public const string BadQuoting = "bad-quoting";
    public const string BlankLine = "blank-line";

    // One field.
    public const string EmptyId = "empty-id";
    public const string BadDate = "bad-date";
    public const string NotANumber = "not-a-number";
    public const string BadSequence = "bad-sequence";
    public const string BadKind = "bad-kind";
    public const string BadWeight = "bad-weight";
    public const string OffScale = "off-scale";
    public const string OffStep = "off-step";
    public const string WeightNotUsed = "weight-not-used";
}

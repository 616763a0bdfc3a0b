namespace MathPlc.Interop.OneRoster;

/// <summary>The stable codes of the problems and notes the OneRoster reader reports, beside the CSV ones; scripts may match on them.</summary>
internal static class OneRosterDiagnosticCodes
{
    // The folder and the manifest.
    public const string MissingFile = "missing-file";
    public const string UnsupportedVersion = "unsupported-version";
    public const string DeltaFile = "delta-file";

    // One field.
    public const string BadStatus = "bad-status";
    public const string BadBoolean = "bad-boolean";
    public const string BadScoreStatus = "bad-score-status";
    public const string BadRange = "bad-range";
    public const string OffScale = "off-scale";

    // References between files.
    public const string DuplicateId = "duplicate-id";
    public const string UnknownUser = "unknown-user";
    public const string UnknownClass = "unknown-class";
    public const string UnknownStudent = "unknown-student";
    public const string UnknownLineItem = "unknown-line-item";
    public const string UnknownResult = "unknown-result";

    // The roster rules.
    public const string NoTeacher = "no-teacher";
    public const string SeveralTeachers = "several-teachers";
    public const string SeveralClasses = "several-classes";
    public const string MissingSchool = "missing-school";

    // Notes: rows skipped by rule, not problems.
    public const string Deleted = "skipped-deleted";
    public const string OtherRole = "skipped-role";
    public const string OtherCourse = "skipped-course";
    public const string DuplicateEnrollment = "skipped-duplicate-enrollment";
    public const string EmptyClass = "skipped-empty-class";
}

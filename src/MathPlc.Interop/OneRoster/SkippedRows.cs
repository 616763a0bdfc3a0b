using System.Globalization;

namespace MathPlc.Interop.OneRoster;

/// <summary>
/// Counts the rows a OneRoster reading skips by rule, per file and reason, so none is dropped silently: each
/// becomes one note with the count and the first line.
/// </summary>
internal sealed class SkippedRows
{
    private readonly Dictionary<(string File, string Code), (int Count, int FirstLine)> _counts = [];
    private readonly List<(string File, string Code)> _order = [];

    public void Add(string file, int line, string code)
    {
        if (_counts.TryGetValue((file, code), out var seen)) _counts[(file, code)] = (seen.Count + 1, seen.FirstLine);
        else
        {
            _counts.Add((file, code), (1, line));
            _order.Add((file, code));
        }
    }

    public ImmutableArray<DataDiagnostic> Notes() =>
    [
        .. _order.Select(key =>
        {
            var (count, first) = _counts[key];
            string rows = count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{count} rows");
            return new DataDiagnostic(key.Code, $"{rows} skipped (the first on line {first.ToString(CultureInfo.InvariantCulture)}): {Why(key.Code)}", key.File, first);
        }),
    ];

    private static string Why(string code) => code switch
    {
        OneRosterDiagnosticCodes.Deleted => "status tobedeleted, or about a deleted row.",
        OneRosterDiagnosticCodes.OtherRole => "roles other than student and teacher are not part of a team roster.",
        OneRosterDiagnosticCodes.OtherCourse => "a class outside the team's courses, or about one.",
        OneRosterDiagnosticCodes.DuplicateEnrollment => "the student is already enrolled in this class.",
        OneRosterDiagnosticCodes.EmptyClass => "about a class with no student on the roster.",
        _ => code,
    };
}

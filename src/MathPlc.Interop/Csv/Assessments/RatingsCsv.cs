using System.Globalization;
using MathPlc.Assessments;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Rating files for rater calibration, as <c>mathplc agreement --in</c> reads them: columns <c>subject_id</c>,
/// <c>rater_id</c>, <c>score</c> (a missing rating is an absent row or an empty score).
/// </summary>
/// <remarks>
/// The file follows the common rules of <see cref="EvidenceCsv"/> (RFC 4180, UTF-8, header matched by name). Problems
/// beyond the common ones: <c>empty-id</c>, <c>not-a-number</c>, <c>duplicate-rating</c> (a rater scores a subject a
/// second time; reported on the later row), and when a scale is given <c>unknown-category</c> (a score that is not
/// one of its categories).
/// </remarks>
public static class RatingsCsv
{
    private const int Subject = 0, Rater = 1, Score = 2;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("subject_id", Required: true), new CsvColumn("rater_id", Required: true), new CsvColumn("score", Required: true));

    /// <summary>Reads a rating file; never throws for bad data (see <see cref="ReadResult{T}.GetValueOrThrow"/>).</summary>
    /// <param name="stream">The file's bytes (left open).</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <param name="scale">The declared categories every score must be one of; any finite score when null or not declared.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<Rating> Read(Stream stream, string fileName, RatingScale? scale = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new Dictionary<(string, string), int>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryText(Subject, out string subject);
            ok &= row.TryText(Rater, out string rater);
            ok &= row.TryOptionalNumber(Score, out double? score);
            if (ok && score is { } x && scale is { IsDeclared: true } && scale.Categories.IndexOf(x) < 0)
            {
                row.Report(Score, AssessmentCsvCodes.UnknownCategory,
                    $"The score is not a category of the declared scale ({string.Join(", ", scale.Categories.Select(c => c.ToString("R", CultureInfo.InvariantCulture)))}).");
                ok = false;
            }
            if (ok && !seen.TryAdd((subject, rater), row.Line))
            {
                row.Report(Rater, AssessmentCsvCodes.DuplicateRating,
                    string.Create(CultureInfo.InvariantCulture, $"Rater {rater} already rated subject {subject} on line {seen[(subject, rater)]}."));
                ok = false;
            }
            return ok ? new Rating(subject, rater, score) : null;
        });
    }

    /// <summary>Reads a rating file from disk; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CsvReadResult<Rating> ReadFile(string path, RatingScale? scale = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path, scale);
    }
}

using System.Globalization;
using MathPlc.Core;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Interop.Csv;

/// <summary>One row of an observation file: one observer's rating of one dimension of one lesson.</summary>
/// <param name="Lesson">The lesson: the <c>lesson</c> column, or the teacher and the date when the file has no such column.</param>
/// <param name="School">The school.</param>
/// <param name="Teacher">Whose lesson.</param>
/// <param name="Observer">Who rated it; the teacher's own id marks a self-rating.</param>
/// <param name="Date">The date of the visit.</param>
/// <param name="Dimension">The instrument's dimension, as the instrument spells it.</param>
/// <param name="Rating">The level, inside the instrument's levels; null when the dimension was not rated (an empty field).</param>
public sealed record ObservationRow(string Lesson, SchoolId School, TeacherId Teacher, string Observer, LocalDate Date, string Dimension, int? Rating);

/// <summary>
/// Observation files, as <c>mathplc observations --in</c> reads them: columns <c>school</c>, <c>teacher</c>,
/// <c>observer</c>, <c>date</c> (<c>yyyy-MM-dd</c>), <c>dimension</c>, <c>rating</c>, optional <c>lesson</c>; one row per
/// observer, lesson and dimension. A row whose observer is the lesson's teacher is the teacher's self-rating.
/// </summary>
/// <remarks>
/// <para>
/// The file follows the common CSV rules of <see cref="EvidenceCsv"/> (RFC 4180, UTF-8, header matched by name ignoring
/// case, unknown columns ignored). A dimension is matched to the instrument's ignoring case, spaces, hyphens and
/// underscores (<c>pose-purposeful-questions</c> is <c>PosePurposefulQuestions</c>). Without a <c>lesson</c> column a
/// lesson is one teacher's lesson on one date, so a self-rating pairs with the external ratings of the same date.
/// </para>
/// <para>
/// Problems beyond the common ones, each on its row with the column and value: <c>empty-id</c>, <c>bad-date</c>,
/// <c>unknown-dimension</c> (not a dimension of the instrument), <c>bad-rating</c> (not a whole number), <c>off-scale</c>
/// (outside the instrument's levels), <c>duplicate-rating</c> (the observer already rated this dimension of this lesson;
/// the earlier line is named), <c>inconsistent-lesson</c> (a lesson named for another teacher or school than on its first
/// row), <c>inconsistent-date</c> (one observer's ratings of one lesson on two dates). Every bad row is reported, none dropped.
/// </para>
/// </remarks>
public static class ObservationsCsv
{
    private const int School = 0, Teacher = 1, Observer = 2, Date = 3, Dimension = 4, Rating = 5, Lesson = 6;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("school", Required: true), new CsvColumn("teacher", Required: true), new CsvColumn("observer", Required: true),
        new CsvColumn("date", Required: true), new CsvColumn("dimension", Required: true), new CsvColumn("rating", Required: true),
        new CsvColumn("lesson", Required: false));

    /// <summary>Reads an observation file against <paramref name="instrument"/>; never throws for bad data (see <see cref="ReadResult{T}.GetValueOrThrow"/>).</summary>
    /// <param name="stream">The file's bytes (left open).</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <param name="instrument">The instrument whose dimensions and levels the ratings use.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ObservationRow> Read(Stream stream, string fileName, ObservationInstrument instrument)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(instrument);
        var dimensions = instrument.Dimensions.ToDictionary(Key, d => d, StringComparer.Ordinal);
        var ratedOn = new Dictionary<(string Lesson, string Observer, string Dimension), int>();
        var lessons = new Dictionary<string, (TeacherId Teacher, SchoolId School, int Line)>(StringComparer.Ordinal);
        var visits = new Dictionary<(string Lesson, string Observer), (LocalDate Date, int Line)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(School, out SchoolId school);
            ok &= row.TryId(Teacher, out TeacherId teacher);
            ok &= row.TryText(Observer, out string observer);
            ok &= row.TryDate(Date, out LocalDate date);
            ok &= row.TryText(Dimension, out string written);
            string? dimension = null;
            if (written.Length > 0 && !dimensions.TryGetValue(Key(written), out dimension))
            {
                row.Report(Dimension, ObservationCsvCodes.UnknownDimension,
                    $"This is not a dimension of {instrument.Name}; use one of {string.Join(", ", instrument.Dimensions.Select(KebabName))}.");
                ok = false;
            }
            ok &= TryRating(row, instrument, out int? rating);
            if (!ok) return null;
            string lesson = row.OptionalText(Lesson)?.Trim() ?? string.Create(CultureInfo.InvariantCulture, $"{teacher.Value} {date:yyyy-MM-dd}");
            return Consistent(row, lessons, visits, ratedOn, lesson, teacher, school, observer, date, dimension!)
                ? new ObservationRow(lesson, school, teacher, observer, date, dimension!, rating) : null;
        });
    }

    /// <summary>Reads an observation file from disk; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<ObservationRow> ReadFile(string path, ObservationInstrument instrument)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, instrument);
    }

    /// <summary>
    /// The rows as visits: one <see cref="ClassroomVisit"/> per lesson and observer with the dimensions it rated, in order of
    /// first appearance. A visit whose every rating is empty keeps no scores.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds null.</exception>
    public static ImmutableArray<ClassroomVisit> Visits(IEnumerable<ObservationRow> rows)
    {
        var all = Guard.Against.NullOrNullElements(rows, nameof(rows));
        return [.. all.GroupBy(r => (r.Lesson, r.Observer)).Select(g =>
        {
            var first = g.First();
            return new ClassroomVisit(first.Lesson, first.Teacher, first.School, first.Date, first.Observer,
                g.Where(r => r.Rating is not null).ToDictionary(r => r.Dimension, r => r.Rating!.Value, StringComparer.Ordinal));
        })];
    }

    /// <summary>A dimension's name in kebab case, as files and reports write it (<c>pose-purposeful-questions</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public static string KebabName(string dimension)
    {
        Guard.Against.Null(dimension);
        var text = new System.Text.StringBuilder(dimension.Length + 8);
        for (int i = 0; i < dimension.Length; i++)
        {
            char c = dimension[i];
            if (char.IsUpper(c) && i > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    private static string Key(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool TryRating(CsvRowFields row, ObservationInstrument instrument, out int? rating)
    {
        rating = null;
        var span = row.Span(Rating);
        if (span.IsEmpty) return true; // the dimension was not rated
        if (!int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int level))
        {
            row.Report(Rating, ObservationCsvCodes.BadRating,
                string.Create(CultureInfo.InvariantCulture, $"A rating is a whole level from {instrument.LowestLevel} to {instrument.HighestLevel}, or empty when the dimension was not rated."));
            return false;
        }
        if (level < instrument.LowestLevel || level > instrument.HighestLevel)
        {
            row.Report(Rating, CsvDiagnosticCodes.OffScale,
                string.Create(CultureInfo.InvariantCulture, $"{instrument.Name} runs from {instrument.LowestLevel} to {instrument.HighestLevel}."));
            return false;
        }
        rating = level;
        return true;
    }

    private static bool Consistent(CsvRowFields row, Dictionary<string, (TeacherId Teacher, SchoolId School, int Line)> lessons,
        Dictionary<(string, string), (LocalDate Date, int Line)> visits, Dictionary<(string, string, string), int> ratedOn,
        string lesson, TeacherId teacher, SchoolId school, string observer, LocalDate date, string dimension)
    {
        if (lessons.TryGetValue(lesson, out var known) && (known.Teacher != teacher || known.School != school))
        {
            row.Report(known.Teacher != teacher ? Teacher : School, ObservationCsvCodes.InconsistentLesson,
                string.Create(CultureInfo.InvariantCulture, $"The lesson {DiagnosticText.Quote(lesson)} is {DiagnosticText.Quote(known.Teacher.Value)}'s at {DiagnosticText.Quote(known.School.Value)} on line {known.Line}; one lesson has one teacher and one school."));
            return false;
        }
        lessons.TryAdd(lesson, (teacher, school, row.Line));
        if (visits.TryGetValue((lesson, observer), out var visit) && visit.Date != date)
        {
            row.Report(Date, ObservationCsvCodes.InconsistentDate,
                string.Create(CultureInfo.InvariantCulture, $"This observer dated the lesson {visit.Date:yyyy-MM-dd} on line {visit.Line}; one visit has one date."));
            return false;
        }
        visits.TryAdd((lesson, observer), (date, row.Line));
        if (!ratedOn.TryAdd((lesson, observer, dimension), row.Line))
        {
            row.Report(Dimension, ObservationCsvCodes.DuplicateRating,
                string.Create(CultureInfo.InvariantCulture, $"This observer already rated this dimension of this lesson on line {ratedOn[(lesson, observer, dimension)]}; keep one rating."));
            return false;
        }
        return true;
    }
}

/// <summary>The stable codes of the problems <see cref="ObservationsCsv"/> reports, beyond <see cref="CsvDiagnosticCodes"/>.</summary>
internal static class ObservationCsvCodes
{
    public const string UnknownDimension = "unknown-dimension";
    public const string BadRating = "bad-rating";
    public const string DuplicateRating = "duplicate-rating";
    public const string InconsistentLesson = "inconsistent-lesson";
    public const string InconsistentDate = "inconsistent-date";
}

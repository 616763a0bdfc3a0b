namespace MathPlc.Teams;

/// <summary>
/// One observer's scores of one lesson on an instrument's dimensions. Several visits with the same
/// <see cref="Lesson"/> are co-observations of that lesson (a calibration session).
/// </summary>
/// <remarks>Equality compares the scores by content.</remarks>
public sealed record ClassroomVisit
{
    /// <summary>Records a visit.</summary>
    /// <exception cref="ArgumentException">The lesson or observer is blank, or the ids are default values.</exception>
    public ClassroomVisit(string lesson, TeacherId teacher, SchoolId school, LocalDate date, string observer, IReadOnlyDictionary<string, int> scores)
    {
        Guard.Against.NullOrWhiteSpace(lesson);
        Guard.Against.NullOrWhiteSpace(observer);
        Guard.Against.Unmet(teacher.Value is not null, nameof(teacher), "The teacher must be named.");
        Guard.Against.Unmet(school.Value is not null, nameof(school), "The school must be named.");
        Guard.Against.NotIsoCalendar(date, nameof(date));
        Guard.Against.Null(scores);
        Lesson = lesson.Trim();
        Teacher = teacher;
        School = school;
        Date = date;
        Observer = observer.Trim();
        Scores = scores.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lesson observed (the same for co-observers).</summary>
    public string Lesson { get; }

    /// <summary>Whose lesson.</summary>
    public TeacherId Teacher { get; }

    /// <summary>Where.</summary>
    public SchoolId School { get; }

    /// <summary>When.</summary>
    public LocalDate Date { get; }

    /// <summary>Who observed.</summary>
    public string Observer { get; }

    /// <summary>The level scored per dimension (a dimension may be left unscored).</summary>
    public ImmutableSortedDictionary<string, int> Scores { get; }
}

using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>A school's results over three consecutive years and the standard error of each result (measurement error of a school's mean).</summary>
public sealed record SchoolYears
{
    /// <summary>Creates the record.</summary>
    /// <exception cref="ArgumentException">The school is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A result is not finite, or the standard error is negative or not finite.</exception>
    public SchoolYears(SchoolId school, double twoYearsAgo, double lastYear, double thisYear, double standardError)
    {
        Guard.Against.Unmet(school.Value is not null, nameof(school), "The school id must not be the default (empty) value.");
        Guard.Against.NotFinite(twoYearsAgo, nameof(twoYearsAgo));
        Guard.Against.NotFinite(lastYear, nameof(lastYear));
        Guard.Against.NotFinite(thisYear, nameof(thisYear));
        Guard.Against.NegativeOrNotFinite(standardError, nameof(standardError));
        School = school;
        TwoYearsAgo = twoYearsAgo;
        LastYear = lastYear;
        ThisYear = thisYear;
        StandardError = standardError;
    }

    /// <summary>The school.</summary>
    public SchoolId School { get; }

    /// <summary>The result two years ago.</summary>
    public double TwoYearsAgo { get; }

    /// <summary>Last year's result.</summary>
    public double LastYear { get; }

    /// <summary>This year's result.</summary>
    public double ThisYear { get; }

    /// <summary>The standard error of a year's result.</summary>
    public double StandardError { get; }
}

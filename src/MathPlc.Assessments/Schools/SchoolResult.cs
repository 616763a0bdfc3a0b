using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One school's result this year and the predictor it is read against (last year's result, or another predictor).</summary>
/// <remarks>Optionally the number of students tested and meeting standard, for the share meeting standard.</remarks>
public sealed record SchoolResult
{
    /// <summary>Creates a school result.</summary>
    /// <exception cref="ArgumentException">The school is the default value, or the district is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the counts are negative or meeting exceeds tested.</exception>
    public SchoolResult(SchoolId school, double predictor, double actual, string? district = null, int? tested = null, int? meetingStandard = null)
    {
        Guard.Against.Unmet(school.Value is not null, nameof(school), "The school id must not be the default (empty) value.");
        Guard.Against.NotFinite(predictor, nameof(predictor));
        Guard.Against.NotFinite(actual, nameof(actual));
        if (district is not null) Guard.Against.Unmet(!string.IsNullOrWhiteSpace(district), nameof(district), "A district, when given, must not be blank.");
        Guard.Against.Unmet(tested.HasValue == meetingStandard.HasValue, nameof(meetingStandard), "Give both the students tested and the students meeting standard, or neither.");
        if (tested is { } t)
        {
            Guard.Against.AtOrBelow(t, 0, nameof(tested));
            Guard.Against.Below(meetingStandard!.Value, 0, nameof(meetingStandard));
            Guard.Against.Above(meetingStandard.Value, t, nameof(meetingStandard));
        }
        School = school;
        Predictor = predictor;
        Actual = actual;
        District = district?.Trim();
        Tested = tested;
        MeetingStandard = meetingStandard;
    }

    /// <summary>The school.</summary>
    public SchoolId School { get; }

    /// <summary>The predictor (e.g. last year's result).</summary>
    public double Predictor { get; }

    /// <summary>This year's result.</summary>
    public double Actual { get; }

    /// <summary>The district, when known.</summary>
    public string? District { get; }

    /// <summary>Students tested, when known.</summary>
    public int? Tested { get; }

    /// <summary>Students meeting standard, when known.</summary>
    public int? MeetingStandard { get; }
}

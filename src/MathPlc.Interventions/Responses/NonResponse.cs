using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// A documented decision that a student did not respond to Tier 2: the second route into Tier 3 besides universal
/// screening (for example two <c>change-instruction</c> decisions in a row, or dual discrepancy; reference/interventions.md §11).
/// </summary>
public sealed record NonResponse
{
    /// <summary>Creates the record.</summary>
    /// <exception cref="ArgumentException">The student is the default id, the reason is blank, or the date is not an ISO date.</exception>
    public NonResponse(StudentId student, LocalDate decidedOn, string reason)
    {
        Guard.Against.Unmet(student.Value is not null, nameof(student), "A non-response decision names its student.");
        Guard.Against.NotIsoCalendar(decidedOn, nameof(decidedOn));
        Guard.Against.NullOrWhiteSpace(reason);
        Student = student;
        DecidedOn = decidedOn;
        Reason = reason.Trim();
    }

    /// <summary>The student.</summary>
    public StudentId Student { get; }

    /// <summary>When the team decided.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>What the progress-monitoring data showed, in the team's words.</summary>
    public string Reason { get; }
}

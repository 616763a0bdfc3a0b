using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// One student's response on one essential target: a row of <c>plan.csv</c>. Every roster student has exactly one per
/// target, with a reason that is never empty.
/// </summary>
/// <param name="Student">The student.</param>
/// <param name="Section">The student's section.</param>
/// <param name="Teacher">The student's teacher.</param>
/// <param name="Target">The target's id.</param>
/// <param name="TargetCode">The target's code, as teachers read it.</param>
/// <param name="Status">Proficient, not yet, or no score.</param>
/// <param name="Score">The score, or null for no score.</param>
/// <param name="Response">The response.</param>
/// <param name="GroupId">The group, class reteach or extension the student is in, or null (a referral, a target grouped next cycle, no score).</param>
/// <param name="Adult">Who leads it, or null.</param>
/// <param name="StartsOn">The first session (or the cycle's first day), or null.</param>
/// <param name="ReassessOn">When the student is reassessed on the target (for Tier 3, the intervention team's review), or null.</param>
/// <param name="Reason">Why, in teachers' words, with the facts as data.</param>
public sealed record StudentResponse(
    StudentId Student, SectionId Section, TeacherId Teacher, TargetId Target, string TargetCode, TargetStatus Status, double? Score,
    ResponseKind Response, string? GroupId, TeacherId? Adult, LocalDate? StartsOn, LocalDate? ReassessOn, Reason Reason);

/// <summary>A Tier 2 or Tier 3 group: who is in it, what it works on, who leads it in which blocks, and its dated sessions.</summary>
/// <param name="Id">A stable id, e.g. <c>tier2-6.RP.A.1-1</c>.</param>
/// <param name="Kind"><see cref="ResponseKind.Tier2"/> or <see cref="ResponseKind.Tier3"/>.</param>
/// <param name="Target">The target it works on; null for a Tier 3 group placed by screening alone.</param>
/// <param name="TargetCode">The target's code, or null.</param>
/// <param name="Focus">What it works on, in teachers' words (for Tier 3, the foundational skills).</param>
/// <param name="Students">The students, by id.</param>
/// <param name="Adult">Who leads it; null when no adult was free (the group does not fit).</param>
/// <param name="Blocks">The weekly blocks it meets in; empty when it does not fit.</param>
/// <param name="Sessions">The dated sessions, ascending; instructional days only.</param>
/// <param name="ReassessOn">The reassessment (Tier 2) or review (Tier 3) date.</param>
/// <param name="Reason">Why the group exists, and whether it fits.</param>
public sealed record ResponseGroup(
    string Id, ResponseKind Kind, TargetId? Target, string? TargetCode, string Focus, ValueArray<StudentId> Students, TeacherId? Adult,
    ValueArray<InterventionBlock> Blocks, ValueArray<LocalDate> Sessions, LocalDate ReassessOn, Reason Reason)
{
    /// <summary>Whether an adult and a block were found for it.</summary>
    public bool Fits => Adult is not null && !Blocks.IsEmpty;
}

/// <summary>One class's result on one target and whether the class is retaught it whole (Tier 1).</summary>
/// <param name="Target">The target.</param>
/// <param name="TargetCode">Its code.</param>
/// <param name="Section">The class.</param>
/// <param name="Teacher">Its teacher.</param>
/// <param name="Proficient">Students at or above the cut.</param>
/// <param name="NotYet">Students below it.</param>
/// <param name="NoScore">Students without a score.</param>
/// <param name="WholeClass">Whether the class is retaught the target whole.</param>
/// <param name="Reason">Why, with the share and the line.</param>
public sealed record ClassDecision(TargetId Target, string TargetCode, SectionId Section, TeacherId Teacher, int Proficient, int NotYet, int NoScore, bool WholeClass, Reason Reason)
{
    /// <summary>The share of scored students not yet proficient, or null when none has a score.</summary>
    public double? NotYetShare => Proficient + NotYet == 0 ? null : (double)NotYet / (Proficient + NotYet);
}

/// <summary>The team's response on one target, at a glance.</summary>
/// <param name="Target">The target.</param>
/// <param name="Code">Its code.</param>
/// <param name="Proficient">Students at or above the cut.</param>
/// <param name="NotYet">Students below it.</param>
/// <param name="NoScore">Students without a score.</param>
/// <param name="WholeTeam">Whether every class is retaught it (the team's share is at or above the line).</param>
/// <param name="WholeClassSections">The classes retaught it whole, sorted.</param>
/// <param name="Groups">The Tier 2 groups on it that fit, by id.</param>
/// <param name="DoesNotFit">Students who needed a group on it but got the Tier 1 alternative for lack of capacity.</param>
/// <param name="Extension">Students extending on it.</param>
/// <param name="Reason">The response in one sentence, with its numbers.</param>
public sealed record TargetResponse(TargetId Target, string Code, int Proficient, int NotYet, int NoScore, bool WholeTeam,
    ValueArray<SectionId> WholeClassSections, ValueArray<string> Groups, int DoesNotFit, int Extension, Reason Reason)
{
    /// <summary>The share of scored students not yet proficient, or null when none has a score.</summary>
    public double? NotYetShare => Proficient + NotYet == 0 ? null : (double)NotYet / (Proficient + NotYet);
}

/// <summary>How a student came to Tier 3: screening or documented non-response.</summary>
public enum Tier3Source
{
    /// <summary>A universal-screening percentile in the intensive band.</summary>
    Screening,

    /// <summary>Documented non-response to Tier 2.</summary>
    NonResponse,
}

/// <summary>A student in Tier 3, from which source, and why.</summary>
/// <param name="Student">The student.</param>
/// <param name="Source">Screening or non-response (screening first when both).</param>
/// <param name="Percentile">The screening percentile, when screened.</param>
/// <param name="Reason">Why, in teachers' words.</param>
public sealed record Tier3Student(StudentId Student, Tier3Source Source, double? Percentile, Reason Reason);

/// <summary>A student the team refers to the intervention team, and why.</summary>
/// <param name="Student">The student.</param>
/// <param name="NotYetCodes">The codes of the targets not yet met, prerequisites first.</param>
/// <param name="Targets">The unit's essential targets.</param>
/// <param name="Reason">Why.</param>
public sealed record Referral(StudentId Student, ValueArray<string> NotYetCodes, int Targets, Reason Reason);

/// <summary>A student without a score on some target, and why (absent from the assessment, or items left blank).</summary>
/// <param name="Student">The student.</param>
/// <param name="Absent">Whether the student has no score on any target (absent from the assessment).</param>
/// <param name="TargetCodes">The targets without a score, prerequisites first.</param>
/// <param name="Reason">Why, and what to do.</param>
public sealed record NotAssessedStudent(StudentId Student, bool Absent, ValueArray<string> TargetCodes, Reason Reason);

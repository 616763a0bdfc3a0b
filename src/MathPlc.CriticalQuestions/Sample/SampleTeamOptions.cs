namespace MathPlc.CriticalQuestions;

/// <summary>
/// The size of a generated sample team and the effects built into its data: how many students, sections and
/// teachers, how much teachers differ, the gaps of the student groups, and how often students miss the assessment.
/// </summary>
/// <remarks>
/// Effects are in standard deviations of student ability (logits of the item-response model). Defaults: 130 students
/// in 5 sections taught by 4 teachers (one teaches two sections); teacher effect SD 0.25 overall and 0.35 per target;
/// English learners −0.5 and students with an IEP −0.7 (group gaps of the size state assessments report, chosen for
/// illustration, not taken from a study); 2 % absent from the assessment and 1 % of items left blank. A district is
/// simulated with more of everything, e.g. 50 000 students in 2 000 sections with 400 teachers.
/// </remarks>
public sealed record SampleTeamOptions
{
    /// <summary>Creates the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Fewer students than sections, fewer sections than teachers, no teacher; an SD or a rate negative, not finite,
    /// or a rate above 1; a gap not finite.
    /// </exception>
    public SampleTeamOptions(int students = 130, int sections = 5, int teachers = 4, double teacherEffect = 0.25, double teacherTargetEffect = 0.35,
        double englishLearnerGap = -0.5, double iepGap = -0.7, double absentRate = 0.02, double omitRate = 0.01)
    {
        Guard.Against.Below(teachers, 1);
        Guard.Against.Below(sections, teachers);
        Guard.Against.Below(students, sections);
        Guard.Against.NegativeOrNotFinite(teacherEffect, nameof(teacherEffect));
        Guard.Against.NegativeOrNotFinite(teacherTargetEffect, nameof(teacherTargetEffect));
        Guard.Against.NotFinite(englishLearnerGap, nameof(englishLearnerGap));
        Guard.Against.NotFinite(iepGap, nameof(iepGap));
        Guard.Against.OutsideRange(absentRate, 0, 1, nameof(absentRate));
        Guard.Against.OutsideRange(omitRate, 0, 1, nameof(omitRate));
        (Students, Sections, Teachers, TeacherEffect, TeacherTargetEffect, EnglishLearnerGap, IepGap, AbsentRate, OmitRate) =
            (students, sections, teachers, teacherEffect, teacherTargetEffect, englishLearnerGap, iepGap, absentRate, omitRate);
    }

    /// <summary>The default grade-level team.</summary>
    public static SampleTeamOptions Default { get; } = new();

    /// <summary>Students (default 130).</summary>
    public int Students { get; }

    /// <summary>Sections (default 5); students are dealt to sections in turn.</summary>
    public int Sections { get; }

    /// <summary>Teachers (default 4); sections are dealt to teachers in turn.</summary>
    public int Teachers { get; }

    /// <summary>SD of a teacher's effect on all targets (default 0.25).</summary>
    public double TeacherEffect { get; }

    /// <summary>SD of a teacher's effect on one target (default 0.35).</summary>
    public double TeacherTargetEffect { get; }

    /// <summary>Ability gap of English learners (default −0.5).</summary>
    public double EnglishLearnerGap { get; }

    /// <summary>Ability gap of students with an IEP (default −0.7).</summary>
    public double IepGap { get; }

    /// <summary>Share of students absent from the assessment (default 0.02).</summary>
    public double AbsentRate { get; }

    /// <summary>Share of items a present student leaves blank (default 0.01).</summary>
    public double OmitRate { get; }
}

using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// A seeded generator of realistic data for the unit cycle: a grade 6 team (teachers, sections, students with group
/// attributes), the unit <see cref="Ccss6RatiosUnit"/>, a sixteen-item common assessment with a mix of formats, depths
/// of knowledge, demand and points, item responses drawn from an item-response model with teacher effects and group
/// gaps, and the 2026–27 school calendar. The same seed gives the same data on every machine.
/// </summary>
/// <remarks>
/// <para>
/// The model (decision 0061). Student ability θ = z + u_teacher + gaps, z ~ N(0, 1), u_teacher ~ N(0, σ_T²), gaps for
/// English learners (12 % of students) and students with an IEP (11 %); gender f/m is recorded without effect. On
/// target k, θ_k = θ + δ_k + v_teacher,k + e_k with the target's offset δ_k (percent, 6.RP.A.3c, is hardest),
/// v ~ N(0, σ_TK²) and e ~ N(0, 0.4²). An item worth m points on target k is answered by the generalized partial
/// credit model (Muraki 1992): P(X = x) ∝ exp(Σ_{j ≤ x} a(θ_k − b − d_j)) with step offsets d_j evenly spread around 0,
/// which is the two-parameter logistic model (Birnbaum 1968) for one-point items; an item on two targets uses the mean
/// of their abilities. Item 5 has a negative slope (a mis-keyed item) so the item analysis has something to find.
/// </para>
/// <para>
/// Random numbers come from <see cref="SampleRandom"/> (xoshiro256** and Box–Muller written out), drawn in a fixed
/// order: teachers, then students in order. The only floating-point functions are exp, log, cos and sqrt; a platform
/// whose libm differs in the last bit could flip a draw that lands within 10⁻¹⁶ of a probability, which has never
/// been observed.
/// </para>
/// </remarks>
public static class SampleTeam
{
    /// <summary>The seed of the built-in sample team (<c>mathplc cycle</c> with no input).</summary>
    public const ulong DefaultSeed = 2026;

    private static readonly string[] TeacherNames = ["ms-garcia", "mr-chen", "ms-okafor", "mr-novak", "ms-haddad", "mr-silva", "ms-kowalski", "mr-tanaka"];

    // After the unit's teaching, mean ability on each target sits this far above the items' locations; percent
    // (6.RP.A.3c) least, so about half the team misses it.
    private static readonly double[] TargetOffsets = [2.3, 2.5, 2.6, 2.7, 1.2];

    // Declared before Blueprint: static initializers run in text order.
    private static readonly ItemDesign[] Design =
    [
        new(1, 1, [0], DokLevel.Recall, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 1, 1.2, -1.0),
        new(2, 1, [0], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.0, -0.5),
        new(3, 2, [0], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 4, 1.1, 0.0),
        new(4, 1, [1], DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.0, -0.3),
        new(5, 1, [1], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, -0.6, 0.2),
        new(6, 2, [1], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 4, 1.0, 0.4),
        new(7, 1, [2], DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.2, -0.8),
        new(8, 2, [2], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 4, 1.0, 0.0),
        new(9, 3, [2], DokLevel.StrategicThinking, CognitiveDemand.DoingMathematics, ItemFormat.ConstructedResponse, 5, 0.9, 0.5),
        new(10, 1, [3], DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.1, -0.2),
        new(11, 1, [3], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.0, 0.3),
        new(12, 2, [3], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 4, 1.0, 0.6),
        new(13, 1, [4], DokLevel.Recall, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 1, 1.1, 0.3),
        new(14, 1, [4], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.SelectedResponse, 1, 1.0, 0.6),
        new(15, 2, [4], DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 4, 1.0, 0.9, rubric: false),
        new(16, 4, [3, 4], DokLevel.StrategicThinking, CognitiveDemand.DoingMathematics, ItemFormat.PerformanceTask, 8, 0.8, 1.0),
    ];

    /// <summary>The 2026–27 school calendar: 17 August 2026 to 4 June 2027, Monday to Friday, with the usual US holidays and breaks and four quarters.</summary>
    public static SchoolCalendar Calendar { get; } = new(new LocalDate(2026, 8, 17), new LocalDate(2027, 6, 4), null,
        [
            NonInstructionalPeriod.OnDate("Labor Day", new LocalDate(2026, 9, 7), NonInstructionalKind.Holiday),
            new NonInstructionalPeriod("Thanksgiving break", new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 27), NonInstructionalKind.Break),
            new NonInstructionalPeriod("Winter break", new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 1), NonInstructionalKind.Break),
            NonInstructionalPeriod.OnDate("Martin Luther King Jr. Day", new LocalDate(2027, 1, 18), NonInstructionalKind.Holiday),
            NonInstructionalPeriod.OnDate("Presidents' Day", new LocalDate(2027, 2, 15), NonInstructionalKind.Holiday),
            new NonInstructionalPeriod("Spring break", new LocalDate(2027, 3, 22), new LocalDate(2027, 3, 26), NonInstructionalKind.Break),
            NonInstructionalPeriod.OnDate("Memorial Day", new LocalDate(2027, 5, 31), NonInstructionalKind.Holiday),
        ],
        [
            new GradingPeriod("Quarter 1", new LocalDate(2026, 8, 17), new LocalDate(2026, 10, 16)),
            new GradingPeriod("Quarter 2", new LocalDate(2026, 10, 19), new LocalDate(2026, 12, 18)),
            new GradingPeriod("Quarter 3", new LocalDate(2027, 1, 4), new LocalDate(2027, 3, 19)),
            new GradingPeriod("Quarter 4", new LocalDate(2027, 3, 29), new LocalDate(2027, 6, 4)),
        ]);

    /// <summary>The day of the common assessment, Thursday 8 October 2026.</summary>
    public static LocalDate AssessedOn { get; } = new(2026, 10, 8);

    /// <summary>The first day of the next intervention cycle, Monday 19 October 2026.</summary>
    public static LocalDate NextCycleStart { get; } = new(2026, 10, 19);

    /// <summary>
    /// The common assessment: sixteen items on the five targets — selected response (1 point), constructed response
    /// (2–3 points) and one performance task (4 points, on unit rates and percent) — 26 points in 42 minutes.
    /// Item 15 has no scoring rubric yet, which the blueprint evaluation reports.
    /// </summary>
    public static AssessmentBlueprint Blueprint { get; } = new("Unit 2 common assessment", Design.Select(d => d.Item));

    /// <summary>The built-in sample team (seed <see cref="DefaultSeed"/>, <see cref="SampleTeamOptions.Default"/>).</summary>
    public static SampleTeamData Default => Generate(DefaultSeed);

    /// <summary>Generates a sample team.</summary>
    /// <param name="seed">The seed; the same seed and options give the same data on every machine.</param>
    /// <param name="options">The team's size and effects; <see cref="SampleTeamOptions.Default"/> when null.</param>
    public static SampleTeamData Generate(ulong seed, SampleTeamOptions? options = null)
    {
        options ??= SampleTeamOptions.Default;
        var random = new SampleRandom(seed);
        var targets = Ccss6RatiosUnit.Targets;
        int k = targets.Length;

        var teacherIds = new TeacherId[options.Teachers];
        var teacherEffect = new double[options.Teachers];
        var teacherTargetEffect = new double[options.Teachers * k];
        for (int t = 0; t < options.Teachers; t++)
        {
            teacherIds[t] = new TeacherId(t < TeacherNames.Length && options.Teachers <= TeacherNames.Length
                ? TeacherNames[t]
                : "teacher-" + (t + 1).ToString("000", CultureInfo.InvariantCulture));
            teacherEffect[t] = options.TeacherEffect * random.NextGaussian();
            for (int j = 0; j < k; j++) teacherTargetEffect[t * k + j] = options.TeacherTargetEffect * random.NextGaussian();
        }
        string sectionFormat = options.Sections < 100 ? "00" : "0000";

        var roster = new List<RosterStudent>(options.Students);
        var truth = ImmutableArray.CreateBuilder<SampleStudent>(options.Students);
        var scores = new List<ItemScore>(options.Students * Design.Length);
        var byTarget = new double[k];
        for (int s = 0; s < options.Students; s++)
        {
            int section = s % options.Sections, teacher = section % options.Teachers;
            var id = new StudentId("S" + (s + 1).ToString("0000", CultureInfo.InvariantCulture));
            bool ell = random.Chance(0.12), iep = random.Chance(0.11), female = random.Chance(0.5);
            double ability = random.NextGaussian() + teacherEffect[teacher] + (ell ? options.EnglishLearnerGap : 0) + (iep ? options.IepGap : 0);
            for (int j = 0; j < k; j++)
                byTarget[j] = ability + TargetOffsets[j] + teacherTargetEffect[teacher * k + j] + 0.4 * random.NextGaussian();
            bool absent = random.Chance(options.AbsentRate);
            roster.Add(new RosterStudent(id, new SectionId("6-" + (section + 1).ToString(sectionFormat, CultureInfo.InvariantCulture)), teacherIds[teacher],
                [new("ell", ell ? "yes" : "no"), new("gender", female ? "f" : "m"), new("iep", iep ? "yes" : "no")]));
            truth.Add(new SampleStudent(id, ability, [.. byTarget], absent));
            if (absent) continue;
            foreach (var d in Design)
            {
                double theta = d.Targets.Length == 1 ? byTarget[d.Targets[0]] : d.Targets.Average(j => byTarget[j]);
                double points = PartialCredit(random, theta, d.Slope, d.Difficulty, (int)d.Item.Points);
                bool omitted = random.Chance(options.OmitRate);
                scores.Add(new ItemScore(id, d.Item.Id, omitted ? null : points));
            }
        }

        var input = new UnitCycleInput("Grade 6 mathematics team", new Roster(roster), Ccss6RatiosUnit.Plan, Blueprint, scores,
            AssessedOn, Calendar, NextCycleStart);
        return new SampleTeamData(seed, options, input, truth.MoveToImmutable());
    }

    /// <summary>
    /// Draws a score from the generalized partial credit model with slope <paramref name="a"/>, location
    /// <paramref name="b"/> and <paramref name="m"/> steps offset by (j − (m + 1)/2) × 0.6.
    /// </summary>
    private static double PartialCredit(SampleRandom random, double theta, double a, double b, int m)
    {
        Span<double> weights = stackalloc double[m + 1];
        double sum = 0, total = 0;
        weights[0] = 1;
        total = 1;
        for (int x = 1; x <= m; x++)
        {
            double step = (x - (m + 1) / 2.0) * 0.6;
            sum += a * (theta - b - step);
            weights[x] = Math.Exp(sum);
            total += weights[x];
        }
        double u = random.NextDouble() * total;
        for (int x = 0; x < m; x++)
        {
            u -= weights[x];
            if (u < 0) return x;
        }
        return m;
    }

    private sealed record ItemDesign
    {
        public ItemDesign(int number, int points, int[] targets, DokLevel dok, CognitiveDemand demand, ItemFormat format, double minutes,
            double slope, double difficulty, bool rubric = true)
        {
            Targets = targets;
            Slope = slope;
            Difficulty = difficulty;
            Item = new BlueprintItem(new ItemId("Q" + number.ToString("00", CultureInfo.InvariantCulture)), points,
                targets.Select(j => Ccss6RatiosUnit.Targets[j].Id), dok, demand, format, minutes, hasScoringRubric: rubric && format != ItemFormat.SelectedResponse);
        }

        public BlueprintItem Item { get; }

        public int[] Targets { get; }

        public double Slope { get; }

        public double Difficulty { get; }
    }
}

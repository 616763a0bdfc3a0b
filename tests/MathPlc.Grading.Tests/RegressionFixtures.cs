using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Grading.Tests;

/// <summary>Helpers and generators shared by the power-law, linear-trend and best-fit tests.</summary>
internal static class RegressionFixtures
{
    /// <summary>Scores one student's series through the object form, on Marzano's 0–4 scale, one score a week.</summary>
    public static ProficiencyResult Through(CalculationMethod method, params double[] oldestFirst)
    {
        var student = new StudentId("s1");
        var target = new TargetId("8.EE.A.1");
        var start = new LocalDate(2026, 9, 7);
        return Proficiency.Score(student, target,
            oldestFirst.Select((s, i) => new Evidence(student, target, start.PlusWeeks(i), s)),
            new ProficiencyOptions(method, ProficiencyScale.Marzano));
    }

    /// <summary>Half-point scores on the 0–4 scale, zeros included.</summary>
    public static Gen<double> HalfPoint { get; } = Gen.Choose(0, 8).Select(h => h / 2.0);

    /// <summary>Series of 1 to 12 half-point scores on the 0–4 scale.</summary>
    public static Arbitrary<double[]> Series { get; } =
        Gen.Choose(1, 12).SelectMany(n => HalfPoint.ArrayOf(n)).ToArbitrary();

    /// <summary>Series of 1 to 40 arbitrary scores in [0, 100], about one in five exactly zero.</summary>
    public static Arbitrary<double[]> WideSeries { get; } =
        Gen.Choose(1, 40).SelectMany(n => Gen.Frequency(
            (1, Gen.Constant(0.0)),
            (4, Gen.Choose(1, 1_000_000).Select(k => k / 10_000.0))).ArrayOf(n)).ToArbitrary();

    /// <summary>Every zero policy.</summary>
    public static Arbitrary<PowerLawZeroPolicy> Policies { get; } = Gen.Elements(Enum.GetValues<PowerLawZeroPolicy>()).ToArbitrary();
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using NodaTime;

using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>Generators of evidence with the awkward text and numbers real exports hold.</summary>
internal static class EvidenceGenerators
{
    /// <summary>Text that is not blank, as identifiers and sources must be (<see cref="Tests.AwkwardText"/>).</summary>
    public static Gen<string> AwkwardText => Tests.AwkwardText.NotBlank;

    /// <summary>Dates from about 190 BC to AD 4190: four-digit, zero-padded and negative years.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Choose(-800_000, 800_000).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    /// <summary>Finite numbers: rubric scores, any finite double, and the extremes.</summary>
    public static Gen<double> Scores { get; } = Gen.OneOf(
        Gen.Choose(0, 8).Select(half => half / 2.0),
        ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite),
        Gen.Elements(0.1, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 1e-7, 123456789.123456789));

    public static Gen<Evidence> Evidence { get; } =
        from student in AwkwardText
        from target in AwkwardText
        from date in Dates
        from score in Scores
        from sequence in Gen.OneOf(Gen.Choose(0, 20), Gen.Constant(int.MaxValue))
        from kind in Gen.Elements(EvidenceKind.Summative, EvidenceKind.Formative, EvidenceKind.Behaviour)
        from weight in Gen.OneOf(Gen.Constant<double?>(null), Scores.Select(w => (double?)Math.Abs(w)))
        from source in Gen.OneOf(Gen.Constant<string?>(null), AwkwardText.Select(s => (string?)s))
        select new Evidence(new StudentId(student), new TargetId(target), date, score, sequence, kind, weight, source);

    public static Arbitrary<Evidence[]> EvidenceLists { get; } = Evidence.ArrayOf().ToArbitrary();
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Tests;

/// <summary>FsCheck generators for every public Core type, with awkward text (quotes, backslashes, non-ASCII) and awkward numbers.</summary>
internal static class CoreGenerators
{
    private static readonly char[] TextChars = "aZ09 -._'\"\\/éü–日\t".ToCharArray();

    /// <summary>Text that is not blank: what names, labels, messages and identifiers hold.</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(TextChars).ArrayOf().Select(c => new string(c)).Where(s => !string.IsNullOrWhiteSpace(s));

    public static Gen<T> Id<T>() where T : struct, IIdentifier<T> => Text.Select(T.Create);

    public static Gen<LocalDate> Date { get; } = Gen.Choose(-3650, 36500).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    /// <summary>Any finite double, from half points to extremes (1E+300, 5E-324, -0).</summary>
    public static Gen<double> Number { get; } = Gen.OneOf(
        Gen.Choose(0, 8).Select(h => h / 2.0),
        ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite),
        Gen.Elements(double.MaxValue, double.Epsilon, -0.0, 0.1, 1e300, 2.0 / 3.0));

    public static Gen<double?> OptionalWeight { get; } = Gen.OneOf(
        Gen.Constant<double?>(null), Number.Select(n => (double?)Math.Abs(n)));

    public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t));

    public static Gen<Evidence> Evidence { get; } =
        from student in Id<StudentId>()
        from target in Id<TargetId>()
        from date in Date
        from score in Number
        from sequence in Gen.Choose(0, 5)
        from kind in Gen.Elements(Enum.GetValues<EvidenceKind>())
        from weight in OptionalWeight
        from source in OptionalText
        select new Evidence(student, target, date, score, sequence, kind, weight, source);

    private static readonly Gen<string> Word = Gen.Elements("below", "cut", "no", "evidence", "tier", "2", "q3").ArrayOf().Where(w => w.Length > 0).Select(w => string.Join('-', w));

    public static Gen<Reason> Reason { get; } =
        from code in Word
        from message in Text
        from data in Gen.Zip(Text, Text).ArrayOf()
        select new Reason(code, message, data.DistinctBy(kv => kv.Item1).Select(kv => KeyValuePair.Create(kv.Item1, kv.Item2)));

    public static Gen<ProficiencyLevel> Level { get; } = Gen.Zip(Text, Number).Select(t => new ProficiencyLevel(t.Item1, t.Item2));

    /// <summary>A scale of n steps from a minimum, with cuts at some of the steps (always the first) and one of them proficient.</summary>
    public static Gen<ProficiencyScale> Scale { get; } =
        from name in Text
        from minimum in Gen.Choose(-10, 10)
        from steps in Gen.Choose(1, 8)
        from step in Gen.Elements<double?>(null, 0.5, 1, 0.25)
        from cutSteps in Gen.Elements(Enumerable.Range(1, steps).ToArray()).ArrayOf()
        from proficient in Gen.Choose(0, 100)
        let size = step ?? 1.0
        let cuts = cutSteps.Prepend(0).Distinct().Order().Select(i => minimum + i * size).ToArray()
        let levels = cuts.Select((cut, i) => new ProficiencyLevel($"{name} {i}", cut)).ToArray()
        select new ProficiencyScale(name, minimum, minimum + steps * size, levels, levels[proficient % levels.Length].Label, step);

    public static Gen<GradingPeriod> GradingPeriod { get; } =
        from name in Text from start in Date from days in Gen.Choose(0, 90)
        select new GradingPeriod(name, start, start.PlusDays(days));

    public static Gen<NonInstructionalPeriod> NonInstructionalPeriod { get; } =
        from name in Text from start in Date from days in Gen.Elements(0, 0, 1, 4, 11)
        from kind in Gen.Elements(Enum.GetValues<NonInstructionalKind>())
        select new NonInstructionalPeriod(name, start, start.PlusDays(days), kind);

    /// <summary>A school year with some weekdays, closures inside it (possibly overlapping) and grading periods that tile part of it.</summary>
    public static Gen<SchoolCalendar> Calendar { get; } =
        from first in Date
        from length in Gen.Choose(0, 400)
        from weekdays in Gen.Elements(Enumerable.Range(1, 7).ToArray()).ArrayOf().Where(d => d.Length > 0)
        from closures in Closure.ArrayOf()
        from cuts in Gen.Choose(0, 400).ArrayOf()
        from names in Text.ArrayOf(cuts.Length + 1)
        let last = first.PlusDays(length)
        select new SchoolCalendar(first, last,
            weekdays.Distinct().Select(d => (IsoDayOfWeek)d),
            closures.Select(c => new Core.NonInstructionalPeriod(c.Name, Clamp(first, c.Offset, length), Clamp(first, c.Offset + c.Days, length), c.Kind)),
            Tiles(first, length, cuts, names));

    private static Gen<(string Name, int Offset, int Days, NonInstructionalKind Kind)> Closure =>
        from name in Text from offset in Gen.Choose(0, 400) from days in Gen.Choose(0, 14)
        from kind in Gen.Elements(Enum.GetValues<NonInstructionalKind>())
        select (name, offset, days, kind);

    private static LocalDate Clamp(LocalDate first, int offset, int length) => first.PlusDays(Math.Min(offset, length));

    // Consecutive grading periods between distinct cut days of the year.
    private static IEnumerable<GradingPeriod> Tiles(LocalDate first, int length, int[] cuts, string[] names)
    {
        var points = cuts.Select(c => c % (length + 1)).Distinct().Order().ToArray();
        for (int i = 0; i + 1 < points.Length; i++)
            yield return new Core.GradingPeriod(names[i], first.PlusDays(points[i]), first.PlusDays(points[i + 1] - 1));
    }
}

using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using MathPlc.Tests.Csv;
using NodaTime;

namespace MathPlc.Interop.Tests.OneRoster;

/// <summary>Generators of team rosters with gradebooks, with the awkward text real exports hold in ids, titles and attributes.</summary>
internal static class OneRosterGenerators
{
    /// <summary>Attribute names: standard demographics columns in their spelling, district columns, and awkward ones.</summary>
    private static readonly string[] AttributeNames = ["sex", "hispanicOrLatinoEthnicity", "asian", "ell", "iep", "Group, \"A\"", "数学 plan"];

    private static Gen<string> Id(string prefix, int index) =>
        EvidenceGenerators.AwkwardText.Select(text => $"{prefix}{index}{text}");

    private static Gen<LocalDate?> OptionalDate { get; } =
        Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Choose(-3000, 3000).Select(d => (LocalDate?)new LocalDate(2026, 9, 1).PlusDays(d)));

    private static Gen<double?> OptionalScore { get; } =
        Gen.OneOf(Gen.Constant<double?>(null), EvidenceGenerators.Scores.Select(s => (double?)s));

    private static Gen<KeyValuePair<string, string>> Attribute(string name) =>
        DemographicsColumns.IsFlag(name)
            ? Gen.Elements("true", "false").Select(v => new KeyValuePair<string, string>(name, v))
            : EvidenceGenerators.AwkwardText.Select(v => new KeyValuePair<string, string>(name, v));

    private static Gen<RosterStudent> Student(int index, ImmutableArray<(SectionId Section, TeacherId Teacher)> sections) =>
        from id in Id("s", index)
        from section in Gen.Elements(sections.AsEnumerable())
        from names in Gen.SubListOf(AttributeNames)
        from attributes in Gen.CollectToList(names.Select(Attribute))
        select new RosterStudent(new StudentId(id), section.Section, section.Teacher, attributes);

    private static Gen<OneRosterLearningObjective> Objective { get; } =
        from source in Gen.Elements("case", "unknown", "x-district")
        from target in EvidenceGenerators.AwkwardText
        select new OneRosterLearningObjective(source, new TargetId(target));

    private static Gen<OneRosterLineItem> LineItem(int index, Roster roster) =>
        from id in Id("li", index)
        from title in Gen.OneOf(Gen.Constant(""), EvidenceGenerators.AwkwardText)
        from section in Gen.Elements(roster.Sections.AsEnumerable())
        from assign in OptionalDate
        from due in OptionalDate
        from min in OptionalScore
        from max in OptionalScore
        from objectives in Gen.ListOf(Objective)
        select new OneRosterLineItem(id, title, section, assign, due,
            min is { } a && max is { } b ? Math.Min(a, b) : min, min is { } c && max is { } d ? Math.Max(c, d) : max, objectives);

    private static Gen<OneRosterResult> Result(int index, Roster roster, ImmutableArray<OneRosterLineItem> items) =>
        from id in Id("r", index)
        from item in Gen.Elements(items.AsEnumerable())
        from student in Gen.Elements(roster.Students.AsEnumerable())
        from status in Gen.Elements(Enum.GetValues<OneRosterScoreStatus>())
        from score in OptionalScore
        from date in OptionalDate
        from objectives in Gen.ListOf(from o in Objective from s in OptionalScore from t in Gen.OneOf(Gen.Constant<string?>(null), EvidenceGenerators.AwkwardText.Select(x => (string?)x))
                                      select new OneRosterObjectiveScore(o, s, t))
        from flags in Gen.Choose(0, 15)
        select new OneRosterResult(id, item.SourcedId, student.Student, status,
            score is { } v ? Math.Clamp(v, item.ResultValueMin ?? double.MinValue, item.ResultValueMax ?? double.MaxValue) : null, date, objectives,
            (OneRosterResultFlags)flags);

    public static Gen<OneRosterData> Data { get; } =
        from sectionCount in Gen.Choose(1, 4)
        from teacherCount in Gen.Choose(1, sectionCount)
        from sectionIds in Gen.CollectToList(Enumerable.Range(0, sectionCount).Select(i => Id("c", i)))
        from teacherIds in Gen.CollectToList(Enumerable.Range(0, teacherCount).Select(i => Id("t", i)))
        from teacherOf in Gen.Choose(0, teacherCount - 1).ArrayOf(sectionCount)
        let sections = sectionIds.Select((s, i) => (new SectionId(s), new TeacherId(teacherIds[teacherOf[i]]))).ToImmutableArray()
        from studentCount in Gen.Choose(1, 12)
        from students in Gen.CollectToList(Enumerable.Range(0, studentCount).Select(i => Student(i, sections)))
        let roster = new Roster(students)
        from itemCount in Gen.Choose(0, 4)
        from items in Gen.CollectToList(Enumerable.Range(0, itemCount).Select(i => LineItem(i, roster)))
        from resultCount in Gen.Choose(0, items.Count == 0 ? 0 : 12)
        from results in Gen.CollectToList(Enumerable.Range(0, resultCount).Select(i => Result(i, roster, [.. items])))
        select new OneRosterData(roster, items, results);
}

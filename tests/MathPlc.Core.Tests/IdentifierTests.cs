using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests;

/// <summary>The identifier rules, checked once for every identifier type through <see cref="IIdentifier{TSelf}"/>.</summary>
public class IdentifierTests
{
    public static TheoryData<string> Kinds => ["student", "target", "teacher", "section", "team", "school", "item"];

    [Theory, MemberData(nameof(Kinds))]
    public void Surrounding_white_space_is_trimmed(string kind) => Assert.Equal("6.RP.A.3", Text(kind, "  6.RP.A.3\t"));

    [Theory, MemberData(nameof(Kinds))]
    public void An_empty_or_blank_identifier_is_refused(string kind)
    {
        foreach (var blank in new[] { "", " ", "\t\n" })
            Assert.Throws<ArgumentException>("value", () => Text(kind, blank));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_null_identifier_is_refused(string kind) => Assert.Throws<ArgumentNullException>("value", () => Text(kind, null!));

    [Theory, MemberData(nameof(Kinds))]
    public void Comparison_is_ordinal_and_case_sensitive(string kind)
    {
        Assert.True(Compare(kind, "B", "a") < 0);      // 'B' (66) sorts before 'a' (97)
        Assert.NotEqual(0, Compare(kind, "s-01", "S-01"));
        Assert.Equal(0, Compare(kind, " S-01", "S-01 "));
    }

    [Fact]
    public void Equality_is_by_trimmed_text_and_ordinal()
    {
        Assert.Equal(new StudentId("S-01"), new StudentId(" S-01 "));
        Assert.NotEqual(new StudentId("S-01"), new StudentId("s-01"));
        Assert.Equal("S-01", new StudentId("S-01").ToString());
    }

    [Fact]
    public void The_default_value_prints_as_empty() => Assert.Equal("", default(TargetId).ToString());

    [Fact]
    public void Comparison_agrees_with_ordinal_string_comparison() =>
        Prop.ForAll(Gen.Elements("a", "B", "é", "Z9", "z", "6.RP.A.3", "6.RP.A.10", "ß").Two().ToArbitrary(), pair =>
            Math.Sign(new TargetId(pair.Item1).CompareTo(new TargetId(pair.Item2))) == Math.Sign(string.CompareOrdinal(pair.Item1, pair.Item2))).Check();

    [Fact]
    public void Any_non_blank_text_survives_as_its_trimmed_self() =>
        Prop.ForAll<string>(text =>
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            Assert.Equal(text.Trim(), ItemId.Create(text).Value);
        }).Check();

    private static string Text(string kind, string value) => kind switch
    {
        "student" => Make<StudentId>(value).Value,
        "target" => Make<TargetId>(value).Value,
        "teacher" => Make<TeacherId>(value).Value,
        "section" => Make<SectionId>(value).Value,
        "team" => Make<TeamId>(value).Value,
        "school" => Make<SchoolId>(value).Value,
        "item" => Make<ItemId>(value).Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static int Compare(string kind, string a, string b) => kind switch
    {
        "student" => Make<StudentId>(a).CompareTo(Make<StudentId>(b)),
        "target" => Make<TargetId>(a).CompareTo(Make<TargetId>(b)),
        "teacher" => Make<TeacherId>(a).CompareTo(Make<TeacherId>(b)),
        "section" => Make<SectionId>(a).CompareTo(Make<SectionId>(b)),
        "team" => Make<TeamId>(a).CompareTo(Make<TeamId>(b)),
        "school" => Make<SchoolId>(a).CompareTo(Make<SchoolId>(b)),
        "item" => Make<ItemId>(a).CompareTo(Make<ItemId>(b)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static T Make<T>(string value) where T : struct, IIdentifier<T> => T.Create(value);
}

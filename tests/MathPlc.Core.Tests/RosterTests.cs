using MathPlc.Core;

namespace MathPlc.Core.Tests;

public sealed class RosterTests
{
    private static RosterStudent Student(string id, string section, string teacher, params (string Name, string Value)[] attributes) =>
        new(new StudentId(id), new SectionId(section), new TeacherId(teacher), attributes.Select(a => KeyValuePair.Create(a.Name, a.Value)));

    [Fact]
    public void A_roster_knows_its_sections_teachers_and_attribute_names()
    {
        var roster = new Roster([
            Student("s2", "P2", "ortiz", ("ell", "yes")),
            Student("s1", "P1", "baker", ("iep", "no"), ("ELL", "no")),
            Student("s3", "P2", "ortiz"),
        ]);
        Assert.Equal(3, roster.Count);
        Assert.Equal(["P1", "P2"], roster.Sections.Select(s => s.Value).ToArray());
        Assert.Equal(["baker", "ortiz"], roster.Teachers.Select(t => t.Value).ToArray());
        Assert.Equal(["ell", "iep"], roster.AttributeNames().Select(n => n.ToLowerInvariant()).Order().ToArray());
        Assert.Equal("no", roster.Find(new StudentId("s1"))!.AttributeOrNull("ell"));
        Assert.Null(roster.Find(new StudentId("s3"))!.AttributeOrNull("ell"));
        Assert.Null(roster.Find(new StudentId("nobody")));
        Assert.True(roster.Contains(new StudentId("s2")));
    }

    [Fact]
    public void Rosters_and_students_with_the_same_content_are_equal()
    {
        Assert.Equal(Student("s1", "P1", "baker", ("b", "2"), ("a", "1")), Student("s1", "P1", "baker", ("a", "1"), ("b", "2")));
        Assert.NotEqual(Student("s1", "P1", "baker", ("a", "1")), Student("s1", "P1", "baker", ("a", "2")));
        Assert.Equal(new Roster([Student("s1", "P1", "baker")]), new Roster([Student("s1", "P1", "baker")]));
        Assert.Equal(new Roster([Student("s1", "P1", "baker")]).GetHashCode(), new Roster([Student("s1", "P1", "baker")]).GetHashCode());
    }

    [Fact]
    public void A_student_twice_is_refused_naming_the_student()
    {
        var e = Assert.Throws<ArgumentException>(() => new Roster([Student("s1", "P1", "baker"), Student("s1", "P2", "ortiz")]));
        Assert.Contains("s1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_two_teachers_is_refused_naming_both()
    {
        var e = Assert.Throws<ArgumentException>(() => new Roster([Student("s1", "P1", "baker"), Student("s2", "P1", "ortiz")]));
        Assert.Contains("baker", e.Message, StringComparison.Ordinal);
        Assert.Contains("ortiz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_or_repeated_attributes_and_default_ids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Student("s1", "P1", "baker", (" ", "x")));
        Assert.Throws<ArgumentException>(() => Student("s1", "P1", "baker", ("ell", " ")));
        Assert.Throws<ArgumentException>(() => Student("s1", "P1", "baker", ("ell", "yes"), ("ELL ", "no")));
        Assert.Throws<ArgumentException>(() => new RosterStudent(default, new SectionId("P1"), new TeacherId("t")));
        Assert.Throws<ArgumentException>(() => new RosterStudent(new StudentId("s"), default, new TeacherId("t")));
        Assert.Throws<ArgumentException>(() => new RosterStudent(new StudentId("s"), new SectionId("P1"), default));
        Assert.Throws<ArgumentNullException>(() => new Roster(null!));
    }
}

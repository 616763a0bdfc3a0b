using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Standards.Json;
using MathPlc.Standards;

namespace MathPlc.Standards.Tests.Json;

public class UnitPlanJsonTests
{
    private static ImmutableArray<UnitPlan> Read(string json) => UnitPlanJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "units.json");

    [Fact]
    public void Units_and_their_targets_are_read_with_defaults()
    {
        var units = Read("""
            {
              // Grade 6, first semester
              "units": [
                { "name": "Unit 1: Ratios", "teachingDays": 10, "flexDays": 2,
                  "targets": [ { "id": "6.RP.A.1", "code": "6.RP.A.1", "statement": "I can describe a ratio relationship.", "dok": 2,
                                 "demand": "ProceduresWithConnections", "aspects": ["application", "conceptualUnderstanding"],
                                 "scale": { "simpler": "I can name the two quantities.", "target": "I can describe the ratio.", "moreComplex": "I can compare two ratios." } } ] },
                { "name": "Unit 2", "teachingDays": 8, "assessmentDays": 2 },
              ]
            }
            """);
        Assert.Equal(2, units.Length);
        Assert.Equal((10, 1, 2), (units[0].TeachingDays, units[0].AssessmentDays, units[0].FlexDays));
        Assert.Equal((8, 2, 0), (units[1].TeachingDays, units[1].AssessmentDays, units[1].FlexDays));
        var target = Assert.Single(units[0].Targets);
        Assert.Equal(new TargetId("6.RP.A.1"), target.Id);
        Assert.Equal(new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, [RigorAspect.ConceptualUnderstanding, RigorAspect.Application]), target.Rigor);
        Assert.Equal("I can compare two ratios.", target.Scale!.MoreComplex);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_path()
    {
        var e = Assert.Throws<DataFileException>(() => Read("""{ "units": [ { "name": "U", "teachingDays": 1.5 }, { "name": "V", "teachingDays": 2, "targets": [ { "id": "t", "statement": "s", "dok": 7 } ] } ] }"""));
        Assert.Equal([("bad-number", "$.units[0].teachingDays"), ("bad-number", "$.units[1].targets[0].dok")], e.Diagnostics.Select(d => (d.Code, d.Field!)).ToArray());
        Assert.All(e.Diagnostics, d => Assert.Equal("units.json", d.File));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_what_was_expected_and_found_with_its_line()
    {
        var e = Assert.Throws<DataFileException>(() => Read("{\n  \"units\": [\n    { \"name\": \"U\", \"teachingDays\": \"ten\" }\n  ]\n}"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("wrong-type", "$.units[0].teachingDays", 3, 36, "ten"), (d.Code, d.Field, d.Line, d.Column, d.Value));
        Assert.Equal("""expected a number, found a string ("ten").""", d.Message);
    }

    [Fact]
    public void Unknown_members_and_names_are_listed_with_the_names_allowed_and_their_lines()
    {
        var e = Assert.Throws<DataFileException>(() => Read("""
            { "units": [
              { "name": "U", "teachingDay": 3,
                "targets": [ { "id": "t", "statement": "s", "demand": "hard", "aspects": ["application", "fluency"] } ] }
            ] }
            """));
        Assert.Equal(
        [
            ("unknown-property", "$.units[0].teachingDay", 2),
            ("missing-property", "$.units[0]", 2),
            ("unknown-name", "$.units[0].targets[0].demand", 3),
            ("unknown-name", "$.units[0].targets[0].aspects[1]", 3),
        ], e.Diagnostics.Select(d => (d.Code, d.Field!, d.Line ?? 0)).ToArray());
        Assert.Contains("""did you mean "teachingDays"?""", e.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("""the required property "teachingDays" is missing.""", e.Diagnostics[1].Message);
        Assert.Equal("""
            "hard" is not one of memorization, proceduresWithoutConnections, proceduresWithConnections, doingMathematics.
            """, e.Diagnostics[2].Message);
    }

    [Fact]
    public void A_broken_rule_of_a_unit_is_reported_at_the_member_it_names()
    {
        var e = Assert.Throws<DataFileException>(() => Read("""{ "units": [ { "name": "U", "teachingDays": -2 } ] }"""));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("invalid-unit", "$.units[0].teachingDays"), (d.Code, d.Field));
    }

    [Fact]
    public void A_file_that_is_null_or_not_an_object_is_one_wrong_type_problem()
    {
        Assert.Equal("wrong-type", Assert.Single(Assert.Throws<DataFileException>(() => Read("null")).Diagnostics).Code);
        var d = Assert.Single(Assert.Throws<DataFileException>(() => Read("""{ "units": { } }""")).Diagnostics);
        Assert.Equal(("wrong-type", "$.units", "expected an array, found an object."), (d.Code, d.Field, d.Message));
    }

    // Written units read back equal: the writer (FromUnits) and the reader are one mapper's two directions.
    private static readonly Arbitrary<UnitPlan[]> Units =
        (from count in Gen.Choose(0, 3)
         from units in Gen.ArrayOf(
             from teaching in Gen.Choose(1, 15)
             from assessment in Gen.Choose(0, 2)
             from flex in Gen.Choose(0, 3)
             from dok in Gen.Choose(0, 4)
             from demand in Gen.Choose(0, 4)
             from aspects in Gen.SubListOf(Enum.GetValues<RigorAspect>())
             from scale in Gen.Elements(true, false)
             select new UnitPlan($"Unit \"{teaching}\" — ½", teaching,
                 [new EssentialTarget(new TargetId($"6.RP.{dok}"), dok == 0 ? null : "6.RP", "I can ☺ compare ratios.",
                     new RigorTags(dok == 0 ? null : (DokLevel)dok, demand == 0 ? null : (CognitiveDemand)demand, aspects),
                     scale ? new ScaleDescriptors("simpler", "target", "more") : null)], assessment, flex), count)
         select units).ToArbitrary();

    [Fact]
    public void Written_units_read_back_equal() =>
        Prop.ForAll(Units, units =>
        {
            var written = new MemoryStream();
            UnitPlanJson.Write(written, units);
            var read = UnitPlanJson.Read(new MemoryStream(written.ToArray()), "units.json");
            return read.SequenceEqual(units);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Read(null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Read(new MemoryStream(), null!)).ParamName);
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.ToUnits(null!, new JsonProblems("f"))).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.ToUnits(new UnitPlanFileContract(), null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Write(null!, [])).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Write(new MemoryStream(), null!)).ParamName);
    }
}

using System.Text;
using MathPlc.Core;
using MathPlc.Interop.Json.Standards;
using MathPlc.Standards;

namespace MathPlc.Interop.Tests.Json.Standards;

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
    public void Guards_name_their_parameter()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Read(null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => UnitPlanJson.Read(new MemoryStream(), null!)).ParamName);
    }
}

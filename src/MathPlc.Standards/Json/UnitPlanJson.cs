using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Standards.Json;

/// <summary>
/// Unit-plan files: a team's units in order, as the JSON <c>mathplc pacing --units</c> reads, with a
/// <see cref="DataDiagnostic"/> naming the JSON path and line for everything wrong (decision 0093: a contract, then
/// this one mapper).
/// </summary>
/// <remarks>
/// <para>The format (property names case-sensitive; unknown properties refused):</para>
/// <code>
/// {
///   "units": [
///     { "name": "Unit 1: Ratios", "teachingDays": 10, "assessmentDays": 1, "flexDays": 2,
///       "targets": [ { "id": "6.RP.A.1", "code": "6.RP.A.1", "statement": "I can describe a ratio relationship.",
///                      "dok": 2, "demand": "proceduresWithConnections", "aspects": ["conceptualUnderstanding"],
///                      "scale": { "simpler": "…", "target": "…", "moreComplex": "…" } } ] }
///   ]
/// }
/// </code>
/// <para><c>name</c> and <c>teachingDays</c> are required; <c>assessmentDays</c> defaults to 1, <c>flexDays</c> to 0,
/// <c>targets</c> to none. A target needs <c>id</c> and <c>statement</c>. <c>demand</c> is one of
/// <c>memorization</c>, <c>proceduresWithoutConnections</c>, <c>proceduresWithConnections</c>, <c>doingMathematics</c>;
/// <c>aspects</c> of <c>conceptualUnderstanding</c>, <c>proceduralSkillAndFluency</c>, <c>application</c> (both read
/// ignoring case). Comments and trailing commas are accepted, since teams write these files by hand.</para>
/// <para>Diagnostic codes: <c>bad-json</c>, <c>duplicate-property</c>, <c>bad-encoding</c>, <c>wrong-type</c> (these
/// stop at the first), then every one of <c>missing-property</c>, <c>unknown-property</c>, <c>bad-number</c>,
/// <c>unknown-name</c>, <c>invalid-unit</c> (a value breaks a rule of <see cref="UnitPlan"/>).</para>
/// </remarks>
public static class UnitPlanJson
{
    private static readonly string[] FileMembers = ["units"];
    private static readonly string[] UnitMembers = ["name", "teachingDays", "assessmentDays", "flexDays", "targets"];
    private static readonly string[] TargetMembers = ["id", "code", "statement", "dok", "demand", "aspects", "scale"];
    private static readonly string[] ScaleMembers = ["simpler", "target", "moreComplex"];
    private static readonly JsonChoice<CognitiveDemand> Demands = new("unknown-name", "a cognitive demand");
    private static readonly JsonChoice<RigorAspect> Aspects = new("unknown-name", "a rigor aspect");

    /// <summary>Reads unit plans from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes (read to the end; left open).</param>
    /// <param name="fileName">The file's name as the user gave it, for diagnostics.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid list of unit plans; every problem found is listed.</exception>
    public static ImmutableArray<UnitPlan> Read(Stream utf8Json, string fileName) =>
        JsonContract.Read(utf8Json, fileName, StandardsJsonContext.Default.UnitPlanFileContract, ToUnits);

    /// <summary>Writes unit plans as a unit-plan file (UTF-8 JSON, indented) that <see cref="Read"/> reads back equal.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="units">The units, in teaching order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, IEnumerable<UnitPlan> units)
    {
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(utf8Json, FromUnits(units), StandardsJsonContext.Default.UnitPlanFileContract);
    }

    // The unit plans of a file's contract; every problem goes to problems and its unit is left out.
    internal static ImmutableArray<UnitPlan> ToUnits(UnitPlanFileContract file, JsonProblems problems)
    {
        Guard.Against.Null(file);
        Guard.Against.Null(problems);
        problems.Unknown(file.Unknown, JsonPath.Root, FileMembers);
        if (!problems.Present(JsonPath.Root, ("units", file.Units is not null))) return [];
        var units = ImmutableArray.CreateBuilder<UnitPlan>();
        for (int i = 0; i < file.Units!.Count; i++)
            if (ToUnit(file.Units[i], JsonPath.Index("$.units", i), problems) is { } unit) units.Add(unit);
        return units.ToImmutable();
    }

    internal static UnitPlanFileContract FromUnits(IEnumerable<UnitPlan> units) =>
        new() { Units = [.. Guard.Against.Null(units).Select(FromUnit)] };

    private static UnitPlan? ToUnit(UnitPlanContract? unit, string path, JsonProblems problems)
    {
        if (NotNull(unit, path, "a unit", problems) is not { } u) return null;
        problems.Unknown(u.Unknown, path, UnitMembers);
        bool present = problems.Present(path, ("name", u.Name is not null), ("teachingDays", u.TeachingDays is not null));
        int? teaching = problems.WholeNumber(u.TeachingDays, path + ".teachingDays");
        int? assessment = problems.WholeNumber(u.AssessmentDays, path + ".assessmentDays");
        int? flex = problems.WholeNumber(u.FlexDays, path + ".flexDays");
        var targets = new List<EssentialTarget>();
        for (int i = 0; i < (u.Targets?.Count ?? 0); i++)
            if (ToTarget(u.Targets![i], JsonPath.Index(path + ".targets", i), problems) is { } target) targets.Add(target);
        bool numbers = teaching is not null && (u.AssessmentDays is null || assessment is not null) && (u.FlexDays is null || flex is not null);
        if (!present || !numbers || targets.Count < (u.Targets?.Count ?? 0)) return null;
        return problems.Build(path, "invalid-unit", UnitMembers, () => new UnitPlan(u.Name!, teaching!.Value, targets, assessment ?? 1, flex ?? 0));
    }

    private static EssentialTarget? ToTarget(EssentialTargetContract? target, string path, JsonProblems problems)
    {
        if (NotNull(target, path, "a target", problems) is not { } t) return null;
        problems.Unknown(t.Unknown, path, TargetMembers);
        bool present = problems.Present(path, ("id", t.Id is not null), ("statement", t.Statement is not null));
        int? dok = problems.WholeNumber(t.Dok, path + ".dok");
        if (dok is < 1 or > 4)
        {
            problems.Add("bad-number", path + ".dok", "a depth-of-knowledge level is 1, 2, 3 or 4.", InvariantNumber.Format(dok.Value));
            return null;
        }
        var demand = Demands.Parse(problems, t.Demand, path + ".demand");
        var aspects = new List<RigorAspect>();
        bool allAspects = true;
        for (int i = 0; i < (t.Aspects?.Count ?? 0); i++)
        {
            string at = JsonPath.Index(path + ".aspects", i);
            if (t.Aspects![i] is null) { problems.Add(JsonContract.WrongTypeCode, at, "expected a string, found null.", "null"); allAspects = false; }
            else if (Aspects.Parse(problems, t.Aspects[i], at) is { } aspect) aspects.Add(aspect);
            else allAspects = false;
        }
        var scale = t.Scale is null ? null : ToScale(t.Scale, path + ".scale", problems);
        if (!present || (t.Dok is not null && dok is null) || (t.Demand is not null && demand is null) || !allAspects || (t.Scale is not null && scale is null))
            return null;
        return problems.Build(path, "invalid-unit", TargetMembers,
            () => new EssentialTarget(new TargetId(t.Id!), t.Code, t.Statement!, new RigorTags((DokLevel?)dok, demand, aspects), scale));
    }

    private static ScaleDescriptors? ToScale(ScaleDescriptorsContract scale, string path, JsonProblems problems)
    {
        problems.Unknown(scale.Unknown, path, ScaleMembers);
        if (!problems.Present(path, ("simpler", scale.Simpler is not null), ("target", scale.Target is not null), ("moreComplex", scale.MoreComplex is not null)))
            return null;
        return problems.Build(path, "invalid-unit", ScaleMembers, () => new ScaleDescriptors(scale.Simpler!, scale.Target!, scale.MoreComplex!));
    }

    private static T? NotNull<T>(T? value, string path, string what, JsonProblems problems)
        where T : class
    {
        if (value is null) problems.Add(JsonContract.WrongTypeCode, path, $"{what} must be an object, not null.", "null");
        return value;
    }

    private static UnitPlanContract? FromUnit(UnitPlan unit) => new()
    {
        Name = unit.Name,
        TeachingDays = unit.TeachingDays,
        AssessmentDays = unit.AssessmentDays,
        FlexDays = unit.FlexDays,
        Targets = [.. unit.Targets.Select(FromTarget)],
    };

    private static EssentialTargetContract? FromTarget(EssentialTarget target) => new()
    {
        Id = target.Id.Value,
        Code = target.Code,
        Statement = target.Statement,
        Dok = (int?)target.Rigor.Depth,
        Demand = target.Rigor.Demand is { } demand ? Demands.Name(demand) : null,
        Aspects = target.Rigor.Aspects.IsEmpty ? null : [.. target.Rigor.Aspects.Select(a => (string?)Aspects.Name(a))],
        Scale = target.Scale is { } s ? new ScaleDescriptorsContract { Simpler = s.Simpler, Target = s.Target, MoreComplex = s.MoreComplex } : null,
    };
}

using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Assessments.Tests.Blueprints;

/// <summary>A small unit assessment on ratios (targets 6.RP.1 and 6.RP.3) that meets every default criterion.</summary>
internal static class UnitThreeBlueprint
{
    public static readonly TargetId Rp1 = new("6.RP.1");
    public static readonly TargetId Rp3 = new("6.RP.3");

    public static BlueprintItem Item(string id, double points, CognitiveDemand demand, ItemFormat format, double minutes, bool rubric = true, params TargetId[] targets) =>
        new(new ItemId(id), points, targets, DokLevel.SkillsAndConcepts, demand, format, minutes, rubric);

    public static AssessmentBlueprint Good() => new("Unit 3 common assessment",
    [
        Item("q1", 1, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 2, false, Rp1),
        Item("q2", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 2, false, Rp1),
        Item("q3", 2, CognitiveDemand.ProceduresWithConnections, ItemFormat.ConstructedResponse, 6, true, Rp1),
        Item("q4", 2, CognitiveDemand.ProceduresWithoutConnections, ItemFormat.SelectedResponse, 3, false, Rp3),
        Item("q5", 4, CognitiveDemand.DoingMathematics, ItemFormat.PerformanceTask, 15, true, Rp3),
    ]);
}

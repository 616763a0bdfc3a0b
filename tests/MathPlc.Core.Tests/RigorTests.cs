using MathPlc.Core;

namespace MathPlc.Core.Tests;

public sealed class RigorTests
{
    // Smith and Stein's Task Analysis Guide: the two procedures-with-connections and doing-mathematics levels are
    // "higher-level demands", memorization and procedures without connections "lower-level demands".
    [Theory]
    [InlineData(CognitiveDemand.Memorization, false)]
    [InlineData(CognitiveDemand.ProceduresWithoutConnections, false)]
    [InlineData(CognitiveDemand.ProceduresWithConnections, true)]
    [InlineData(CognitiveDemand.DoingMathematics, true)]
    public void Higher_level_demand_is_the_last_two_levels(CognitiveDemand demand, bool higher) =>
        Assert.Equal(higher, demand.IsHigherLevel());

    [Fact]
    public void An_undefined_demand_is_refused_with_its_value()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((CognitiveDemand)9).IsHigherLevel());
        Assert.Equal("demand", e.ParamName);
        Assert.Contains("9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_of_knowledge_levels_carry_Webbs_numbers() =>
        Assert.Equal([1, 2, 3, 4], Enum.GetValues<DokLevel>().Select(level => (int)level).ToArray());
}

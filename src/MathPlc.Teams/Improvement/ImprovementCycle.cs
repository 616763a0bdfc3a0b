using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// A team's improvement effort under the Model for Improvement (Langley et al., <i>The Improvement Guide</i>): the aim and
/// its driver diagram (what are we trying to accomplish?), measures (how will we know a change is an improvement?), and
/// PDSA cycles (what change can we make?).
/// </summary>
/// <remarks>Every PDSA cycle must test a change idea of the diagram. Equality compares by content.</remarks>
public sealed record ImprovementCycle
{
    /// <summary>Creates the effort.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two measures share a name, or a cycle tests a change idea not in the diagram.</exception>
    public ImprovementCycle(TeamId team, DriverDiagram diagram, IEnumerable<ImprovementMeasure> measures, IEnumerable<PdsaCycle>? cycles = null)
    {
        Guard.Against.Unmet(team.Value is not null, nameof(team), "The team must be named.");
        Guard.Against.Null(diagram);
        var list = Guard.Against.NullOrNullElements(measures, nameof(measures));
        Guard.Against.Unmet(list.Select(m => m.Name).Distinct().Count() == list.Length, nameof(measures), "Two measures share a name.");
        var tests = Guard.Against.NullOrNullElements(cycles ?? [], nameof(cycles)).OrderBy(c => c.Started).ToImmutableArray();
        foreach (var cycle in tests)
            Guard.Against.Unmet(diagram.ChangeIdeas.Any(i => i.Name == cycle.ChangeIdea), nameof(cycles),
                $"The PDSA cycle of {cycle.Started:uuuu-MM-dd} tests \"{cycle.ChangeIdea}\", which is not a change idea of the driver diagram.");
        Team = team;
        Diagram = diagram;
        Measures = list;
        Cycles = tests;
    }

    /// <summary>The team.</summary>
    public TeamId Team { get; }

    /// <summary>The aim and the theory of improvement.</summary>
    public DriverDiagram Diagram { get; }

    /// <summary>The measures with their series.</summary>
    public ValueArray<ImprovementMeasure> Measures { get; }

    /// <summary>The PDSA cycles, by start date.</summary>
    public ValueArray<PdsaCycle> Cycles { get; }

    /// <summary>Whether the set of measures is balanced: at least one outcome, one process and one balancing measure (IHI).</summary>
    public bool HasBalancedMeasures =>
        Measures.Any(m => m.Type == MeasureType.Outcome) && Measures.Any(m => m.Type == MeasureType.Process) && Measures.Any(m => m.Type == MeasureType.Balancing);
}

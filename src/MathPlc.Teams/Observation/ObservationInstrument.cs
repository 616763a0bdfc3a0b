using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// A classroom observation tool: named dimensions each scored on whole levels from <see cref="LowestLevel"/> to
/// <see cref="HighestLevel"/>. <see cref="MathTalk"/>, <see cref="Tru"/> and <see cref="NctmTeachingPractices"/> are built in.
/// </summary>
/// <remarks>Equality compares the dimensions by content.</remarks>
public sealed record ObservationInstrument
{
    /// <summary>Creates an instrument.</summary>
    /// <exception cref="ArgumentException">The name is blank, there are no dimensions, or a dimension is blank or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="highestLevel"/> is not above <paramref name="lowestLevel"/>.</exception>
    public ObservationInstrument(string name, IEnumerable<string> dimensions, int lowestLevel, int highestLevel)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(dimensions);
        var list = dimensions.Select(d => d?.Trim() ?? "").ToImmutableArray();
        Guard.Against.Unmet(!list.IsEmpty && list.All(d => d.Length > 0), nameof(dimensions), "An instrument needs named dimensions.");
        Guard.Against.Unmet(list.Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Length, nameof(dimensions), "A dimension is named twice.");
        Guard.Against.AtOrBelow(highestLevel, lowestLevel);
        Name = name.Trim();
        Dimensions = list;
        LowestLevel = lowestLevel;
        HighestLevel = highestLevel;
    }

    /// <summary>The math-talk learning community framework: four components at levels 0–3 (Hufferd-Ackles, Fuson &amp; Sherin 2004).</summary>
    public static ObservationInstrument MathTalk { get; } =
        new("Math-talk learning community", Enum.GetNames<MathTalkComponent>(), 0, 3);

    /// <summary>TRU Math: five dimensions at levels 1–3 (Schoenfeld, Floden et al. 2014).</summary>
    public static ObservationInstrument Tru { get; } =
        new("TRU Math", Enum.GetNames<TruDimension>(), 1, 3);

    /// <summary>
    /// NCTM's eight Mathematics Teaching Practices (<i>Principles to Actions</i>, 2014; <see cref="NctmTeachingPractice"/>),
    /// each observed on four levels, 1 not yet seen, 2 emerging, 3 developing, 4 established. NCTM publishes the practices,
    /// not a rating scale: the four levels are MathPlc's choice, the common shape of district walkthrough rubrics, and a
    /// district with its own scale builds its own instrument over the same dimensions.
    /// </summary>
    public static ObservationInstrument NctmTeachingPractices { get; } =
        new("NCTM Mathematics Teaching Practices", Enum.GetNames<NctmTeachingPractice>(), 1, 4);

    /// <summary>The instrument's name.</summary>
    public string Name { get; }

    /// <summary>The dimensions (components), in the instrument's order.</summary>
    public ValueArray<string> Dimensions { get; }

    /// <summary>The lowest level.</summary>
    public int LowestLevel { get; }

    /// <summary>The highest level.</summary>
    public int HighestLevel { get; }

    /// <summary>The number of levels.</summary>
    public int LevelCount => HighestLevel - LowestLevel + 1;

    /// <summary>The dimension named <paramref name="name"/> as the instrument spells it, or null.</summary>
    public string? DimensionNamed(string name) => Dimensions.FirstOrDefault(d => string.Equals(d, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// A site's or a district's view across teams between two occasions: how many teams are at each stage and on each
/// part of the continuum, and who moved forward, back, stayed or is new — the feedback on team stages that the
/// leadership commitments ask districts and sites to give.
/// </summary>
/// <remarks>Equality compares by content.</remarks>
public sealed record StageOverview
{
    private StageOverview(string scope, ImmutableArray<int> countByStage, ImmutableArray<StageMove> moves)
    {
        Scope = scope;
        CountByStage = countByStage;
        Moves = moves;
    }

    /// <summary>
    /// Compares each team's latest diagnosis on or before <paramref name="to"/> with its latest on or before
    /// <paramref name="from"/>. Teams without a diagnosis by <paramref name="to"/> are left out.
    /// </summary>
    /// <param name="scope">What the view covers, e.g. a school's or the district's name.</param>
    /// <param name="diagnoses">Diagnoses of any number of teams on any dates.</param>
    /// <param name="from">The earlier occasion.</param>
    /// <param name="to">The later occasion.</param>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="diagnoses"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static StageOverview Between(string scope, IEnumerable<StageDiagnosis> diagnoses, LocalDate from, LocalDate to)
    {
        Guard.Against.NullOrWhiteSpace(scope);
        var all = Guard.Against.NullOrNullElements(diagnoses, nameof(diagnoses));
        Guard.Against.Unmet(to >= from, nameof(to), $"The later occasion {to:uuuu-MM-dd} is before the earlier {from:uuuu-MM-dd}.");
        return Build(scope, all, team =>
        {
            var later = team.Where(d => d.ObservedOn <= to).MaxBy(d => d.ObservedOn);
            return (later is null ? null : team.Where(d => d.ObservedOn <= from).MaxBy(d => d.ObservedOn), later);
        });
    }

    /// <summary>
    /// Compares each team's first diagnosis with its latest, whatever their dates: the view over a year's evidence when
    /// teams were observed on different days. A team diagnosed once is new.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnoses"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is blank.</exception>
    public static StageOverview FirstToLatest(string scope, IEnumerable<StageDiagnosis> diagnoses)
    {
        Guard.Against.NullOrWhiteSpace(scope);
        var all = Guard.Against.NullOrNullElements(diagnoses, nameof(diagnoses));
        return Build(scope, all, team =>
        {
            var first = team.MinBy(d => d.ObservedOn)!;
            var latest = team.MaxBy(d => d.ObservedOn)!;
            return (ReferenceEquals(first, latest) ? null : first, latest);
        });
    }

    private static StageOverview Build(string scope, ImmutableArray<StageDiagnosis> all,
        Func<IGrouping<TeamId, StageDiagnosis>, (StageDiagnosis? Earlier, StageDiagnosis? Later)> pick)
    {
        var moves = all.GroupBy(d => d.Team).Order(new TeamOrder()).Select(team =>
        {
            var (earlier, later) = pick(team);
            if (later is null) return (StageMove?)null;
            return new StageMove(team.Key, earlier?.Stage, later.Stage, later.ObservedOn);
        }).OfType<StageMove>().ToImmutableArray();
        var counts = new int[7];
        foreach (var move in moves) counts[(int)move.To - 1]++;
        return new StageOverview(scope.Trim(), [.. counts], moves);
    }

    /// <summary>
    /// A district's view: the whole district's overview and one per school, each team counted in the school
    /// <paramref name="schoolOf"/> gives it; a diagnosed team without a school is a caller mistake.
    /// </summary>
    /// <param name="district">The district's name.</param>
    /// <param name="diagnoses">Diagnoses of the district's teams.</param>
    /// <param name="schoolOf">Each team's school.</param>
    /// <param name="from">The earlier occasion.</param>
    /// <param name="to">The later occasion.</param>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="diagnoses"/> holds null.</exception>
    /// <exception cref="ArgumentException">A team has no school, <paramref name="district"/> is blank, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static (StageOverview District, ImmutableSortedDictionary<SchoolId, StageOverview> Schools) ForDistrict(
        string district, IEnumerable<StageDiagnosis> diagnoses, IReadOnlyDictionary<TeamId, SchoolId> schoolOf, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(schoolOf);
        var all = Guard.Against.NullOrNullElements(diagnoses, nameof(diagnoses));
        var lost = all.FirstOrDefault(d => !schoolOf.ContainsKey(d.Team));
        Guard.Against.Unmet(lost is null, nameof(schoolOf), $"The team {lost?.Team} has no school.");
        var whole = Between(district, all, from, to);
        var schools = all.GroupBy(d => schoolOf[d.Team]).ToImmutableSortedDictionary(g => g.Key, g => Between(g.Key.Value, g, from, to));
        return (whole, schools);
    }

    /// <summary>
    /// A district's view from the schools the evidence names (<see cref="TeamEvidence.School"/>): the district's overview
    /// and one per school; a team's school is the one its latest diagnosis names.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnoses"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">A team's diagnoses name no school, <paramref name="district"/> is blank, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static (StageOverview District, ImmutableSortedDictionary<SchoolId, StageOverview> Schools) ForDistrict(
        string district, IEnumerable<StageDiagnosis> diagnoses, LocalDate from, LocalDate to) =>
        BySchool(district, diagnoses, (scope, some) => Between(scope, some, from, to));

    /// <summary>The district's view from each team's first diagnosis to its latest (<see cref="FirstToLatest"/>), per school named in the evidence.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnoses"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">A team's diagnoses name no school, or <paramref name="district"/> is blank.</exception>
    public static (StageOverview District, ImmutableSortedDictionary<SchoolId, StageOverview> Schools) ForDistrictFirstToLatest(
        string district, IEnumerable<StageDiagnosis> diagnoses) => BySchool(district, diagnoses, FirstToLatest);

    private static (StageOverview District, ImmutableSortedDictionary<SchoolId, StageOverview> Schools) BySchool(
        string district, IEnumerable<StageDiagnosis> diagnoses, Func<string, IEnumerable<StageDiagnosis>, StageOverview> view)
    {
        var all = Guard.Against.NullOrNullElements(diagnoses, nameof(diagnoses));
        var schoolOf = new Dictionary<TeamId, SchoolId>();
        foreach (var team in all.GroupBy(d => d.Team))
        {
            var named = team.Where(d => d.School is not null).MaxBy(d => d.ObservedOn);
            Guard.Against.Unmet(named is not null, nameof(diagnoses), $"The team {team.Key} has no school.");
            schoolOf[team.Key] = named!.School!.Value;
        }
        Guard.Against.NullOrWhiteSpace(district);
        return (view(district, all), all.GroupBy(d => schoolOf[d.Team]).ToImmutableSortedDictionary(g => g.Key, g => view(g.Key.Value, g)));
    }

    /// <summary>What the view covers.</summary>
    public string Scope { get; }

    /// <summary>How many teams are at stages 1 to 7 (index 0 is stage 1) at the later occasion.</summary>
    public ValueArray<int> CountByStage { get; }

    /// <summary>How many teams are at each part of the continuum at the later occasion.</summary>
    public int CountAt(CollaborationLevel level) =>
        Enumerable.Range(1, 7).Where(s => StageModel.LevelOf((TeamStage)s) == level).Sum(s => CountByStage[s - 1]);

    /// <summary>Every team's move, by team id.</summary>
    public ValueArray<StageMove> Moves { get; }

    /// <summary>Teams that moved forward.</summary>
    public ImmutableArray<StageMove> MovedForward => [.. Moves.Where(m => m.Steps > 0)];

    /// <summary>Teams that slipped back.</summary>
    public ImmutableArray<StageMove> MovedBack => [.. Moves.Where(m => m.Steps < 0)];

    /// <summary>Teams diagnosed at both occasions at the same stage.</summary>
    public ImmutableArray<StageMove> Unchanged => [.. Moves.Where(m => m.From is not null && m.Steps == 0)];

    /// <summary>Teams with no diagnosis by the earlier occasion.</summary>
    public ImmutableArray<StageMove> New => [.. Moves.Where(m => m.From is null)];

    private sealed class TeamOrder : IComparer<IGrouping<TeamId, StageDiagnosis>>
    {
        public int Compare(IGrouping<TeamId, StageDiagnosis>? x, IGrouping<TeamId, StageDiagnosis>? y) => x!.Key.CompareTo(y!.Key);
    }
}

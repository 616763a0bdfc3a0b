using System.Runtime.CompilerServices;

namespace MathPlc.Interventions;

/// <summary>
/// The tier rules applied student after student into columns (<see cref="TierDecisions"/>): the one place the rules and
/// their precedence (<see cref="TierRules"/>' remarks) become tiers and reasons, for both <see cref="Tiering"/> forms.
/// Each distinct reason is made once per batch, keyed by every fact its message and data are made from, and a student
/// keeps only its number (issue 18, decision 0215).
/// </summary>
internal sealed class TierDecider
{
    private readonly ImmutableArray<TargetId> _essential;
    private readonly double[] _cuts;
    private readonly TierRules _rules;
    private readonly Func<ReasonKey, Reason> _screeningReason;
    private readonly Dictionary<ReasonKey, int> _number = [];
    private readonly List<Reason> _shared = [];
    private readonly int[] _noScore;   // each essential target's no-score reason, -1 until made
    private readonly StudentId[] _students;
    private readonly Tier[] _tiers;
    private readonly bool[] _extension;
    private readonly sbyte[] _bands;
    private readonly int[] _unmetStart, _reasonStart;
    private readonly Numbers _unmet, _reasons;
    private int _count;

    /// <summary>A decider for <paramref name="students"/> students on <paramref name="essential"/> targets (progression order) with their <paramref name="cuts"/>.</summary>
    public TierDecider(ImmutableArray<TargetId> essential, double[] cuts, TierRules rules, int students)
    {
        _essential = essential;
        _cuts = cuts;
        _rules = rules;
        var bands = rules.Screening;
        // The band follows from the percentile and the rules, which are the same for every student: the key is the percentile.
        _screeningReason = k => ScreeningReason(bands, bands.BandOf(k.X), k.X);
        _noScore = new int[essential.Length];
        Array.Fill(_noScore, -1);
        _students = new StudentId[students];
        _tiers = new Tier[students];
        _extension = new bool[students];
        _bands = new sbyte[students];
        _unmetStart = new int[students + 1];
        _reasonStart = new int[students + 1];
        // Room for every student's unmet targets and reasons as most cohorts have them (issue 18, decision 0235): no growing copy, and no copy at the end.
        _unmet = new Numbers((int)Math.Min((long)students * Math.Max(1, essential.Length / 2), Array.MaxLength / 2));
        _reasons = new Numbers((int)Math.Min((long)students * (essential.Length + 2), Array.MaxLength / 2));
    }

    /// <summary>Numbers added one by one into an array that is handed over as it is: the first <see cref="Count"/> are the numbers, the rest room (the starts say where each student's are).</summary>
    private sealed class Numbers(int capacity)
    {
        private int[] _items = new int[Math.Max(16, capacity)];

        public int Count { get; private set; }

        public int[] Items => _items;

        public void Add(int number)
        {
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[Count++] = number;
        }
    }

    /// <summary>The Tier 3 rules that apply, in the order the reasons give them: <c>far-below-cut</c> once per target far below, then the others.</summary>
    [Flags]
    private enum Tier3Rules
    {
        None = 0,
        UnmetTargets = 1,
        ScreeningIntensive = 2,
        Tier2NonResponse = 4,
    }

    /// <summary>
    /// Decides the next student: <paramref name="scores"/> holds their score on each essential target, NaN for none;
    /// <paramref name="percentile"/> their screening percentile, NaN when not screened.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // issue 18: called once per student of a district; straight to optimised code, no tiering
    public void Add(StudentId student, ReadOnlySpan<double> scores, double percentile, bool nonResponder)
    {
        int i = _count++;
        _students[i] = student;
        var essential = _essential.AsSpan();
        int farBelow = 0, met = 0, unmet = 0, firstUnmet = -1;
        var tier3Rules = Tier3Rules.None;
        bool hasFar = _rules.FarBelowCut is not null;
        double far = _rules.FarBelowCut ?? 0;
        for (int j = 0; j < essential.Length; j++)
        {
            double value = scores[j];
            if (double.IsNaN(value))
            {
                if (_noScore[j] < 0) _noScore[j] = NumberOf(new("no-score", essential[j].Value), NoScore);
                _reasons.Add(_noScore[j]);
                continue;
            }
            double cut = _cuts[j];
            if (Threshold.AtOrAbove(value, cut))
            {
                met++;
                continue;
            }
            _unmet.Add(j);
            if (unmet++ == 0) firstUnmet = j;
            _reasons.Add(NumberOf(new("below-cut", essential[j].Value, value, cut), BelowCut));
            if (hasFar && Threshold.Below(value, far))
            {
                farBelow++;
                _reasons.Add(NumberOf(new("far-below-cut", essential[j].Value, value, far), FarBelowCut));
            }
        }
        if (_rules.Tier3WhenUnmetAtLeast is { } many && unmet >= many)
        {
            tier3Rules |= Tier3Rules.UnmetTargets;
            _reasons.Add(NumberOf(new("unmet-targets", null, unmet, many), UnmetTargets));
        }

        sbyte band = -1;
        bool tier2FromScreening = false;
        if (!double.IsNaN(percentile))
        {
            var b = _rules.Screening.BandOf(percentile);
            band = (sbyte)b;
            _reasons.Add(NumberOf(new("screening", null, percentile), _screeningReason));
            if (b == ScreeningBand.Intensive && _rules.Tier3FromIntensiveScreening) tier3Rules |= Tier3Rules.ScreeningIntensive;
            tier2FromScreening = b == ScreeningBand.Targeted && _rules.Tier2FromTargetedScreening
                                 || b == ScreeningBand.Intensive && !_rules.Tier3FromIntensiveScreening && _rules.Tier2FromTargetedScreening;
        }
        if (nonResponder)
        {
            tier3Rules |= Tier3Rules.Tier2NonResponse;
            _reasons.Add(NumberOf(new("tier2-non-response"), NonResponse));
        }

        Tier tier;
        bool extension = false;
        if (farBelow > 0 || tier3Rules != Tier3Rules.None)
        {
            tier = Tier.Tier3;
            _reasons.Add(NumberOf(new("tier-3", null, farBelow, (int)tier3Rules), Tier3));
        }
        else if (unmet > 0 || tier2FromScreening)
        {
            tier = Tier.Tier2;
            _reasons.Add(NumberOf(new("tier-2", unmet > 0 ? essential[firstUnmet].Value : null, unmet), Tier2));
        }
        else
        {
            tier = Tier.Core;
            extension = essential.Length > 0 && met == essential.Length;
            _reasons.Add(extension ? NumberOf(new("extension", null, essential.Length), Extension) : NumberOf(new("core", null, met), Core));
        }
        _tiers[i] = tier;
        _extension[i] = extension;
        _bands[i] = band;
        _unmetStart[i + 1] = _unmet.Count;
        _reasonStart[i + 1] = _reasons.Count;
    }

    /// <summary>The decisions of the students added, as many as the decider was made for.</summary>
    public TierDecisions Decisions() =>
        new TierDecisions(_students, _essential, _tiers, _extension, _bands, _unmetStart, _unmet.Items, _reasonStart, _reasons.Items, [.. _shared]);

    /// <summary>
    /// The last reasons found, each in a place chosen by its key's facts as they are held (the code's and the target's
    /// text by reference, the numbers by their bits), in front of the dictionary (issue 18, decision 0235): students
    /// share few reasons, so most look-ups end here without hashing the texts. A place holds one key; a different key
    /// there is looked up in the dictionary and takes the place.
    /// </summary>
    private readonly (ReasonKey Key, int Number)[] _recent = new (ReasonKey, int)[RecentPlaces];

    private const int RecentPlaces = 1 << 10;

    /// <summary>The number of the reason for <paramref name="key"/>, made by <paramref name="make"/> the first time.</summary>
    private int NumberOf(ReasonKey key, Func<ReasonKey, Reason> make)
    {
        ulong mixed = (ulong)BitConverter.DoubleToInt64Bits(key.X) * 0x9E3779B97F4A7C15UL
                      ^ (ulong)BitConverter.DoubleToInt64Bits(key.Y) * 0xC2B2AE3D27D4EB4FUL
                      ^ (uint)RuntimeHelpers.GetHashCode(key.Code) * 0x165667B19E3779F9UL
                      ^ (key.Text is null ? 0UL : (uint)RuntimeHelpers.GetHashCode(key.Text) * 0xFF51AFD7ED558CCDUL);
        ref var recent = ref _recent[(int)(mixed >> 54) & (RecentPlaces - 1)];
        if (recent.Number > 0 && recent.Key.Equals(key)) return recent.Number - 1;
        int found = Look(key, make);
        recent = (key, found + 1);
        return found;
    }

    /// <summary>The number of the reason for <paramref name="key"/> in the dictionary, made by <paramref name="make"/> the first time.</summary>
    private int Look(ReasonKey key, Func<ReasonKey, Reason> make)
    {
        ref int number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_number, key, out bool known);
        if (!known)
        {
            number = _shared.Count;
            _shared.Add(make(key));
        }
        return number;
    }

    // The reasons, each from its key alone: the key holds every fact the message and data are made from.

    private static readonly Func<ReasonKey, Reason> NoScore = static k =>
        Why.Of("no-score", $"No score on {k.Text} yet (insufficient evidence), so it is neither met nor unmet.", ("target", k.Text!));

    private static readonly Func<ReasonKey, Reason> BelowCut = static k =>
        Why.Of("below-cut", $"{k.Text}: {Why.N(k.X)} is below the cut {Why.N(k.Y)}.", ("cut", Why.N(k.Y)), ("score", Why.N(k.X)), ("target", k.Text!));

    private static readonly Func<ReasonKey, Reason> FarBelowCut = static k =>
        Why.Of("far-below-cut", $"{k.Text}: {Why.N(k.X)} is below the lower cut {Why.N(k.Y)}, which calls for Tier 3.",
            ("cut", Why.N(k.Y)), ("rule", "far-below-cut"), ("score", Why.N(k.X)), ("target", k.Text!));

    private static readonly Func<ReasonKey, Reason> UnmetTargets = static k =>
        Why.Of("unmet-targets", $"Below the cut on {Why.N((int)k.X)} essential targets; {Why.N((int)k.Y)} or more calls for Tier 3.",
            ("rule", "unmet-targets"), ("threshold", Why.N((int)k.Y)), ("unmet", Why.N((int)k.X)));

    private static readonly Func<ReasonKey, Reason> NonResponse = static _ =>
        Why.Of("tier2-non-response", "Completed a Tier 2 cycle without responding; this calls for Tier 3.", ("rule", "tier2-non-response"));

    private static readonly Func<ReasonKey, Reason> Tier3 = static k =>
        Why.Of("tier-3", "Tier 3: a Tier 3 rule applies (Tier 3 rules come first).", ("rules", Tier3RulesText((int)k.X, (Tier3Rules)(int)k.Y)));

    private static readonly Func<ReasonKey, Reason> Tier2 = static k => Why.Of("tier-2", k.X > 0
            ? $"Tier 2: below the cut on {Why.N((int)k.X)} essential target{(k.X == 1 ? "" : "s")}; support on {k.Text} first."
            : "Tier 2: the screening result is in the targeted band.",
        ("rule", k.X > 0 ? "below-cut" : "screening-targeted"));

    private static readonly Func<ReasonKey, Reason> Extension = static k =>
        Why.Of("extension", $"Proficient on all {Why.N((int)k.X)} essential targets: core with extension.", ("targets", Why.N((int)k.X)));

    private static readonly Func<ReasonKey, Reason> Core = static k =>
        Why.Of("core", "Core instruction: no essential target below the cut.", ("met", Why.N((int)k.X)));

    /// <summary>The <c>rules</c> fact of the <c>tier-3</c> reason: the rules joined by commas, in the order they applied.</summary>
    private static string Tier3RulesText(int farBelow, Tier3Rules others) =>
        string.Join(",", Enumerable.Repeat("far-below-cut", farBelow)
            .Concat(others.HasFlag(Tier3Rules.UnmetTargets) ? ["unmet-targets"] : [])
            .Concat(others.HasFlag(Tier3Rules.ScreeningIntensive) ? ["screening-intensive"] : [])
            .Concat(others.HasFlag(Tier3Rules.Tier2NonResponse) ? ["tier2-non-response"] : []));

    private static Reason ScreeningReason(ScreeningBands bands, ScreeningBand band, double pr)
    {
        var (code, message, cut) = band switch
        {
            ScreeningBand.Intensive => ("screening-intensive", $"Screening percentile {Why.N(pr)} is below {Why.N(bands.TargetedFrom)} (intensive band).", bands.TargetedFrom),
            ScreeningBand.Targeted => ("screening-targeted", $"Screening percentile {Why.N(pr)} is from {Why.N(bands.TargetedFrom)} up to {Why.N(bands.WatchFrom)} (targeted band).", bands.WatchFrom),
            ScreeningBand.Watch => ("screening-watch", $"Screening percentile {Why.N(pr)} is from {Why.N(bands.WatchFrom)} up to {Why.N(bands.CoreFrom)} (watch band): core, watched.", bands.CoreFrom),
            _ => ("screening-core", $"Screening percentile {Why.N(pr)} is at or above {Why.N(bands.CoreFrom)} (core band).", bands.CoreFrom),
        };
        return Why.Of(code, message, ("cut", Why.N(cut)), ("percentile", Why.N(pr)));
    }
}

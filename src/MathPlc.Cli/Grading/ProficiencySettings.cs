using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using NodaTime;

namespace MathPlc.Cli.Grading;

/// <summary>
/// Every setting of <c>mathplc proficiency</c> as parsed, in one record, and how it maps onto the Grading API: a scale
/// (<see cref="Scale"/>), a method from <see cref="CalculationMethods.Create"/> or a preset from
/// <see cref="GradingPresets.Find(string, MethodSettings)"/> with the vendor's own settings, a rounding, and a
/// policy (<see cref="Policy"/>). The CLI decides only which options fit together; every rule about scores is the
/// library's. A fast path may decide from this record alone whether it applies.
/// </summary>
/// <remarks>
/// Each property holds the option of the same name (<see cref="N"/> is <c>--n</c>, <see cref="NoClamp"/> is
/// <c>--no-clamp</c>, <see cref="ScaleFile"/> is <c>--scale</c>), null or false when it was not given, so the
/// defaults stay the library's.
/// </remarks>
internal sealed record ProficiencySettings
{
    /// <summary>The scales whose levels the command knows by their range alone (<c>--scale-min</c>, <c>--scale-max</c>); the first is the default.</summary>
    public static ImmutableArray<ProficiencyScale> KnownScales { get; } = [ProficiencyScale.Marzano, ProficiencyScale.FourLevel, ProficiencyScale.Percent];

    public string? Method { get; init; }
    public string? Preset { get; init; }
    public double? Decay { get; init; }
    public int? N { get; init; }
    public double? MasteryPoints { get; init; }
    public int? Recent { get; init; }
    public int? Top { get; init; }
    public double? ScaleMin { get; init; }
    public double? ScaleMax { get; init; }
    public double? Mastery { get; init; }
    public double? Step { get; init; }
    public string? ScaleFile { get; init; }
    public int? Round { get; init; }
    public RoundingMode? Rounding { get; init; }
    public ModeTieRule? ModeTies { get; init; }
    public int? MinEvidence { get; init; }
    public bool Clamp { get; init; }
    public bool NoClamp { get; init; }
    public PowerLawZeroPolicy? ZeroPolicy { get; init; }
    public FitErrorMeasure? FitError { get; init; }
    public string? PolicyFile { get; init; }
    public bool IncludeFormative { get; init; }
    public string? Reassessment { get; init; }
    public double? Blend { get; init; }
    public int? RecentDays { get; init; }
    public LocalDate? AsOf { get; init; }
    public int? RecentPieces { get; init; }
    public double? Floor { get; init; }
    public string? OverridesFile { get; init; }

    /// <summary>Whether the scale's step was declared by the user (<c>--step</c> or <c>--scale</c>), so that a score off it is bad data.</summary>
    public bool StepDeclared => Step is not null || ScaleFile is not null;

    /// <summary>The preset named by <c>--preset</c>, with its system's default settings, or null.</summary>
    private GradingPreset? NamedPreset => Preset is not null && GradingPresets.TryFind(Preset, out var preset) ? preset : null;

    /// <summary>
    /// The scale the evidence must lie on and results take their levels from: the file's (<c>--scale</c>); a linear
    /// scale from <c>--scale-min/--scale-max/--mastery/--step</c>; a known scale by its range; or, with none of these,
    /// the preset's vendor default (Canvas: 0–5, mastery 3) or Marzano's 0–4.
    /// </summary>
    /// <param name="fromFile">The scale read from <see cref="ScaleFile"/>, or null when there is none.</param>
    /// <exception cref="UsageException">The options do not fit together or make no scale.</exception>
    public ProficiencyScale Scale(ProficiencyScale? fromFile)
    {
        bool linearGiven = ScaleMin is not null || ScaleMax is not null || Mastery is not null || Step is not null;
        if (ScaleFile is not null && linearGiven)
            throw new UsageException($"--scale {ScaleFile} gives the whole scale; leave out --scale-min, --scale-max, --mastery and --step.");
        if (fromFile is not null) return fromFile;
        var standard = NamedPreset?.DefaultScale ?? KnownScales[0];
        if (!linearGiven) return standard;
        double minimum = ScaleMin ?? standard.Minimum, maximum = ScaleMax ?? standard.Maximum;
        var known = new[] { standard }.Concat(KnownScales).FirstOrDefault(s => s.Minimum == minimum && s.Maximum == maximum);
        if (Mastery is null && Step is null && known is not null) return known;
        double mastery = Mastery ?? NamedPreset?.DefaultScale?.ProficientCut ?? known?.ProficientCut
            ?? throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--scale-min {minimum:R} --scale-max {maximum:R}: give --mastery M, the lowest proficient score, for a scale the command does not know ({KnownScaleList()} are known)."));
        return FromLibrary(string.Create(CultureInfo.InvariantCulture, $"--scale-min {minimum:R} --scale-max {maximum:R} --mastery {mastery:R}{(Step is { } s ? $" --step {s:R}" : "")}"),
            () => LinearScale.Create(minimum, maximum, mastery, Step));
    }

    /// <summary>The known scales as words, e.g. <c>0 to 4 (Marzano 0–4)</c>.</summary>
    public static string KnownScaleList() =>
        string.Join(", ", KnownScales.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Minimum:R} to {s.Maximum:R} ({s.Name})")));

    /// <summary>What the evidence file must satisfy for these settings: the scale, its step when declared, and no weights for a method that cannot weigh.</summary>
    public EvidenceCsvChecks EvidenceChecks(ProficiencyOptions options) =>
        new(options.Scale, StepDeclared, options.Method.CanWeigh ? null : options.ReportedName);

    /// <summary>How evidence becomes scores: the method or preset, the scale, the rounding and the policy.</summary>
    /// <exception cref="UsageException">
    /// Neither or both of <c>--method</c> and <c>--preset</c>; an option the chosen method does not have, a setting the
    /// preset's vendor does not let users change or allow (the message names the allowed range), or a rounding option
    /// with a preset; <c>--rounding</c> without <c>--round</c>; a value the library refuses.
    /// </exception>
    /// <exception cref="DataFileException">The method or preset name is unknown (exit code 3, as issue 3 asks).</exception>
    public ProficiencyOptions Options(ProficiencyScale scale, GradingPolicy? policy)
    {
        if (Method is not null && Preset is not null)
            throw new UsageException($"--method {Method} and --preset {Preset} cannot be used together: a preset is a vendor's method with its settings and rounding.");
        if (Method is null && Preset is null)
            throw new UsageException("Give --method NAME or --preset NAME (see --help for the lists).");
        return Preset is not null
            ? PresetOptions(CommonOptions.KnownName("--preset", Preset, [.. GradingPresets.All.Select(p => p.Name)], "a preset"), scale, policy)
            : MethodOptions(CommonOptions.KnownName("--method", Method!, CalculationMethods.Names, "a calculation method"), scale, policy);
    }

    /// <summary>Whether any policy option or file was given (otherwise the library's default policy, with <c>--min-evidence</c>).</summary>
    public bool PolicyGiven => PolicyFile is not null || IncludeFormative || Reassessment is not null || Blend is not null || RecentDays is not null
        || AsOf is not null || RecentPieces is not null || Floor is not null || OverridesFile is not null || MinEvidence is not null;

    /// <summary>
    /// The grading policy: the policy file's (or the default), each policy option given replacing the file's setting
    /// of the same thing, and the overrides file's judgements added to the file's.
    /// </summary>
    /// <param name="fromFile">The policy read from <see cref="PolicyFile"/>, or null.</param>
    /// <param name="overrides">The overrides read from <see cref="OverridesFile"/>, with their lines (checked against the evidence by the caller).</param>
    /// <param name="latestEvidence">The latest <c>assessed_on</c> in the evidence, the default end of a <c>--recent-days</c> window; null when there is no evidence.</param>
    /// <exception cref="UsageException">Options that do not fit together (<c>--blend</c> without the blend rule, <c>--as-of</c> without <c>--recent-days</c>) or values the library refuses.</exception>
    public GradingPolicy? Policy(GradingPolicy? fromFile, IEnumerable<TeacherOverride> overrides, LocalDate? latestEvidence)
    {
        if (!PolicyGiven) return null;
        if (AsOf is not null && RecentDays is null) throw new UsageException("--as-of is the last day of a --recent-days window; give --recent-days N too.");
        if (RecentDays is not null && RecentPieces is not null) throw new UsageException("--recent-days and --recent-pieces cannot be used together: a policy has one recency window.");
        if (Blend is not null && Reassessment is null) throw new UsageException("--blend is the newest attempt's share for --reassessment higher-of-first-and-blend; give that rule too.");
        var policy = fromFile ?? GradingPolicy.Default;
        var reassessment = Reassessment is { } name
            ? FromLibrary($"--reassessment {name}", () => ReassessmentRule.Create(CommonOptions.KnownName("--reassessment", name, ReassessmentRule.Names, "a reassessment rule"), Blend))
            : policy.Reassessment;
        var recency = RecentDays is { } days
            ? FromLibrary($"--recent-days {days}", () => RecencyWindow.LastDays(days, AsOf ?? latestEvidence ?? new LocalDate(2000, 1, 1)))
            : RecentPieces is { } pieces ? RecencyWindow.LastPieces(pieces) : policy.Recency;
        return FromLibrary("--policy", () => policy with
        {
            IncludeFormative = IncludeFormative || policy.IncludeFormative,
            MinimumEvidence = MinEvidence ?? policy.MinimumEvidence,
            Reassessment = reassessment,
            Recency = recency,
            ScoreFloor = Floor ?? policy.ScoreFloor,
            Overrides = [.. policy.Overrides, .. overrides],
        });
    }

    private ProficiencyOptions PresetOptions(string name, ProficiencyScale scale, GradingPolicy? policy)
    {
        var vendor = GradingPresets.Find(name);
        var fixedByPreset = MethodOptionsGiven().Where(o => !vendor.Settings.Contains(SettingOf(o.Option))).Select(o => o.Text)
            .Concat(Round is { } digits ? [Written("--round", digits)] : [])
            .Concat(Rounding is { } mode ? [Written("--rounding", mode)] : []).ToList();
        if (fixedByPreset.Count > 0)
            throw new UsageException($"{string.Join(", ", fixedByPreset)} cannot be used with --preset {name}: " + (vendor.Settings.IsEmpty
                ? "the vendor fixes this calculation and its rounding."
                : $"the vendor lets users set only {vendor.SettingsHelp}, and fixes the rounding.") + " Use --method with the parameters you want instead.");
        double? masteryPoints = MasteryPoints ?? (vendor.Settings.Contains("MasteryPoints") ? scale.ProficientCut : null);
        if (masteryPoints is { } points && !scale.Contains(points))
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--mastery-points {points:R} is not on the scale {scale.Name} ({scale.Minimum:R} to {scale.Maximum:R})."));
        string line = string.Join(' ', ["--preset", name, .. MethodOptionsGiven().Select(o => o.Text)]);
        var preset = FromLibrary(line, () => GradingPresets.Find(name, new MethodSettings { Decay = Decay, Count = N, MasteryPoints = masteryPoints }));
        return preset.ToOptions(scale, policy);
    }

    private static string SettingOf(string option) => option switch
    {
        "--decay" => "Decay",
        "--n" => "Count",
        "--mastery-points" => "MasteryPoints",
        _ => option,
    };

    private ProficiencyOptions MethodOptions(string name, ProficiencyScale scale, GradingPolicy? policy)
    {
        var definition = CalculationMethods.Find(name);
        var given = MethodOptionsGiven().ToList();
        foreach (var (_, text, methods) in given)
            if (!methods.Contains(name))
                throw new UsageException($"{text} does not apply to --method {name}; it is for {string.Join(" and ", methods)}.");
        if (Clamp && NoClamp) throw new UsageException("--clamp and --no-clamp cannot be used together.");
        foreach (var required in definition.Parameters.Where(p => p.IsRequired && !given.Any(o => o.Option == p.Option)))
            throw new UsageException($"--method {name} needs {required.Option} N, {required.Description}.");
        if (Rounding is not null && Round is null)
            throw new UsageException($"{Written("--rounding", Rounding)} needs --round D, the number of decimals.");

        var defaults = new MethodSettings();
        var settings = defaults with
        {
            Decay = Decay,
            Count = N ?? Recent ?? Top,
            MasteryPoints = MasteryPoints ?? (definition.Takes("--mastery-points") ? scale.ProficientCut : null),
            ModeTies = ModeTies ?? defaults.ModeTies,
            ZeroPolicy = ZeroPolicy,
            Clamp = NoClamp ? false : Clamp || defaults.Clamp,
            ScaleMinimum = scale.Minimum,
            ScaleMaximum = scale.Maximum,
            ErrorMeasure = FitError,
        };
        string line = string.Join(' ', ["--method", name, .. MethodOptionsGiven().Select(o => o.Text)]);
        var calculation = FromLibrary(line, () => definition.Create(settings));
        var rounding = Round is { } digits
            ? FromLibrary($"--round {digits}", () => new ScoreRounding(digits, Rounding ?? RoundingMode.AwayFromZero))
            : null;
        return new ProficiencyOptions(calculation, scale, rounding, policy);
    }

    /// <summary>
    /// Each method option given, as written (<c>--decay 0.65</c>), with the methods that take it (from
    /// <see cref="CalculationMethods.All"/>; <c>--no-clamp</c> is the <c>--clamp</c> parameter set to false).
    /// </summary>
    private IEnumerable<(string Option, string Text, string[] Methods)> MethodOptionsGiven()
    {
        (string Option, string Parameter, object? Value)[] all =
        [
            ("--decay", "--decay", Decay),
            ("--n", "--n", N),
            ("--mastery-points", "--mastery-points", MasteryPoints),
            ("--recent", "--recent", Recent),
            ("--top", "--top", Top),
            ("--mode-ties", "--mode-ties", ModeTies),
            ("--clamp", "--clamp", Clamp ? "" : null),
            ("--no-clamp", "--clamp", NoClamp ? "" : null),
            ("--zero-policy", "--zero-policy", ZeroPolicy),
            ("--fit-error", "--fit-error", FitError),
        ];
        return all.Where(o => o.Value is not null).Select(o => (o.Option, Written(o.Option, o.Value!), MethodsTaking(o.Parameter)));
    }

    /// <summary>The names of the methods with a parameter set by <paramref name="option"/>, in table order.</summary>
    public static string[] MethodsTaking(string option) => [.. CalculationMethods.All.Where(m => m.Takes(option)).Select(m => m.Name)];

    private static string Written(string option, object value) => value switch
    {
        "" => option,
        Enum choice => $"{option} {KebabCase.Of(choice.ToString())}",
        IFormattable number => $"{option} {number.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{option} {value}",
    };

    // A value the library refuses (a decay of 1.5, 11 decimals, Canvas weight 30 %) is the user's to fix: a usage error with the library's reason.
    private static T FromLibrary<T>(string line, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{line}: {ReasonOf(e)}");
        }
    }

    // The exception's message without the " (Parameter 'x')" and "Actual value was" lines the BCL appends.
    private static string ReasonOf(ArgumentException e)
    {
        string message = e.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0) message = message[..newline].TrimEnd('\r');
        string suffix = $" (Parameter '{e.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}

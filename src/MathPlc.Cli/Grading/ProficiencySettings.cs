using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Cli.Grading;

/// <summary>
/// The options of <c>mathplc proficiency</c> as parsed, and how they map onto the Grading API: a scale, and either
/// a method from <see cref="CalculationMethods.Create"/> with <see cref="MethodSettings"/> and an optional
/// rounding, or a preset from <see cref="GradingPresets.Find"/>. The CLI decides only which options fit together;
/// every rule about scores is the library's.
/// </summary>
/// <remarks>
/// Each property holds the option of the same name (<see cref="N"/> is <c>--n</c>, <see cref="NoClamp"/> is
/// <c>--no-clamp</c>), null or false when it was not given, so the defaults stay the library's.
/// </remarks>
internal sealed record ProficiencySettings
{
    /// <summary>The scales whose levels the command knows, chosen by their range with <c>--scale-min</c> and <c>--scale-max</c>; the first is the default.</summary>
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
    public int? Round { get; init; }
    public RoundingMode? Rounding { get; init; }
    public ModeTieRule? ModeTies { get; init; }
    public int? MinEvidence { get; init; }
    public bool Clamp { get; init; }
    public bool NoClamp { get; init; }
    public PowerLawZeroPolicy? ZeroPolicy { get; init; }
    public FitErrorMeasure? FitError { get; init; }

    /// <summary>The scale the evidence must lie on and results take their levels from.</summary>
    /// <exception cref="UsageException">The range is not one of <see cref="KnownScales"/>.</exception>
    public ProficiencyScale Scale()
    {
        var standard = KnownScales[0];
        double minimum = ScaleMin ?? standard.Minimum, maximum = ScaleMax ?? standard.Maximum;
        foreach (var scale in KnownScales)
            if (scale.Minimum == minimum && scale.Maximum == maximum) return scale;
        throw new UsageException(string.Create(CultureInfo.InvariantCulture,
            $"--scale-min {minimum:R} --scale-max {maximum:R}: the command knows the levels of {KnownScaleList()}; give one of these ranges."));
    }

    /// <summary>The known scales as words, e.g. <c>0 to 4 (Marzano 0–4)</c>.</summary>
    public static string KnownScaleList() =>
        string.Join(", ", KnownScales.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Minimum:R} to {s.Maximum:R} ({s.Name})")));

    /// <summary>How evidence becomes scores: the method or preset, the scale, the rounding and the policy.</summary>
    /// <exception cref="UsageException">
    /// Neither or both of <c>--method</c> and <c>--preset</c>; an option the chosen method does not have, or any
    /// method or rounding option with a preset; <c>--rounding</c> without <c>--round</c>; a value the library refuses.
    /// </exception>
    /// <exception cref="MathPlc.Interop.DataFileException">The method or preset name is unknown (exit code 3, as issue 3 asks).</exception>
    public ProficiencyOptions Options(ProficiencyScale scale)
    {
        if (Method is not null && Preset is not null)
            throw new UsageException($"--method {Method} and --preset {Preset} cannot be used together: a preset is a method with its parameters and rounding fixed.");
        if (Method is null && Preset is null)
            throw new UsageException("Give --method NAME or --preset NAME (see --help for the lists).");
        var policy = MinEvidence is { } minimum ? new GradingPolicy { MinimumEvidence = minimum } : null;
        return Preset is not null
            ? PresetOptions(CommonOptions.KnownName("--preset", Preset, [.. GradingPresets.All.Select(p => p.Name)], "a preset"), scale, policy)
            : MethodOptions(CommonOptions.KnownName("--method", Method!, CalculationMethods.Names, "a calculation method"), scale, policy);
    }

    private ProficiencyOptions PresetOptions(string name, ProficiencyScale scale, GradingPolicy? policy)
    {
        var fixedByPreset = MethodOptionsGiven().Select(o => o.Text)
            .Concat(Round is { } digits ? [Written("--round", digits)] : [])
            .Concat(Rounding is { } mode ? [Written("--rounding", mode)] : []).ToList();
        if (fixedByPreset.Count > 0)
            throw new UsageException($"{string.Join(", ", fixedByPreset)} cannot be used with --preset {name}: a preset fixes its method's parameters and its rounding. Use --method with the parameters you want instead.");
        return FromLibrary($"--preset {name}", () => GradingPresets.Find(name)).ToOptions(scale, policy);
    }

    private ProficiencyOptions MethodOptions(string name, ProficiencyScale scale, GradingPolicy? policy)
    {
        foreach (var (_, text, methods) in MethodOptionsGiven())
            if (!methods.Contains(name))
                throw new UsageException($"{text} does not apply to --method {name}; it is for {string.Join(" and ", methods)}.");
        if (Clamp && NoClamp) throw new UsageException("--clamp and --no-clamp cannot be used together.");
        if (name is "recent-mean" or "recent-median" && Recent is null)
            throw new UsageException($"--method {name} needs --recent N, the number of latest scores to use.");
        if (Rounding is not null && Round is null)
            throw new UsageException($"{Written("--rounding", Rounding)} needs --round D, the number of decimals.");

        var defaults = new MethodSettings();
        var settings = defaults with
        {
            Decay = Decay,
            Count = N ?? Recent ?? Top,
            MasteryPoints = MasteryPoints,
            ModeTies = ModeTies ?? defaults.ModeTies,
            ZeroPolicy = ZeroPolicy,
            Clamp = NoClamp ? false : Clamp || defaults.Clamp,
            ScaleMinimum = scale.Minimum,
            ScaleMaximum = scale.Maximum,
            ErrorMeasure = FitError,
        };
        string line = string.Join(' ', ["--method", name, .. MethodOptionsGiven().Select(o => o.Text)]);
        var calculation = FromLibrary(line, () => CalculationMethods.Create(name, settings));
        var rounding = Round is { } digits
            ? FromLibrary($"--round {digits}", () => new ScoreRounding(digits, Rounding ?? RoundingMode.AwayFromZero))
            : null;
        return new ProficiencyOptions(calculation, scale, rounding, policy);
    }

    /// <summary>Each method option given, as written (<c>--decay 0.65</c>), with the methods it applies to.</summary>
    private IEnumerable<(string Option, string Text, string[] Methods)> MethodOptionsGiven()
    {
        string[] regression = ["power-law", "linear-trend", "best-fit"];
        (string Option, object? Value, string[] Methods)[] all =
        [
            ("--decay", Decay, ["decaying-average", "weighted-latest"]),
            ("--n", N, ["n-mastery"]),
            ("--mastery-points", MasteryPoints, ["n-mastery"]),
            ("--recent", Recent, ["recent-mean", "recent-median"]),
            ("--top", Top, ["top-mean"]),
            ("--mode-ties", ModeTies, ["mode"]),
            ("--clamp", Clamp ? "" : null, regression),
            ("--no-clamp", NoClamp ? "" : null, regression),
            ("--zero-policy", ZeroPolicy, ["power-law", "best-fit"]),
            ("--fit-error", FitError, ["best-fit"]),
        ];
        return all.Where(o => o.Value is not null).Select(o => (o.Option, Written(o.Option, o.Value!), o.Methods));
    }

    private static string Written(string option, object value) => value switch
    {
        "" => option,
        Enum choice => $"{option} {KebabCase.Of(choice.ToString())}",
        IFormattable number => $"{option} {number.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{option} {value}",
    };

    // A value the library refuses (a decay of 1.5, 11 decimals) is the user's to fix: a usage error with the library's reason.
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

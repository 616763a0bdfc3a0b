// TEMPORARY: the agreed names from branches grading-methods and grading-regression, so the CLI and Interop can be
// built against them before those branches land. Deleted when they are merged; nothing here is the real code.

namespace MathPlc.Grading;

/// <summary>Mode tie rule (pending grading-methods).</summary>
public enum ModeTieRule
{
    /// <summary>Highest tied value.</summary>
    Highest,

    /// <summary>Most recent tied value.</summary>
    MostRecent,

    /// <summary>No score on a tie.</summary>
    None,
}

/// <summary>Power-law zero policy (pending grading-regression).</summary>
public enum PowerLawZeroPolicy
{
    /// <summary>Drop zeros.</summary>
    ExcludeZeros,

    /// <summary>Refuse zeros.</summary>
    Reject,
}

/// <summary>Best-fit error measure (pending grading-regression).</summary>
public enum FitErrorMeasure
{
    /// <summary>Σ|obs − fit|.</summary>
    SumOfAbsoluteErrors,

    /// <summary>Σ(obs − fit)².</summary>
    SumOfSquaredErrors,
}

/// <summary>Method settings (pending grading-methods).</summary>
public sealed record MethodSettings
{
    /// <summary>Decay.</summary>
    public double? Decay { get; init; }

    /// <summary>Count.</summary>
    public int? Count { get; init; }

    /// <summary>Mastery points.</summary>
    public double? MasteryPoints { get; init; }

    /// <summary>Mode ties.</summary>
    public ModeTieRule ModeTies { get; init; } = ModeTieRule.Highest;

    /// <summary>Zero policy.</summary>
    public PowerLawZeroPolicy? ZeroPolicy { get; init; }

    /// <summary>Clamp.</summary>
    public bool Clamp { get; init; } = true;

    /// <summary>Scale minimum.</summary>
    public double? ScaleMinimum { get; init; }

    /// <summary>Scale maximum.</summary>
    public double? ScaleMaximum { get; init; }

    /// <summary>Error measure.</summary>
    public FitErrorMeasure? ErrorMeasure { get; init; }
}

/// <summary>Factory (pending grading-methods).</summary>
public static class CalculationMethods
{
    /// <summary>Names.</summary>
    public static ImmutableArray<string> Names { get; } =
        ["mean", "median", "mode", "highest", "latest", "decaying-average", "weighted-latest", "n-mastery", "power-law", "linear-trend", "recent-mean", "recent-median", "top-mean", "best-fit"];

    /// <summary>Create.</summary>
    public static CalculationMethod Create(string name, MethodSettings settings)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(settings);
        return name == "mean" ? new Mean()
            : throw new ArgumentException($"\"{name}\" is not a calculation method; the methods are {string.Join(", ", Names)}.", nameof(name));
    }
}

/// <summary>Preset (pending grading-methods).</summary>
public sealed record GradingPreset(string Name, CalculationMethod Method, ScoreRounding? Rounding, string Source, string Description)
{
    /// <summary>Options.</summary>
    public ProficiencyOptions ToOptions(MathPlc.Core.ProficiencyScale scale, GradingPolicy? policy = null) => new(Method, scale, Rounding, policy, Name: Name);
}

/// <summary>Presets (pending grading-methods).</summary>
public static class GradingPresets
{
    /// <summary>All.</summary>
    public static ImmutableArray<GradingPreset> All { get; } = [new("canvas-average", new Mean(), ScoreRounding.Canvas, "Canvas", "Canvas average.")];

    /// <summary>Find.</summary>
    public static GradingPreset Find(string name) => TryFind(name, out var preset) ? preset
        : throw new ArgumentException($"\"{name}\" is not a preset; the presets are {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));

    /// <summary>TryFind.</summary>
    public static bool TryFind(string name, out GradingPreset preset)
    {
        preset = All.FirstOrDefault(p => p.Name == name)!;
        return preset is not null;
    }
}

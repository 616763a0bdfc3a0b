using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;

namespace MathPlc.Cli.Grading;

/// <summary>
/// The scale options <c>proficiency</c> and <c>report-card</c> share, defined once: <c>--scale-min</c>,
/// <c>--scale-max</c>, <c>--mastery</c>, <c>--step</c> and <c>--scale scale.json</c> (docs/cli.md, scales in detail).
/// </summary>
internal sealed class ScaleOptions
{
    /// <summary>Creates the options; <paramref name="defaultScale"/> ends <c>--scale-max</c>'s help with what holds without any of them.</summary>
    public ScaleOptions(string defaultScale)
    {
        Min = CommonOptions.Number("--scale-min", "The lowest score of the scale. Default 0.", "MIN");
        Max = CommonOptions.Number("--scale-max",
            $"The highest score of the scale. Every score must lie on the scale (a score off it is bad data). A range alone picks a known scale: " +
            $"{ProficiencySettings.KnownScaleList()}; any other range needs --mastery. Without scale options: {defaultScale}", "MAX");
        Mastery = CommonOptions.Number("--mastery",
            $"The lowest proficient score of a linear scale from --scale-min to --scale-max. Its levels are \"{LinearScale.DoesNotMeet}\" from the minimum, " +
            $"\"{LinearScale.Meets}\" from the mastery score and \"{LinearScale.Exceeds}\" at the maximum (Canvas's default rating names), read by floor as Canvas reads ratings.", "M");
        Step = CommonOptions.Number("--step", "The step of the scale's scores (0.5 for half points); a score off the step is bad data (off-step). Default: any number.", "S");
        File = CommonOptions.Name("--scale", "A scale file (JSON, the library's scale contract: name, minimum, maximum, optional step, levels with label and cut, proficientLevel; docs/schemas/scale.schema.json). " +
            "Its step, if any, is enforced. Not with --scale-min, --scale-max, --mastery, --step.", "scale.json", []);
    }

    /// <summary><c>--scale-min</c>.</summary>
    public Option<double?> Min { get; }

    /// <summary><c>--scale-max</c>.</summary>
    public Option<double?> Max { get; }

    /// <summary><c>--mastery</c>.</summary>
    public Option<double?> Mastery { get; }

    /// <summary><c>--step</c>.</summary>
    public Option<double?> Step { get; }

    /// <summary><c>--scale</c>.</summary>
    public Option<string?> File { get; }

    /// <summary>The five options, in help order.</summary>
    public IEnumerable<Option> All => [Min, Max, Mastery, Step, File];

    /// <summary>The scale options of <paramref name="parseResult"/> as settings (the other settings left unset).</summary>
    public ProficiencySettings Read(ParseResult parseResult) => new()
    {
        ScaleMin = parseResult.GetValue(Min),
        ScaleMax = parseResult.GetValue(Max),
        Mastery = parseResult.GetValue(Mastery),
        Step = parseResult.GetValue(Step),
        ScaleFile = parseResult.GetValue(File),
    };

    /// <summary>
    /// The declared scale of <paramref name="settings"/>: the options' usage errors first, then the scale file read.
    /// </summary>
    /// <exception cref="UsageException">The options do not fit together.</exception>
    /// <exception cref="MathPlc.Core.Diagnostics.DataFileException">The scale file is missing or holds bad data.</exception>
    public static ProficiencyScale Declared(ProficiencySettings settings)
    {
        settings.Scale(null);   // the scale options' usage errors, before the scale file is read
        return settings.Scale(settings.ScaleFile is { } scalePath ? InputFile.Read(scalePath, GradingFilesJson.ReadScale) : null);
    }
}

using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Assessments.Json;
using MathPlc.CriticalQuestions;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Grading.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// One entry point to every package's JSON forms (decision 0160): <see cref="CoreJson.Formats"/>,
/// <see cref="GradingJson.Formats"/>, the Assessments blueprint, item and scoring rule, and <c>report.json</c> (written
/// only), joined in one <see cref="JsonFormats"/> table. Each type is read and written through its package's contract and
/// mapper; no <see cref="System.Text.Json.Serialization.JsonConverter"/> is involved.
/// </summary>
/// <remarks>
/// <para>
/// A consumer of one package can use that package's table instead and receive nothing else
/// (<c>GradingJson.Formats.Read&lt;GradingPolicy&gt;(stream, "policy.json")</c>: Core and Grading only, decision 0138).
/// </para>
/// <para>
/// Error messages name the full JSON path and the value (<c>$[1].weight: …</c>); <see cref="JsonFailure.DetailsOf"/>
/// gives the code, path, value and reason of a <see cref="JsonException"/> thrown here.
/// </para>
/// <code>
/// string json = MathPlcJson.Serialize(calendar);                       // compact, camelCase, ISO dates, nulls left out
/// var back = MathPlcJson.Deserialize&lt;SchoolCalendar&gt;(json);          // equal to calendar
/// var results = MathPlcJson.Deserialize&lt;ImmutableArray&lt;ProficiencyResult&gt;&gt;(text);
/// </code>
/// </remarks>
public static class MathPlcJson
{
    /// <summary>The joined table of every package's JSON forms.</summary>
    public static JsonFormats Formats { get; } = JsonFormats.Join(
        CoreJson.Formats,
        GradingJson.Formats,
        new JsonFormats()
            .AddFile<AssessmentBlueprint>(AssessmentBlueprintJson.Read, AssessmentBlueprintJson.Write)
            .AddFile<BlueprintItem>(AssessmentBlueprintJson.ReadItem, AssessmentBlueprintJson.WriteItem)
            .AddFile<TargetScoringRule>(TargetScoringRuleJson.Read, TargetScoringRuleJson.Write)
            .AddFile<UnitCycleReport>(
                (_, _) => throw new NotSupportedException("A unit cycle report is not read through MathPlcJson: UnitCycleReportJson.Read gives its summary back."),
                UnitCycleReportJson.Write));

    /// <summary>Writes a MathPlc value (or a list <see cref="Formats"/> has, such as <c>ImmutableArray&lt;Evidence&gt;</c>) as compact JSON.</summary>
    /// <typeparam name="T">A type of <see cref="Formats"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="Formats"/>.</exception>
    /// <exception cref="ArgumentException">The value cannot be written (a date outside the ISO calendar).</exception>
    public static string Serialize<T>(T value) => Formats.Serialize(value);

    /// <summary>Writes a MathPlc value as compact UTF-8 JSON to <paramref name="utf8Json"/>, the bytes <see cref="Serialize{T}(T)"/> gives.</summary>
    /// <typeparam name="T">A type of <see cref="Formats"/>.</typeparam>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="Formats"/>.</exception>
    public static void Serialize<T>(Stream utf8Json, T value) => Formats.Serialize(utf8Json, value);

    /// <summary>Reads a MathPlc value from JSON text, stopping at its first problem.</summary>
    /// <typeparam name="T">A type of <see cref="Formats"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="Formats"/>, or is read by its own reader.</exception>
    /// <exception cref="JsonException">
    /// The text is not well-formed JSON, a value is of the wrong type or form, a property is unknown (names are
    /// case-sensitive; the message lists those allowed and suggests the nearest), a required property is missing,
    /// the JSON is <c>null</c>, or the values break an invariant of the type (then its exception is the
    /// <see cref="Exception.InnerException"/>). The message names the full JSON path and the value.
    /// </exception>
    public static T Deserialize<T>(string json) => Formats.Deserialize<T>(json);
}

namespace MathPlc.Core.Json;

/// <summary>
/// Core's JSON forms (decision 0160): evidence, reasons, proficiency levels and scales, the school calendar and its
/// periods, and lists of evidence and reasons, each read and written through its contract and mapper.
/// </summary>
/// <remarks>
/// <code>
/// var scale = CoreJson.Formats.Read&lt;ProficiencyScale&gt;(File.OpenRead("scale.json"), "scale.json"); // every problem, with line and column
/// string json = CoreJson.Formats.Serialize(evidence);   // {"studentId":"S-01","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5,…}
/// </code>
/// </remarks>
public static class CoreJson
{
    /// <summary>The table of Core's types; see <see cref="JsonFormats"/> for reading and writing.</summary>
    public static JsonFormats Formats { get; } = new JsonFormats()
        .Add<Evidence, EvidenceContract, EvidenceJsonMapper>()
        .AddList<Evidence, EvidenceContract, EvidenceJsonMapper>(CoreJsonContext.Default.ListEvidenceContract)
        .Add<Reason, ReasonContract, ReasonJsonMapper>()
        .AddList<Reason, ReasonContract, ReasonJsonMapper>(CoreJsonContext.Default.ListReasonContract)
        .Add<ProficiencyLevel, ProficiencyLevelContract, ProficiencyLevelJsonMapper>()
        .Add<ProficiencyScale, ProficiencyScaleContract, ProficiencyScaleJsonMapper>()
        .Add<GradingPeriod, GradingPeriodContract, GradingPeriodJsonMapper>()
        .Add<NonInstructionalPeriod, NonInstructionalPeriodContract, NonInstructionalPeriodJsonMapper>()
        .Add<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>();
}

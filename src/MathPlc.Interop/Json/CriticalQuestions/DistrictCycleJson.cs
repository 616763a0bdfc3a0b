using System.Text.Json;
using MathPlc.CriticalQuestions;

namespace MathPlc.Interop.Json.CriticalQuestions;

/// <summary>
/// A district's unit cycle as the <c>report.json</c> of <c>mathplc cycle --out</c> on a roster of several teams
/// (decision 0106): <c>{"district": name, "teams": [{"teamId": id, "report": {…}}, …]}</c>, each team's <c>report</c>
/// exactly the object its own <c>report.json</c> would be (decision 0105: its rows name their texts by index into the
/// team's own <c>texts</c>).
/// </summary>
public static class DistrictCycleJson
{
    /// <summary>Writes the district's report as compact UTF-8 JSON to <paramref name="utf8Json"/>, streamed team by team, then a line break.</summary>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="district">The district's report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, DistrictCycleReport district)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(district);
        var options = MathPlcJson.Options;
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth }))
        {
            writer.WriteStartObject();
            writer.WriteString("district", district.District);
            writer.WriteStartArray("teams");
            foreach (var team in district.Teams)
            {
                writer.WriteStartObject();
                writer.WriteString("teamId", team.TeamId);
                writer.WritePropertyName("report");
                UnitCycleReportJsonConverter.Instance.Write(writer, team.Report, options);
                writer.WriteEndObject();
                writer.Flush();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        utf8Json.WriteByte((byte)'\n');
    }
}

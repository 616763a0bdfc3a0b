using System.Globalization;
using System.Text;
using MathPlc.Core;
using NodaTime;
using NodaTime.Text;

namespace MathPlc.Benchmarks;

/// <summary>
/// Evidence CSV files of the shape a state-scale export has: about 50,000 students, 40 grade 6–7 targets, dates on
/// the instructional days of the 2026–27 school year, scores in half points from 0 to 4.
/// </summary>
internal static class EvidenceFiles
{
    /// <summary>The columns, in the order a gradebook export writes them.</summary>
    public const string Header = "student_id,target_id,assessed_on,score,sequence,kind";

    private const int Students = 50_000;

    private static readonly string[] Targets =
    [
        "6.RP.A.1", "6.RP.A.2", "6.RP.A.3", "6.NS.A.1", "6.NS.B.2", "6.NS.B.3", "6.NS.B.4", "6.NS.C.5",
        "6.NS.C.6", "6.NS.C.7", "6.NS.C.8", "6.EE.A.1", "6.EE.A.2", "6.EE.A.3", "6.EE.A.4", "6.EE.B.5",
        "6.EE.B.6", "6.EE.B.7", "6.EE.B.8", "6.EE.C.9", "6.G.A.1", "6.G.A.2", "6.G.A.3", "6.G.A.4",
        "6.SP.A.1", "6.SP.A.2", "6.SP.A.3", "6.SP.B.4", "6.SP.B.5", "7.RP.A.1", "7.RP.A.2", "7.RP.A.3",
        "7.NS.A.1", "7.NS.A.2", "7.NS.A.3", "7.EE.A.1", "7.EE.A.2", "7.EE.B.3", "7.EE.B.4", "7.G.B.4",
    ];

    /// <summary>
    /// A file of <paramref name="rows"/> data rows after the header, UTF-8 without a byte order mark, CRLF line
    /// ends, no quoting (no value needs it), from a fixed seed so every run reads the same bytes.
    /// </summary>
    public static byte[] Generate(int rows, int seed = 20261122)
    {
        var random = new Random(seed);
        var year = Calendars.Year(2026);
        var schoolDays = Enumerable.Range(1, year.InstructionalDays).Select(year.NthInstructionalDay)
            .Select(day => LocalDatePattern.Iso.Format(day)).ToArray();
        var text = new StringBuilder(rows * 48).Append(Header).Append("\r\n");
        for (int i = 0; i < rows; i++)
        {
            int kind = random.Next(20);                                  // 12 in 20 summative, 7 formative, 1 behaviour
            text.Append("S-").Append((random.Next(Students) + 1).ToString("D6", CultureInfo.InvariantCulture)).Append(',')
                .Append(Targets[random.Next(Targets.Length)]).Append(',')
                .Append(schoolDays[random.Next(schoolDays.Length)]).Append(',')
                .Append((random.Next(9) / 2.0).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(random.Next(10) == 0 ? '1' : '0').Append(',')       // a reassessment on the same day, 1 in 10
                .Append(kind < 12 ? "summative" : kind < 19 ? "formative" : "behaviour").Append("\r\n");
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }
}
